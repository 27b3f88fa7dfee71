import type { ReactNode, Ref } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { helpLevelNames, helpLevels, offLadderOutcomes, type RecommendationContext } from '@digihjaelp/contract';
import type { Language } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-locale';
import { handoutUrl, pathTo } from '../../routes';
import { HandoutLanguages } from '../translations/handout-languages';
import { useGuideTitle } from '../guides/use-guide-titles';

function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={['recommendation__section', className].filter(Boolean).join(' ')}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Ladder({ level }: { level: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ol className="ladder" aria-label={t('triage.ladder')}>
      {helpLevels.map((step) => (
        <li
          key={step}
          className={step === level ? 'ladder__step ladder__step--chosen' : 'ladder__step'}
          aria-current={step === level ? 'step' : undefined}
        >
          <span className="ladder__number">{step}</span> {locale.pick(helpLevelNames[step])}
        </li>
      ))}
    </ol>
  );
}

/** The recommendation in a few words: "Niveau 3: Sidemandshjælp", "Henvisning: MitID support", "Ikke tilladt". */
export function recommendationHeadline(
  recommendation: RecommendationContext,
  t: TFunction,
  language: Language,
): string {
  if (recommendation.kind === 'level' && recommendation.level) {
    return t('triage.level', { level: recommendation.level, name: helpLevelNames[recommendation.level][language] });
  }
  if (recommendation.kind === 'referral' && recommendation.referral) {
    return `${offLadderOutcomes.referral[language]}: ${recommendation.referral.name}`;
  }
  return offLadderOutcomes.notPermitted[language];
}

/** How many reasons the first screen shows; the rest, and the answers behind them, are one click away. */
const TOP_REASONS = 2;

/**
 * What the engine recommends and why, ordered for a worker with a queue: the decision (level,
 * referral or refusal), where to send the citizen (phone and opening hours), the must-nots and
 * the top reasons fill the first screen; legal notes, the answers behind the reasons and what to
 * practise next time follow, folded. Guides open in a new tab, so the visit stays on screen, and
 * `onOpenGuide` records them as used.
 */
export function RecommendationPanel({
  recommendation,
  headingRef,
  onOpenGuide,
  folded = false,
}: {
  recommendation: RecommendationContext;
  headingRef?: Ref<HTMLHeadingElement>;
  onOpenGuide?: (slug: string) => void;
  /** At the counter the legal notes and the rest start folded, so the decision fits one screen. */
  folded?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const guideTitle = useGuideTitle();
  const headline = recommendationHeadline(recommendation, t, locale.language);
  const topReasons = recommendation.reasons.slice(0, TOP_REASONS);
  const moreReasons = recommendation.reasons.slice(TOP_REASONS);
  const otherReferrals = recommendation.referrals.filter(
    (referral) => referral.target !== recommendation.referral?.target,
  );
  const newTab = <span className="visually-hidden"> {t('triage.opensInNewTab')}</span>;

  return (
    <section
      className={`recommendation recommendation--${recommendation.kind}`}
      aria-labelledby="triage-recommendation-title"
    >
      <p className="recommendation__eyebrow">{t('triage.recommendationTitle')}</p>
      <h2 id="triage-recommendation-title" ref={headingRef} tabIndex={-1} className="recommendation__headline">
        {recommendation.urgent && <span className="badge badge--urgent">{t('triage.urgent')}</span>} {headline}
      </h2>
      {recommendation.kind === 'level' && <Ladder level={recommendation.level} />}
      {recommendation.referral && <p className="recommendation__contact">{recommendation.referral.contact}</p>}

      {recommendation.mustNot.length > 0 && (
        <Section title={t('triage.mustNotTitle')} className="must-not">
          <ul>
            {recommendation.mustNot.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('triage.reasonsTitle')}>
        <ul>
          {topReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </Section>

      {otherReferrals.length > 0 && (
        <Section title={t('triage.referralsTitle')}>
          <dl className="referrals">
            {otherReferrals.map((referral) => (
              <div key={referral.target}>
                <dt>{referral.name}</dt>
                <dd>{referral.contact}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}

      {recommendation.alternatives.length > 0 && (
        <Section title={t('triage.alternativesTitle')}>
          <ul>
            {recommendation.alternatives.map((alternative) => (
              <li key={alternative.text}>
                <strong>
                  {t('triage.level', {
                    level: alternative.level,
                    name: locale.pick(helpLevelNames[alternative.level]),
                  })}
                  :
                </strong>{' '}
                {alternative.text}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {recommendation.guideSlugs.length > 0 && (
        <Section title={t('triage.guidesTitle')}>
          <ul className="guide-links">
            {recommendation.guideSlugs.map((slug) => (
              <li key={slug}>
                <a
                  href={pathTo('guide', { slug })}
                  target="_blank"
                  rel="noopener"
                  onClick={() => onOpenGuide?.(slug)}
                  onAuxClick={() => onOpenGuide?.(slug)}
                >
                  {guideTitle(slug)}
                  {newTab}
                </a>{' '}
                <a
                  href={handoutUrl(slug)}
                  target="_blank"
                  rel="noopener"
                  className="guide-links__handout"
                  onClick={() => onOpenGuide?.(slug)}
                  aria-label={`${t('triage.handoutFor', { guide: guideTitle(slug) })} ${t('triage.opensInNewTab')}`}
                >
                  {t('triage.handout')}
                </a>
                <HandoutLanguages slug={slug} guideTitle={guideTitle(slug)} danishShown />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {recommendation.legalNotes.length > 0 && (
        <details className="recommendation__more" open={!folded}>
          <summary>
            {t('triage.legalNotesTitle')} ({recommendation.legalNotes.length})
          </summary>
          {recommendation.legalNotes.map((note) => (
            <div key={note.key} className="legal-note">
              <h4>{note.title}</h4>
              <p>
                {note.text}{' '}
                {note.sourceUrl && (
                  <a href={note.sourceUrl} target="_blank" rel="noreferrer">
                    {t('triage.source')}
                    {newTab}
                  </a>
                )}
              </p>
            </div>
          ))}
        </details>
      )}

      {(moreReasons.length > 0 || recommendation.because.length > 0 || recommendation.nextTime.length > 0) && (
        <details className="recommendation__more" open={!folded}>
          <summary>{t('triage.moreDetailsTitle')}</summary>
          {moreReasons.length > 0 && (
            <ul>
              {moreReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          {recommendation.because.length > 0 && (
            <dl className="because">
              {recommendation.because.map((answer) => (
                <div key={answer.questionId}>
                  <dt>{answer.question}</dt>
                  <dd>{answer.answer}</dd>
                </div>
              ))}
            </dl>
          )}
          {recommendation.nextTime.length > 0 && (
            <Section title={t('triage.nextTimeTitle')}>
              <ul>
                {recommendation.nextTime.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </Section>
          )}
        </details>
      )}

      <p className="recommendation__version">
        {t('triage.flowVersion', { category: recommendation.flowCategoryKey, version: recommendation.flowVersion })}
      </p>
    </section>
  );
}
