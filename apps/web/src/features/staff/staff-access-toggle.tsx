import { staffRoutes, type StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';

/** Deactivating keeps the account (and what it recorded) but stops its logins and sessions. */
export function StaffAccessToggle({
  account,
  onChanged,
}: {
  account: StaffAccount;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();

  const toggle = async () => {
    const { data } = await request(staffRoutes.update, {
      params: { id: account.id },
      body: { active: !account.active },
    });
    const message = data.active ? 'staff.manageAccount.reactivated' : 'staff.manageAccount.deactivated';
    onChanged(t(message, { name: data.displayName }));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the group holds a heading, a message and buttons, not form fields a fieldset would frame
    <div className="form" role="group" aria-labelledby="staff-access-title">
      <h3 id="staff-access-title">{t('staff.manageAccount.accessTitle')}</h3>
      <FormError error={error} />
      <p>
        {account.active ? t('staff.manageAccount.activeDescription') : t('staff.manageAccount.inactiveDescription')}
      </p>
      <Button variant="secondary" pending={pending} onClick={() => void run(toggle)}>
        {account.active ? t('staff.manageAccount.deactivate') : t('staff.manageAccount.reactivate')}
      </Button>
    </div>
  );
}
