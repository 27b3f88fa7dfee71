import { guideRoutes } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { pathTo } from '../../routes';
import { Loaded } from '../../ui/loaded';
import './guides.css';

/** For leads: per staff member, how many published guides they have read in the current version, and which not. */
export function ReadingOverview() {
  const { t } = useTranslation();
  const overview = useApiQuery(guideRoutes.readingOverview, {}, { select: dataOf });
  return (
    <Loaded load={overview}>
      {(rows) => (
        <div className="table-scroll">
          <table className="table table--top">
            <caption className="visually-hidden">{t('guides.reading.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.role')}</th>
                <th scope="col">{t('guides.reading.read')}</th>
                <th scope="col">{t('guides.reading.unread')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.staff.id}>
                  <th scope="row">{row.staff.displayName}</th>
                  <td>{t(`roles.${row.staff.role}`)}</td>
                  <td>{t('guides.reading.count', { read: row.readCurrent, total: row.publishedGuides })}</td>
                  <td>
                    {row.unread.length > 0 && (
                      <details>
                        <summary>{t('guides.reading.showUnread', { count: row.unread.length })}</summary>
                        <ul>
                          {row.unread.map((guide) => (
                            <li key={guide.slug}>
                              <Link to={pathTo('guide', { slug: guide.slug })}>{guide.title}</Link>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Loaded>
  );
}
