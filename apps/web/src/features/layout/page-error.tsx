import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../../api';
import { Button } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';
import { PageLoadFailure } from './page-loads';

/** In the app frame, instead of a page that failed: what happened, and "Prøv igen". */
function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <>
      <PageHeader title={t('routeError.title')}>
        {error instanceof ApiError
          ? error.message
          : error instanceof PageLoadFailure
            ? t('routeError.loadFailed')
            : t('routeError.failed')}
      </PageHeader>
      <p>
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </p>
      {detail && !(error instanceof ApiError) && (
        <details className="page-error__detail">
          <summary>{t('routeError.detail')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** The failure shown instead of the children, and how to try them again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** Called by the retry before the children render again. */
  onReset?: () => void;
}

interface BoundaryState {
  /** The address the failure belongs to: on another page the children render again. */
  pathname: string;
  failure?: { error: unknown };
}

class Boundary extends Component<BoundaryProps & { pathname: string }, BoundaryState> {
  override state: BoundaryState = { pathname: this.props.pathname };

  // During the render that goes to another page, not after it: the next page renders in the same
  // transition, so the error stays on screen (with the loading bar) until that page is ready.
  static getDerivedStateFromProps(props: { pathname: string }, state: BoundaryState): BoundaryState | null {
    return props.pathname === state.pathname ? null : { pathname: props.pathname, failure: undefined };
  }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const retry = () => {
      this.props.onReset?.();
      this.setState({ failure: undefined });
    };
    return this.props.fallback(failure.error, retry);
  }
}

/** Shows `fallback` instead of `children` that threw while rendering, until the retry or another page. */
export function ErrorBoundary(props: BoundaryProps) {
  return <Boundary {...props} pathname={useLocation().pathname} />;
}

/**
 * A page's code that failed to download (offline, or a new version replaced the files): React and
 * the browser remember the failed download, so "Prøv igen" loads the address afresh, which also
 * fetches the current version's files.
 */
const reloadPage = () => window.location.reload();

/**
 * Catches a page that could not be downloaded or that threw while rendering (a bug, or an
 * unexpected answer while loading its data), so the header and menu stay; "Prøv igen" renders the
 * page again and refetches its data, or loads a page that could not be downloaded afresh.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      onReset={reset}
      fallback={(error, retry) => (
        <PageError error={error} onRetry={error instanceof PageLoadFailure ? reloadPage : retry} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
