import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { pathTo } from '../../routes';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import { Loading } from '../../ui/loading';
import { PageErrorBoundary } from './page-error';
import { usePageLoading } from './page-loads';

let isFirstPageOfVisit = true;

/**
 * After in-app navigation nothing tells a screen reader that the page changed, so focus moves
 * to the new page's heading. The first page of a visit keeps the browser's own focus. Rendered
 * beside the page, inside its Suspense boundary, so that it runs once the page (and its heading)
 * is on screen, not while its code is still on its way.
 */
function FocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the new path is the trigger, not a value the effect reads
  useEffect(() => {
    if (isFirstPageOfVisit) {
      isFirstPageOfVisit = false;
      return;
    }
    document.querySelector<HTMLElement>('#indhold h1')?.focus();
  }, [pathname]);
  return null;
}

interface SiteFrameProps {
  headerContent?: ReactNode;
  navigation?: ReactNode;
  /** Shown instead of the route's page (e.g. while the session is asked for). */
  page?: ReactNode;
}

/**
 * Skip link, header, optional navigation, the page itself and the footer: the landmarks of every
 * page. A page that fails is replaced by the error and "Prøv igen", inside the same frame.
 */
export function SiteFrame({ headerContent, navigation, page }: SiteFrameProps) {
  const { t } = useTranslation();
  // While the next page's code downloads, the old page stays (the router renders the next one in a
  // transition, which React holds back until the page is ready): the bar says something is coming.
  const loadingNextPage = usePageLoading();
  return (
    <>
      <a className="skip-link" href="#indhold">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__name">
            {t('app.name')}
          </Link>
          <div className="site-header__actions">
            {headerContent}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      {navigation}
      {loadingNextPage ? (
        <div className="nav-progress nav-progress--active" role="progressbar" aria-label={t('app.loadingPage')} />
      ) : (
        <div className="nav-progress" />
      )}
      <main id="indhold" tabIndex={-1} className="container site-main" aria-busy={loadingNextPage || undefined}>
        {page ?? (
          // Outside the error boundary, so that leaving a failed page keeps the error on screen
          // until the next page is ready, as any other page would stay.
          <Suspense fallback={<Loading />}>
            <PageErrorBoundary>
              <Outlet />
            </PageErrorBoundary>
            <FocusHeadingOnNavigation />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <span>
            {t('app.name')} · {t('app.tagline')}
          </span>
          <Link to={pathTo('accessibility')}>{t('app.accessibilityLink')}</Link>
        </div>
      </footer>
    </>
  );
}
