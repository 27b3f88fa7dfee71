import { useTranslation } from 'react-i18next';
import { AdminListManager } from '../features/branches/admin-list-manager';
import { PageHeader } from '../ui/page-header';

export function BranchesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.branches.label')}>{t('adminLists.intro')}</PageHeader>
      <AdminListManager list="branches" />
      <AdminListManager list="channels" />
    </>
  );
}
