import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRouteError } from 'react-router';
import { ApiError } from '../../api';
import { Button } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';

/** In the app frame, instead of a page that failed: what happened, and "Prøv igen". */
function PageError({ error, onRetry, loadFailed }: { error: unknown; onRetry: () => void; loadFailed: boolean }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <>
      <PageHeader title={t('routeError.title')}>
        {error instanceof ApiError ? error.message : loadFailed ? t('routeError.loadFailed') : t('routeError.failed')}
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
  /** The page's address: going to another page leaves the error behind. */
  resetKey: string;
  onReset: () => void;
}

class ErrorBoundary extends Component<BoundaryProps, { failure?: { error: unknown } }> {
  override state: { failure?: { error: unknown } } = {};

  static getDerivedStateFromError(error: unknown) {
    return { failure: { error } };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (previous.resetKey !== this.props.resetKey && this.state.failure) this.setState({ failure: undefined });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const retry = () => {
      this.props.onReset();
      this.setState({ failure: undefined });
    };
    return <PageError error={failure.error} onRetry={retry} loadFailed={false} />;
  }
}

/**
 * Catches what a page throws while rendering (a bug, or an unexpected answer while loading its
 * data), so the header and menu stay and "Prøv igen" renders the page again and refetches its data.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary resetKey={pathname} onReset={reset}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * The router's error for a page it could not load (its code failed to download, e.g. offline or
 * after a new version replaced the files). The router and the browser remember a failed download,
 * so "Prøv igen" loads the address afresh, which also fetches the current version's files.
 */
export function PageLoadError() {
  const error = useRouteError();
  return <PageError error={error} onRetry={() => window.location.reload()} loadFailed />;
}
