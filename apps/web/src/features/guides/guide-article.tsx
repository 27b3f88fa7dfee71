import { guideEndpoints, type GuideDetail, type GuideStatus } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { NeedsReviewBadge, StatusBadge } from './guide-badges';
import { GuideFeedback } from './guide-feedback';
import { GuideProposals } from './guide-proposals';
import { GuideReaders, ReadConfirmation } from './guide-reading';

/** The guide as staff read it at the counter: flags first, then the body, sources and what comes next. */
export function GuideArticle({
  guide,
  categoryName,
  onChanged,
}: {
  guide: GuideDetail;
  categoryName: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const isLead = user.role !== 'counter';
  return (
    <article className="guide">
      <p className="guide__category">
        {categoryName} <StatusBadge status={guide.status} />{' '}
        {guide.audience === 'citizen' && <span className="badge">{t('guides.forCitizens')}</span>}
      </p>
      {guide.needsReview && (
        <div className="message message--warning" role="note">
          <NeedsReviewBadge /> {t('guides.needsReviewExplained', { date: guide.reviewBy })}
        </div>
      )}
      <p className="guide__summary">{guide.summary}</p>
      <p className="guide__meta">
        {t('guides.meta', { owner: guide.owner.displayName, reviewBy: guide.reviewBy, version: guide.version })}
      </p>
      <div className="guide__actions">
        {guide.handout && (
          <a
            className="button button--primary"
            href={`/guides/${guide.slug}/handout?print=1`}
            target="_blank"
            rel="noopener"
          >
            {t('guides.printHandout')}
            <span className="visually-hidden"> ({t('guides.printHandoutHint')})</span>
          </a>
        )}
        <Link className="button button--secondary" to={`/vejledninger/${guide.slug}/rediger`}>
          {t('guides.edit')}
        </Link>
        <Link className="button button--secondary" to={`/vejledninger/${guide.slug}/historik`}>
          {t('guides.history')}
        </Link>
      </div>
      {/* Rendered on the server by packages/markdown: raw HTML is off and links are checked. */}
      <div className="guide__body" dangerouslySetInnerHTML={{ __html: guide.bodyHtml }} />
      {guide.sources.length > 0 && (
        <section aria-labelledby="guide-sources-title">
          <h2 id="guide-sources-title">{t('guides.sources')}</h2>
          <ul>
            {guide.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} className="external-link" rel="noopener noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {guide.relatedGuides.length > 0 && (
        <section aria-labelledby="guide-related-title">
          <h2 id="guide-related-title">{t('guides.related')}</h2>
          <ul className="guide-related">
            {guide.relatedGuides.map((related) => (
              <li key={related.slug}>
                <Link to={`/vejledninger/${related.slug}`}>{related.title}</Link>
                {!related.chosen && <span className="guide-related__note"> ({t('guides.suggested')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="guide__panels">
        <ReadConfirmation guide={guide} onConfirmed={onChanged} />
        <GuideFeedback guide={guide} onSent={onChanged} />
      </div>
      <GuideProposals guide={guide} isLead={isLead} onDecided={onChanged} />
      <WorkflowActions guide={guide} isLead={isLead} onChanged={onChanged} />
      {isLead && <GuideReaders slug={guide.slug} version={guide.version} />}
    </article>
  );
}

/** The status changes this person may make from here (counter staff: propose or withdraw a draft). */
function transitionsFor(status: GuideStatus, isLead: boolean) {
  const all: Record<GuideStatus, { to: GuideStatus; label: string; leadOnly: boolean }[]> = {
    draft: [
      { to: 'in_review', label: 'propose', leadOnly: false },
      { to: 'published', label: 'publish', leadOnly: true },
    ],
    in_review: [
      { to: 'published', label: 'publish', leadOnly: true },
      { to: 'draft', label: 'withdraw', leadOnly: false },
    ],
    published: [{ to: 'archived', label: 'archive', leadOnly: true }],
    archived: [{ to: 'draft', label: 'reopen', leadOnly: true }],
  };
  return all[status].filter((transition) => isLead || !transition.leadOnly);
}

function WorkflowActions({ guide, isLead, onChanged }: { guide: GuideDetail; isLead: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();
  const [status, setStatus] = useState<string>();
  const transitions = transitionsFor(guide.status, isLead);
  if (transitions.length === 0) return null;
  const change = (to: GuideStatus) =>
    run(async () => {
      const { data } = await request(guideEndpoints.changeStatus, {
        params: { slug: guide.slug },
        body: { status: to, version: guide.version },
      });
      setStatus(t('guides.workflow.changed', { status: t(`guides.status.${data.status}`) }));
      onChanged();
    });
  return (
    <section className="panel" aria-labelledby="guide-workflow-title">
      <h2 id="guide-workflow-title">{t('guides.workflow.title')}</h2>
      <Status message={status} />
      <FormError error={error} />
      <p>{t(`guides.status.${guide.status}`)}</p>
      <div className="guide__actions">
        {transitions.map((transition) => (
          <Button key={transition.to} variant="secondary" pending={pending} onClick={() => void change(transition.to)}>
            {t(`guides.workflow.${transition.label}` as 'guides.workflow.publish')}
          </Button>
        ))}
      </div>
    </section>
  );
}
