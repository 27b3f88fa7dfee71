import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';

/**
 * "Fortsæt henvendelsen": the visit came back after a reload, Back or a new login, and is not
 * logged yet. Discarding it is a deliberate click, never a side effect.
 */
export function VisitRestored({
  categoryName,
  startedAt,
  onDiscard,
}: {
  categoryName: string;
  startedAt: Date;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="visit-restored" role="status">
      <p>
        <strong>{t('triage.restored.title')}</strong>{' '}
        {t('triage.restored.body', { category: categoryName, time: locale.time(startedAt) })}
      </p>
      <Button variant="secondary" onClick={onDiscard}>
        {t('triage.restored.discard')}
      </Button>
    </div>
  );
}
