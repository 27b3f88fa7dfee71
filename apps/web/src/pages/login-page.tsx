import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type SignedOutReason } from '../features/auth/auth-context';
import { DemoLogins } from '../features/auth/demo-logins';
import { LoginForm } from '../features/auth/login-form';
import type { LoginRedirectState } from '../features/auth/route-guards';
import { SecondFactorForm } from '../features/auth/second-factor-form';
import { SingleSignOn } from '../features/auth/single-sign-on';
import { TotpEnrolment } from '../features/auth/totp-enrolment';
import { useServerMeta } from '../queries/reference-data';
import { Status } from '../ui/messages';
import { PageHeader } from '../ui/page-header';

const signedOutMessages = {
  logout: 'login.loggedOut',
  'session-ended': 'login.sessionEnded',
} as const satisfies Record<SignedOutReason, string>;

/** Single sign-on when the installation has it; the password form, folded away when passwords are for break-glass only. */
function SignInChoices({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  const { data: meta } = useServerMeta();
  const oidcLabel = meta?.signIn.oidcButtonLabel;
  if (!oidcLabel) return <LoginForm />;
  return (
    <>
      <SingleSignOn label={oidcLabel} returnTo={returnTo} />
      {meta.signIn.passwordLogin ? (
        <section className="login-page__password" aria-labelledby="password-login-title">
          <h2 id="password-login-title">{t('login.passwordTitle')}</h2>
          <LoginForm autoFocus={false} />
        </section>
      ) : (
        <details className="login-page__break-glass">
          <summary>{t('login.breakGlass')}</summary>
          <LoginForm autoFocus={false} />
        </details>
      )}
    </>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useAuth();
  const { data: meta } = useServerMeta();
  const { from } = (useLocation().state ?? {}) as LoginRedirectState;
  const returnTo = from ? `${from.pathname}${from.search}${from.hash}` : '/';

  if (state.status === 'signed-in') return <Navigate to={returnTo} replace />;
  if (state.status === 'second-factor' || state.status === 'enrol') {
    return (
      <div className="login-page">
        <PageHeader title={t('login.title')} />
        {state.status === 'second-factor' ? <SecondFactorForm /> : <TotpEnrolment onDone={signIn} />}
      </div>
    );
  }
  const reason = state.status === 'signed-out' ? state.reason : undefined;

  return (
    <div className="login-page">
      <PageHeader title={t('login.title')}>
        {t(meta?.signIn.oidcButtonLabel ? 'login.introSso' : 'login.intro')}
      </PageHeader>
      <Status message={reason && t(signedOutMessages[reason])} />
      <SignInChoices returnTo={returnTo} />
      <DemoLogins />
    </div>
  );
}
