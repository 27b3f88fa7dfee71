import { staffRoutes, type CreateStaffRequest } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { NewPasswordField } from '../../ui/new-password-field';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import { DefaultBranchField } from './default-branch-field';
import { RoleField } from './role-field';

/** The form's values: the branch as the select holds it, '' for none. */
const newAccount: Omit<CreateStaffRequest, 'defaultBranchKey'> & { defaultBranchKey: string } = {
  displayName: '',
  username: '',
  role: 'counter',
  password: '',
  defaultBranchKey: '',
};

export function CreateStaffForm() {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind, reset } = useFormValues(newAccount, error);
  const [status, setStatus] = useState<string>();

  const create = async () => {
    setStatus(undefined);
    const { data } = await request(staffRoutes.create, {
      body: { ...values, defaultBranchKey: values.defaultBranchKey || null },
    });
    reset();
    setStatus(t('staff.create.done', { username: data.username }));
  };

  return (
    <section className="panel" aria-labelledby="create-staff-title">
      <h2 id="create-staff-title">{t('staff.create.title')}</h2>
      <Status message={status} />
      <form className="form" onSubmit={onSubmit(create)}>
        <FormError error={error} />
        <TextField label={t('staff.name')} autoComplete="off" required {...bind('displayName')} />
        <TextField
          label={t('staff.username')}
          hint={t('staff.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...bind('username')}
        />
        <RoleField {...bind('role')} />
        <DefaultBranchField {...bind('defaultBranchKey')} />
        <NewPasswordField label={t('staff.password')} hint={t('staff.passwordHint')} {...bind('password')} />
        <Button type="submit" pending={pending}>
          {t('staff.create.submit')}
        </Button>
      </form>
    </section>
  );
}
