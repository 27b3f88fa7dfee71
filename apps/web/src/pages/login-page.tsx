import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type SignedOutReason } from '../features/auth/auth-context';
import { DemoLogins } from '../features/auth/demo-logins';
import { LoginForm } from '../features/auth/login-form';
import type { LoginRedirectState } from '../features/auth/route-guards';
import { Status } from '../ui/messages';
import { PageHeader } from '../ui/page-header';

const signedOutMessages = {
  logout: 'login.loggedOut',
  'session-ended': 'login.sessionEnded',
} as const satisfies Record<SignedOutReason, string>;

export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const { from } = (useLocation().state ?? {}) as LoginRedirectState;

  if (state.status === 'signed-in') {
    return <Navigate to={from ? `${from.pathname}${from.search}${from.hash}` : '/'} replace />;
  }
  const reason = state.status === 'signed-out' ? state.reason : undefined;

  return (
    <div className="login-page">
      <PageHeader title={t('login.title')}>{t('login.intro')}</PageHeader>
      <Status message={reason && t(signedOutMessages[reason])} />
      <LoginForm />
      <DemoLogins />
    </div>
  );
}
