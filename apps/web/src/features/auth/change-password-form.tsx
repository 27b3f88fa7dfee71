import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authRoutes } from '@digihjaelp/contract';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { NewPasswordField } from '../../ui/new-password-field';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from './auth-context';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind, reset } = useFormValues({ currentPassword: '', newPassword: '' }, error);
  const [changed, setChanged] = useState(false);

  const changePassword = async () => {
    setChanged(false);
    await request(authRoutes.changePassword, { body: values });
    reset();
    setChanged(true);
  };

  return (
    <>
      <Status message={changed ? t('changePassword.changed') : undefined} />
      <form className="form" onSubmit={onSubmit(changePassword)}>
        <FormError error={error} />
        {/* Tells password managers whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <TextField
          label={t('changePassword.current')}
          type="password"
          autoComplete="current-password"
          required
          {...bind('currentPassword')}
        />
        <NewPasswordField label={t('changePassword.new')} hint={t('changePassword.newHint')} {...bind('newPassword')} />
        <Button type="submit" pending={pending}>
          {t('changePassword.submit')}
        </Button>
      </form>
    </>
  );
}
