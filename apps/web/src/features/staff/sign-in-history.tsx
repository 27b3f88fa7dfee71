import { useTranslation } from 'react-i18next';
import { staffRoutes, type StaffAccount } from '@digihjaelp/contract';
import { useLocale } from '../../i18n/use-locale';
import { useApiQuery } from '../../queries/use-api-query';
import { Loaded } from '../../ui/loaded';

/** One staff member's sign-ins, failures, second-factor events and logouts, newest first. */
export function SignInHistory({ account }: { account: StaffAccount }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const events = useApiQuery(staffRoutes.signIns, { params: { id: account.id } });
  return (
    <section aria-labelledby="sign-in-history-title">
      <h3 id="sign-in-history-title">{t('staff.signIns.title')}</h3>
      <Loaded load={events}>
        {({ data }) =>
          data.length === 0 ? (
            <p>{t('staff.signIns.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table" aria-labelledby="sign-in-history-title">
                <thead>
                  <tr>
                    <th scope="col">{t('staff.signIns.when')}</th>
                    <th scope="col">{t('staff.signIns.what')}</th>
                    <th scope="col">{t('staff.signIns.how')}</th>
                    <th scope="col">{t('staff.signIns.network')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.slice(0, 50).map((event) => (
                    <tr key={`${event.at}-${event.event}-${event.method}`}>
                      <td>{locale.dateTime(event.at)}</td>
                      <td>{t(`staff.signIns.events.${event.event}`)}</td>
                      <td>{t(`staff.signIns.methods.${event.method}`)}</td>
                      <td>{event.addressPrefix ? <code>{event.addressPrefix}.…</code> : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
