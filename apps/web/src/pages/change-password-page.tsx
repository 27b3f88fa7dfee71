import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { PageHeader } from '../ui/page-header';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('changePassword.title')} />
      <ChangePasswordForm />
    </>
  );
}
