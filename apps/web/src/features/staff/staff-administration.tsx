import { staffEndpoints, type StaffAccount } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Loading } from '../../ui/loading';
import { Alert } from '../../ui/messages';
import { Pagination } from '../../ui/pagination';
import { useApiData } from '../../use-api-data';
import { CreateStaffForm } from './create-staff-form';
import { ManageStaffAccount } from './manage-staff-account';
import { manageButtonId, StaffTable } from './staff-table';

const pageSize = 50;

export function StaffAdministration() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const accounts = useApiData((signal) => request(staffEndpoints.list, { query: { page, pageSize }, signal }), [page]);
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
        <Alert message={accounts.error?.message} />
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
          accounts.loading && <Loading />
        )}
      </section>
      {managed && (
        <ManageStaffAccount
          key={managed.id}
          account={managed}
          onChanged={accounts.reload}
          onClose={() => closePanel(managed)}
        />
      )}
      <CreateStaffForm onCreated={accounts.reload} />
    </>
  );
}
