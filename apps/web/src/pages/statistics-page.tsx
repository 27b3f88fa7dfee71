import { useTranslation } from 'react-i18next';
import { StatisticsDashboard } from '../features/statistics/statistics-dashboard';
import { PageHeader } from '../ui/page-header';

export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('statistics.title')}>{t('statistics.intro')}</PageHeader>
      <StatisticsDashboard />
    </>
  );
}
