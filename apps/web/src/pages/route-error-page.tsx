import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/page-header';

/** Shown when a page fails to load or render, e.g. after a new version replaced its files. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main id="indhold" className="container site-main">
      <PageHeader title={t('routeError.title')}>{t('routeError.body')}</PageHeader>
      <p>
        {/* A full page load, so that the browser fetches the current version's files. */}
        <a href="/">{t('backHome')}</a>
      </p>
    </main>
  );
}
