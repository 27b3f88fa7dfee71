import { staffRoutes, type StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import { DefaultBranchField } from './default-branch-field';
import { RoleField } from './role-field';

export function EditStaffForm({ account, onSaved }: { account: StaffAccount; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind } = useFormValues(
    { displayName: account.displayName, role: account.role, defaultBranchKey: account.defaultBranchKey ?? '' },
    error,
  );

  const save = async () => {
    const { data } = await request(staffRoutes.update, {
      params: { id: account.id },
      body: { ...values, defaultBranchKey: values.defaultBranchKey || null },
    });
    onSaved(t('staff.manageAccount.saved', { name: data.displayName }));
  };

  return (
    <form className="form" onSubmit={onSubmit(save)} aria-labelledby="edit-staff-title">
      <h3 id="edit-staff-title">{t('staff.manageAccount.detailsTitle')}</h3>
      <FormError error={error} />
      <TextField label={t('staff.name')} autoComplete="off" required {...bind('displayName')} />
      <RoleField {...bind('role')} />
      <DefaultBranchField current={account.defaultBranchKey ?? undefined} {...bind('defaultBranchKey')} />
      <Button type="submit" pending={pending}>
        {t('staff.manageAccount.save')}
      </Button>
    </form>
  );
}
