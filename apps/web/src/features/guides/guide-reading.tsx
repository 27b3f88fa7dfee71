import { guideRoutes, type GuideDetail } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';

/** "I have read this version": part of training; a new version asks again. */
export function ReadConfirmation({ guide }: { guide: GuideDetail }) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();
  const confirm = () =>
    run(async () => {
      await request(guideRoutes.confirmRead, { params: { slug: guide.slug }, body: { version: guide.version } });
    });
  return (
    <section className="panel" aria-labelledby="guide-read-title">
      <h2 id="guide-read-title">{t('guides.read.title')}</h2>
      <FormError error={error} />
      {guide.readByMe ? (
        <p role="status">✓ {t('guides.read.confirmed', { version: guide.version })}</p>
      ) : (
        <Button pending={pending} onClick={() => void confirm()}>
          {t('guides.read.confirm')}
        </Button>
      )}
    </section>
  );
}

/** For leads: who has confirmed reading the current version. */
export function GuideReaders({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const readers = useApiQuery(guideRoutes.readers, { params: { slug } }, { select: dataOf });
  return (
    <section className="panel" aria-labelledby="guide-readers-title">
      <h2 id="guide-readers-title">{t('guides.read.readersTitle')}</h2>
      <Loaded load={readers}>
        {({ staff }) => (
          <ul className="guide-readers">
            {staff.map((row) => (
              <li key={row.staff.id} className={row.readCurrent ? 'guide-readers__read' : undefined}>
                {row.staff.displayName}:{' '}
                {row.readVersion === null
                  ? t('guides.read.notRead')
                  : row.readCurrent
                    ? t('guides.read.readCurrent', { version: row.readVersion })
                    : t('guides.read.readOld', { version: row.readVersion })}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
