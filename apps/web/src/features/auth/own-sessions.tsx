import { useTranslation } from 'react-i18next';
import { authRoutes, type OwnSessionsResponse } from '@digihjaelp/contract';
import { request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { Alert } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useAuth } from './auth-context';

/** Where this account is signed in now, and "log out everywhere" (this browser too). */
export function OwnSessions({ sessions }: { sessions: OwnSessionsResponse['data'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { signedOutEverywhere } = useAuth();
  const { pending, error, run } = useSubmission();
  const logoutEverywhere = async () => {
    const { providerLogoutUrl } = await request(authRoutes.logoutEverywhere);
    signedOutEverywhere(providerLogoutUrl);
  };

  return (
    <section aria-labelledby="own-sessions-title">
      <h2 id="own-sessions-title">{t('security.sessionsTitle')}</h2>
      <p>{t('security.sessionsIntro')}</p>
      <div className="table-scroll">
        <table className="table" aria-labelledby="own-sessions-title">
          <thead>
            <tr>
              <th scope="col">{t('security.started')}</th>
              <th scope="col">{t('security.method')}</th>
              <th scope="col">{t('security.address')}</th>
              <th scope="col">{t('security.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.createdAt + session.expiresAt}>
                <th scope="row">
                  {locale.dateTime(session.createdAt)}
                  {session.current && <> ({t('security.thisOne')})</>}
                </th>
                <td>{t(`security.methods.${session.method}`)}</td>
                <td>{session.addressPrefix ? <code>{session.addressPrefix}.…</code> : '–'}</td>
                <td>{locale.dateTime(session.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Alert message={error?.message} />
      <Button variant="secondary" pending={pending} onClick={() => void run(logoutEverywhere)}>
        {t('security.logoutEverywhere')}
      </Button>
    </section>
  );
}
