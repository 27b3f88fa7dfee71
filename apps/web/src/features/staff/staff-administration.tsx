import { staffRoutes, type StaffAccount } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../queries/use-api-query';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { Pagination } from '../../ui/pagination';
import { CreateStaffForm } from './create-staff-form';
import { ManageStaffAccount } from './manage-staff-account';
import { manageButtonId, StaffTable } from './staff-table';

const pageSize = 50;

export function StaffAdministration() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const accounts = useApiQuery(staffRoutes.list, { query: { page, pageSize } }, { keepPrevious: true });
  const [managedId, setManagedId] = useState<string>();
  const managed = accounts.data?.data.find((account) => account.id === managedId);

  const closePanel = (account: StaffAccount) => {
    setManagedId(undefined);
    document.getElementById(manageButtonId(account))?.focus();
  };

  return (
    <>
      <section aria-labelledby="staff-accounts-title">
        <h2 id="staff-accounts-title">{t('staff.accountsTitle')}</h2>
        {accounts.error && <LoadError error={accounts.error} onRetry={accounts.refetch} />}
        {accounts.data ? (
          <>
            <StaffTable
              accounts={accounts.data.data}
              labelledBy="staff-accounts-title"
              onManage={(account) => setManagedId(account.id)}
            />
            <Pagination {...accounts.data.page} onChange={setPage} />
          </>
        ) : (
          accounts.isFetching && <Loading />
        )}
      </section>
      {managed && <ManageStaffAccount key={managed.id} account={managed} onClose={() => closePanel(managed)} />}
      <CreateStaffForm />
    </>
  );
}
