import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadingOverview } from '../features/guides/reading-overview';
import { PageHeader } from '../ui/page-header';
import { pathTo } from '../routes';

export function ReadingPage() {
  const { t } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={pathTo('guides')}>{t('guides.title')}</Link>
      </p>
      <PageHeader title={t('guides.reading.title')}>{t('guides.reading.intro')}</PageHeader>
      <ReadingOverview />
    </>
  );
}
