import { staffRoutes, type StaffAccount } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { NewPasswordField } from '../../ui/new-password-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';

export function ResetPasswordForm({ account, onReset }: { account: StaffAccount; onReset: (message: string) => void }) {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind, reset } = useFormValues({ password: '' }, error);

  const resetPassword = async () => {
    await request(staffRoutes.resetPassword, { params: { id: account.id }, body: values });
    reset();
    onReset(t('staff.manageAccount.passwordReset', { name: account.displayName }));
  };

  return (
    <form className="form" onSubmit={onSubmit(resetPassword)} aria-labelledby="reset-password-title">
      <h3 id="reset-password-title">{t('staff.manageAccount.resetPasswordTitle')}</h3>
      <FormError error={error} />
      <NewPasswordField
        label={t('staff.manageAccount.newPassword')}
        hint={t('staff.passwordHint')}
        {...bind('password')}
      />
      <Button type="submit" variant="secondary" pending={pending}>
        {t('staff.manageAccount.resetPassword')}
      </Button>
    </form>
  );
}
