import { useTranslation } from 'react-i18next';
import { GuideSearch } from '../features/guides/guide-search';
import { PageHeader } from '../ui/page-header';

export function GuidesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('guides.title')}>{t('guides.intro')}</PageHeader>
      <GuideSearch />
    </>
  );
}
