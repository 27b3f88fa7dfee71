import { staffEndpoints, type StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { activeOptions, useBranches } from '../../queries/reference-data';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { SelectField } from '../../ui/select-field';
import { useSubmission } from '../../ui/use-submission';
import { RoleField } from './role-field';

export function EditStaffForm({ account, onSaved }: { account: StaffAccount; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind } = useFormValues(
    { displayName: account.displayName, role: account.role, defaultBranchKey: account.defaultBranchKey ?? '' },
    error,
  );
  const branches = useBranches();
  const branchOptions = activeOptions(branches.data ?? [], locale, account.defaultBranchKey ?? undefined);

  const save = async () => {
    const { data } = await request(staffEndpoints.update, {
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
      <SelectField
        label={t('staff.defaultBranch')}
        hint={t('staff.defaultBranchHint')}
        options={[{ value: '', label: t('staff.noDefaultBranch') }, ...branchOptions]}
        {...bind('defaultBranchKey')}
      />
      <Button type="submit" pending={pending}>
        {t('staff.manageAccount.save')}
      </Button>
    </form>
  );
}
