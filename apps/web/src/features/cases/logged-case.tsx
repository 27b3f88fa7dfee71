import { CASE_AUTHOR_EDIT_HOURS, type Case } from '@digihjaelp/contract';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';

/**
 * "Henvendelsen er logget." where the worker is looking: announced (a live region that is always
 * there), scrolled into view, with the way to the saved case and to correcting it while the
 * author still may (CASE_AUTHOR_EDIT_HOURS).
 */
export function LoggedCase({ logged }: { logged: Case | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (logged) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [logged]);
  const editableUntil = logged && new Date(new Date(logged.createdAt).getTime() + CASE_AUTHOR_EDIT_HOURS * 3_600_000);
  return (
    <div ref={ref} className={logged ? 'logged-case message message--success' : 'message--empty'}>
      <p role="status" className="logged-case__status">
        {logged ? t('cases.logged') : ''}
      </p>
      {logged && editableUntil && (
        <p className="logged-case__links">
          <Link to={pathTo('case', { id: logged.id })}>{t('cases.openLogged')}</Link>
          {' · '}
          <Link to={pathTo('case', { id: logged.id })} aria-describedby={`logged-${logged.id}-until`}>
            {t('cases.correctLogged')}
          </Link>{' '}
          <span id={`logged-${logged.id}-until`}>
            {t('cases.correctUntil', { time: locale.dateTime(editableUntil) })}
          </span>
        </p>
      )}
    </div>
  );
}
