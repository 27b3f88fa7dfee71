import { guideEndpoints, type GuideDetail } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { Alert, FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useApiData } from '../../use-api-data';

/** "I have read this version": part of training; a new version asks again. */
export function ReadConfirmation({ guide, onConfirmed }: { guide: GuideDetail; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();
  const confirm = () =>
    run(async () => {
      await request(guideEndpoints.confirmRead, { params: { slug: guide.slug }, body: { version: guide.version } });
      onConfirmed();
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
export function GuideReaders({ slug, version }: { slug: string; version: number }) {
  const { t } = useTranslation();
  const readers = useApiData(
    (signal) => request(guideEndpoints.readers, { params: { slug }, signal }),
    [slug, version],
  );
  return (
    <section className="panel" aria-labelledby="guide-readers-title">
      <h2 id="guide-readers-title">{t('guides.read.readersTitle')}</h2>
      <Alert message={readers.error?.message} />
      {readers.data ? (
        <ul className="guide-readers">
          {readers.data.data.staff.map((row) => (
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
      ) : (
        readers.loading && <Loading />
      )}
    </section>
  );
}
