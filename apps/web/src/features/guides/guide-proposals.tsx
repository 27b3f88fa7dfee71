import { guideRoutes, type GuideDetail } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { DiffFields } from './diff-fields';

/** Open proposals for the guide, each with what it changes; leads accept or reject them here. */
export function GuideProposals({
  guide,
  mayDecide,
}: {
  guide: GuideDetail;
  /** Whether the viewer accepts or rejects proposals (the guides' review, see policies). */
  mayDecide: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const proposals = useApiQuery(guideRoutes.proposals, { params: { slug: guide.slug } }, { select: dataOf });
  const { pending, error, run } = useSubmission();
  const list = proposals.data ?? [];
  if (list.length === 0) return null;
  const decide = (id: string, decision: 'accept' | 'reject') =>
    run(async () => {
      await request(guideRoutes.decideProposal, {
        params: { slug: guide.slug, id },
        body: { decision, version: guide.version },
      });
    });
  return (
    <section className="panel" aria-labelledby="guide-proposals-title">
      <h2 id="guide-proposals-title">{t('guides.proposals.title')}</h2>
      <FormError error={error} />
      {list.map((proposal) => (
        <article
          key={proposal.id}
          className="proposal"
          aria-label={t('guides.proposals.by', { name: proposal.author.displayName })}
        >
          <p>
            <strong>{t('guides.proposals.by', { name: proposal.author.displayName })}</strong>,{' '}
            {locale.dateTime(proposal.createdAt)}
            {proposal.changeNote && <em> – {proposal.changeNote}</em>}
          </p>
          <DiffFields fields={proposal.diff} />
          {mayDecide && (
            <div className="button-row">
              <Button pending={pending} onClick={() => void decide(proposal.id, 'accept')}>
                {t('guides.proposals.accept')}
              </Button>
              <Button variant="secondary" pending={pending} onClick={() => void decide(proposal.id, 'reject')}>
                {t('guides.proposals.reject')}
              </Button>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
