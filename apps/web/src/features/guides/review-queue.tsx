import { guideRoutes, may, type ProposalSummary } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';
import { Loaded } from '../../ui/loaded';
import { useSignedInUser } from '../auth/auth-context';
import './guides.css';

/** Where a lead decides on a proposal: the guide's own list of open proposals. */
const proposalsOf = (slug: string) => `${pathTo('guide', { slug })}#guide-proposals-title`;

/** The open proposals on every guide, oldest first, each linking to where a lead decides on it. */
export function ReviewQueue({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queue = useApiQuery(guideRoutes.reviewQueue, {}, { select: dataOf });
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="review-queue" aria-labelledby="review-queue-title">
      <Loaded load={queue}>
        {(proposals) => (
          <>
            <Heading id="review-queue-title">{t('guides.queue.title', { count: proposals.length })}</Heading>
            {proposals.length === 0 ? (
              <p>{t('guides.queue.empty')}</p>
            ) : (
              <ul className="review-queue__list">
                {proposals.map((proposal) => (
                  <li key={proposal.id}>
                    <Link to={proposalsOf(proposal.guide.slug)}>{proposal.guide.title}</Link>
                    <span className="review-queue__meta">
                      {' '}
                      – {t('guides.proposals.by', { name: proposal.author.displayName })},{' '}
                      {locale.dateTime(proposal.createdAt)}
                      {proposal.changeNote && <>: {proposal.changeNote}</>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** What became of a proposal, as the key of its sentence. */
function decisionKey(proposal: ProposalSummary) {
  if (proposal.status === 'open') return 'guides.mine.open' as const;
  return proposal.status === 'accepted' ? ('guides.mine.accepted' as const) : ('guides.mine.rejected' as const);
}

/** The proposals the signed-in member sent, and what became of each; nothing when there are none. */
export function MyProposals() {
  const { t } = useTranslation();
  const locale = useLocale();
  const mine = useApiQuery(guideRoutes.myProposals, {}, { select: dataOf });
  const proposals = mine.data ?? [];
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="my-proposals-title">
      <h2 id="my-proposals-title">{t('guides.mine.title')}</h2>
      <ul className="review-queue__list">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            <Link to={pathTo('guide', { slug: proposal.guide.slug })}>{proposal.guide.title}</Link>{' '}
            <span className="review-queue__meta">
              ({t('guides.mine.sent', { when: locale.dateTime(proposal.createdAt) })})
            </span>
            :{' '}
            <strong>
              {t(decisionKey(proposal), {
                name: proposal.decidedBy?.displayName ?? t('guides.mine.someone'),
                when: proposal.decidedAt ? locale.dateTime(proposal.decidedAt) : '',
              })}
            </strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a lead's start page: what waits for review, with the count in the heading. */
export function HomeReviewQueue() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!may(user, 'reviewGuides')) return null;
  return (
    <div className="home-review">
      <ReviewQueue />
      <p>
        <Link to={`${pathTo('guides')}?vis=in_review`}>{t('guides.queue.guidesInReview')}</Link>
      </p>
    </div>
  );
}
