import { useTranslation } from 'react-i18next';
import { CategoryAdministration } from '../features/categories/category-administration';
import { PageHeader } from '../ui/page-header';

export function CategoriesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('categories.title')}>{t('categories.intro')}</PageHeader>
      <CategoryAdministration />
    </>
  );
}
