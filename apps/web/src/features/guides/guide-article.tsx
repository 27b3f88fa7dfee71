import {
  guideRoutes,
  triageRoutes,
  may,
  mayChangeGuideStatus,
  type AuthUser,
  type GuideDetail,
  type GuideStatus,
} from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { handoutUrl, pathTo } from '../../routes';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { NeedsReviewBadge, StatusBadge } from './guide-badges';
import { GuideFeedback } from './guide-feedback';
import { GuideProposals } from './guide-proposals';
import { GuideReaders, ReadConfirmation } from './guide-reading';
import { GuideTranslations } from '../translations/guide-translations';
import './guides.css';
import { RenderedHtml } from './rendered-html';

/** The guide as staff read it at the counter: flags first, then the body, sources and what comes next. */
export function GuideArticle({ guide, categoryName }: { guide: GuideDetail; categoryName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const reviews = may(user, 'reviewGuides');
  return (
    <article className="guide">
      <p className="guide__category">
        {categoryName} <StatusBadge status={guide.status} />{' '}
        {guide.audience === 'citizen' && <span className="badge">{t('guides.forCitizens')}</span>}
      </p>
      {guide.needsReview && (
        <div className="message message--warning" role="note">
          <NeedsReviewBadge /> {t('guides.needsReviewExplained', { date: locale.date(guide.reviewBy) })}
        </div>
      )}
      <p className="guide__summary">{guide.summary}</p>
      <p className="guide__meta">
        {t('guides.meta', {
          owner: guide.owner.displayName,
          reviewBy: locale.date(guide.reviewBy),
          version: guide.version,
        })}
      </p>
      <div className="button-row">
        {guide.handout && (
          <a
            className="button button--primary"
            href={handoutUrl(guide.slug, { print: true })}
            target="_blank"
            rel="noopener"
          >
            {t('guides.printHandout')}
            <span className="visually-hidden"> ({t('guides.printHandoutHint')})</span>
          </a>
        )}
        <Link className="button button--secondary" to={pathTo('editGuide', { slug: guide.slug })}>
          {t('guides.edit')}
        </Link>
        <Link className="button button--secondary" to={pathTo('guideHistory', { slug: guide.slug })}>
          {t('guides.history')}
        </Link>
      </div>
      {guide.handout && <GuideTranslations guide={guide} />}
      {/* Rendered on the server by packages/markdown: raw HTML is off and links are checked. */}
      <RenderedHtml className="guide__body" html={guide.bodyHtml} />
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
                <Link to={pathTo('guide', { slug: related.slug })}>{related.title}</Link>
                {!related.chosen && <span className="guide-related__note"> ({t('guides.suggested')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="guide__panels">
        <ReadConfirmation guide={guide} />
        <GuideFeedback guide={guide} />
      </div>
      <GuideProposals guide={guide} mayDecide={reviews} />
      <WorkflowActions guide={guide} user={user} />
      {reviews && <GuideReaders slug={guide.slug} />}
    </article>
  );
}

/** The status changes offered from each status; who may make which is the contract's policy. */
const transitions: Record<GuideStatus, { to: GuideStatus; label: string }[]> = {
  draft: [
    { to: 'in_review', label: 'propose' },
    { to: 'published', label: 'publish' },
  ],
  in_review: [
    { to: 'published', label: 'publish' },
    { to: 'draft', label: 'withdraw' },
  ],
  published: [{ to: 'archived', label: 'archive' }],
  archived: [{ to: 'draft', label: 'reopen' }],
};

function WorkflowActions({ guide, user }: { guide: GuideDetail; user: AuthUser }) {
  const { t } = useTranslation();
  const { pending, error, run } = useSubmission();
  const [status, setStatus] = useState<string>();
  const allowed = transitions[guide.status].filter(({ to }) => mayChangeGuideStatus(user, guide.status, to));
  const flowLinks = useApiQuery(
    triageRoutes.guideLinks,
    { params: { slug: guide.slug } },
    { enabled: allowed.some(({ to }) => to === 'archived'), select: dataOf },
  );
  if (allowed.length === 0) return null;
  const linkedFrom = flowLinks.data ?? [];
  const change = (to: GuideStatus) =>
    run(async () => {
      if (to === 'archived' && linkedFrom.length > 0 && !window.confirm(t('guides.workflow.archiveLinkedConfirm')))
        return;
      const { data } = await request(guideRoutes.changeStatus, {
        params: { slug: guide.slug },
        body: { status: to, version: guide.version },
      });
      setStatus(t('guides.workflow.changed', { status: t(`guides.status.${data.status}`) }));
    });
  return (
    <section className="panel" aria-labelledby="guide-workflow-title">
      <h2 id="guide-workflow-title">{t('guides.workflow.title')}</h2>
      <Status message={status} />
      <FormError error={error} />
      <p>{t(`guides.status.${guide.status}`)}</p>
      {linkedFrom.length > 0 && (
        <div className="message message--warning" role="note">
          <p>{t('guides.workflow.linkedFrom', { count: linkedFrom.length })}</p>
          <ul>
            {linkedFrom.map((link) => (
              <li key={link.categoryKey}>
                {t('guides.workflow.linkedFlow', { flow: link.flowTitle, rules: link.ruleIds.join(', ') })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        {allowed.map((transition) => (
          <Button key={transition.to} variant="secondary" pending={pending} onClick={() => void change(transition.to)}>
            {t(`guides.workflow.${transition.label}` as 'guides.workflow.publish')}
          </Button>
        ))}
      </div>
    </section>
  );
}
