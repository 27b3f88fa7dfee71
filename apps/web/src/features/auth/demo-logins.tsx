import { useTranslation } from 'react-i18next';
import { useServerMeta } from '../../queries/reference-data';

/** Only a demo installation lists its logins; any other answer (or none) shows nothing. */
export function DemoLogins() {
  const { t } = useTranslation();
  const { data: meta } = useServerMeta();
  if (!meta?.demoMode || !meta.demoAccounts?.length) return null;

  return (
    <section className="demo-logins" aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title">{t('login.demoTitle')}</h2>
      <p>{t('login.demoIntro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('login.username')}</th>
            <th scope="col">{t('login.password')}</th>
            <th scope="col">{t('login.demoRole')}</th>
          </tr>
        </thead>
        <tbody>
          {meta.demoAccounts.map((account) => (
            <tr key={account.username}>
              <td>
                <code>{account.username}</code>
              </td>
              <td>
                <code>{account.password}</code>
              </td>
              <td>{t(`roles.${account.role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
