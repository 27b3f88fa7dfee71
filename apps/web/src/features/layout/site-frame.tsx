import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { pathTo } from '../../routes';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import { PageErrorBoundary } from './page-error';

let isFirstPageOfVisit = true;

/**
 * After in-app navigation nothing tells a screen reader that the page changed, so focus moves
 * to the new page's heading. The first page of a visit keeps the browser's own focus.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the new path is the trigger, not a value the effect reads
  useEffect(() => {
    if (isFirstPageOfVisit) {
      isFirstPageOfVisit = false;
      return;
    }
    document.querySelector<HTMLElement>('#indhold h1')?.focus();
  }, [pathname]);
}

interface SiteFrameProps {
  headerContent?: ReactNode;
  navigation?: ReactNode;
  /** Shown instead of the route's page (e.g. when the router could not load it). */
  page?: ReactNode;
}

/**
 * Skip link, header, optional navigation, the page itself and the footer: the landmarks of every
 * page. A page that fails is replaced by the error and "Prøv igen", inside the same frame.
 */
export function SiteFrame({ headerContent, navigation, page }: SiteFrameProps) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigation();
  // While the next page's code downloads, the old page stays: the bar says something is coming.
  const loadingNextPage = useNavigation().state === 'loading';
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
          <PageErrorBoundary>
            <Outlet />
          </PageErrorBoundary>
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
