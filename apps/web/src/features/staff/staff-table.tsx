import type { StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';

/** Lets the page return focus to a row's button when its management panel closes. */
export function manageButtonId(account: StaffAccount): string {
  return `manage-${account.id}`;
}

interface StaffTableProps {
  accounts: readonly StaffAccount[];
  labelledBy: string;
  onManage: (account: StaffAccount) => void;
}

export function StaffTable({ accounts, labelledBy, onManage }: StaffTableProps) {
  const { t } = useTranslation();
  if (accounts.length === 0) return <p>{t('staff.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('staff.name')}</th>
            <th scope="col">{t('staff.username')}</th>
            <th scope="col">{t('staff.role')}</th>
            <th scope="col">{t('staff.status')}</th>
            <th scope="col">{t('staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className={account.active ? undefined : 'table__row--muted'}>
              <th scope="row">{account.displayName}</th>
              <td>
                <code>{account.username}</code>
              </td>
              <td>{t(`roles.${account.role}`)}</td>
              <td>{account.active ? t('staff.active') : t('staff.inactive')}</td>
              <td>
                <Button variant="secondary" id={manageButtonId(account)} onClick={() => onManage(account)}>
                  {t('staff.manage')}
                  <span className="visually-hidden"> {account.displayName}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
