import type { GuideStatus } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';

/** Shown wherever a guide past its review-by date appears. */
export function NeedsReviewBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--warning">{t('guides.needsReview')}</span>;
}

/** Only for guides that are not simply published, so the ordinary case stays quiet. */
export function StatusBadge({ status }: { status: GuideStatus }) {
  const { t } = useTranslation();
  if (status === 'published') return null;
  return <span className={`badge badge--${status}`}>{t(`guides.status.${status}`)}</span>;
}
