import type { Condition, FlowDefinition } from '@digihjaelp/contract';

/**
 * For tests of the check's bound: `questions` yes/no questions (2^questions paths) and `rules`
 * rules whose conditions have `conditionsPerRule` leaves each, plus one rule that always decides.
 */
export function buildLargeFlow(options: {
  questions: number;
  rules: number;
  conditionsPerRule: number;
}): FlowDefinition {
  const questions = Array.from({ length: options.questions }, (_, index) => ({
    id: `q${index}`,
    text: `Spørgsmål ${index + 1}?`,
    kind: 'yesNo' as const,
  }));
  const leaf = (index: number): Condition => ({ question: `q${index % options.questions}`, is: index % 2 === 0 });
  const rules = Array.from({ length: options.rules }, (_, rule) => ({
    id: `regel-${rule}`,
    when: { any: Array.from({ length: options.conditionsPerRule }, (_, index) => leaf(rule + index)) },
    reason: `Regel ${rule + 1} gælder.`,
  }));
  return {
    title: 'Et stort flow',
    involvesLogin: false,
    questions,
    rules: [...rules, { id: 'altid', outcome: { level: 2 }, reason: 'Hjælp til selvhjælp.' }],
  };
}
