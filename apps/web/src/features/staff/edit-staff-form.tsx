import { branchEndpoints, staffEndpoints, type StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { SelectField } from '../../ui/select-field';
import { useSubmission } from '../../ui/use-submission';
import { useApiData } from '../../use-api-data';
import { RoleField } from './role-field';

export function EditStaffForm({ account, onSaved }: { account: StaffAccount; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind } = useFormValues(
    { displayName: account.displayName, role: account.role, defaultBranchKey: account.defaultBranchKey ?? '' },
    error,
  );
  const branches = useApiData((signal) => request(branchEndpoints.list, { signal }), []);
  const branchOptions = (branches.data?.data ?? [])
    .filter((branch) => branch.active || branch.key === account.defaultBranchKey)
    .map((branch) => ({ value: branch.key, label: i18n.language === 'en' ? branch.nameEn : branch.nameDa }));

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
