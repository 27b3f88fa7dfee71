import type { Answers, FlowDefinition, FlowRule, LegalNoteKey, Recommendation } from '@digihjaelp/contract';
import { answerLabel, visibleQuestions } from './answers';
import { comparisons, holds } from './conditions';
import { legalNotes, mitIdMustNot, mitIdRuleGuideSlug } from './legal-notes';
import { referralContacts } from './referrals';

export interface CategoryFacts {
  /** The category is handled as urgent (fraud), unless the path's rules say it is not (`urgent: false`). */
  urgent: boolean;
}

/** docs/DOMAIN.md: guided self-help is the default level; used only by a flow that never passed the static check. */
const defaultLevel = 2;

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function lowestLevelRule(rules: FlowRule[]): FlowRule | undefined {
  let lowest: FlowRule | undefined;
  for (const rule of rules) {
    if (rule.outcome && 'level' in rule.outcome) {
      if (!lowest || rule.outcome.level < (lowest.outcome as { level: number }).level) lowest = rule;
    }
  }
  return lowest;
}

/**
 * The deciding rule among those that apply: anything staff must refuse comes first, then a
 * referral, then the lowest help level that solves the problem (docs/DOMAIN.md).
 */
export function decidingRule(applying: FlowRule[]): FlowRule | undefined {
  return (
    applying.find((rule) => rule.outcome && 'notPermitted' in rule.outcome) ??
    applying.find((rule) => rule.outcome && 'referral' in rule.outcome) ??
    lowestLevelRule(applying)
  );
}

export function involvesLogin(flow: FlowDefinition, answers: Answers): boolean {
  return typeof flow.involvesLogin === 'boolean' ? flow.involvesLogin : holds(flow.involvesLogin, answers);
}

/**
 * Derives the recommendation for a flow's answers. Always returns one: a flow without a deciding
 * rule for some answers fails the static check, and should one slip through, the ladder's default
 * level is recommended with a reason saying so.
 */
export function evaluateFlow(flow: FlowDefinition, answers: Answers, category: CategoryFacts): Recommendation {
  const counted = visibleQuestions(flow, answers).answers;
  const applying = flow.rules.filter((rule) => !rule.when || holds(rule.when, counted));
  const decider = decidingRule(applying);
  const contributing = [...(decider ? [decider] : []), ...applying.filter((rule) => !rule.outcome)];
  const login = involvesLogin(flow, counted);
  const outcome = decider?.outcome ?? { level: defaultLevel };

  const reasons = contributing.map((rule) => rule.reason);
  if (!decider)
    reasons.unshift(
      'Flowet gav ingen anbefaling for disse svar, så standardniveauet bruges. Bed en teamleder rette flowet.',
    );
  // An urgent category (fraud) stays urgent unless this path says otherwise, e.g. "nothing happened, learn the signs".
  const categoryUrgent = category.urgent && !contributing.some((rule) => rule.urgent === false);
  if (categoryUrgent) reasons.push('Kategorien behandles som hastende.');

  const noteKeys: LegalNoteKey[] = unique([
    ...(login ? (['mitid-personal'] as const) : []),
    ...contributing.flatMap((rule) => rule.legalNotes ?? []),
  ]);
  const referralTargets = unique([
    ...('referral' in outcome ? [outcome.referral] : []),
    ...contributing.flatMap((rule) => rule.referrals ?? []),
  ]);
  const questionsById = new Map(flow.questions.map((question) => [question.id, question]));
  const because = unique(
    (decider?.when ? comparisons(decider.when) : []).map((comparison) => comparison.question),
  ).flatMap((id) => {
    const question = questionsById.get(id);
    const answer = counted[id];
    if (!question || answer === undefined) return [];
    return [{ questionId: id, question: question.text, answer: answerLabel(question, answer) }];
  });

  return {
    kind: 'level' in outcome ? 'level' : 'referral' in outcome ? 'referral' : 'notPermitted',
    level: 'level' in outcome ? (outcome.level as Recommendation['level']) : null,
    referral: 'referral' in outcome ? referralContacts[outcome.referral] : null,
    alternatives:
      'notPermitted' in outcome
        ? outcome.notPermitted.alternatives.map((alternative) => ({
            level: alternative.level as 1 | 2 | 3 | 4 | 5,
            text: alternative.text,
          }))
        : [],
    urgent: categoryUrgent || contributing.some((rule) => rule.urgent === true),
    reasons,
    because,
    legalNotes: noteKeys.map((key) => legalNotes[key]),
    mustNot: unique([...contributing.flatMap((rule) => rule.mustNot ?? []), ...(login ? mitIdMustNot : [])]),
    guideSlugs: unique([
      ...contributing.flatMap((rule) => rule.guideSlugs ?? []),
      ...(login ? [mitIdRuleGuideSlug] : []),
    ]),
    referrals: referralTargets.map((target) => referralContacts[target]),
    nextTime: unique(contributing.flatMap((rule) => rule.nextTime ?? [])),
  };
}
