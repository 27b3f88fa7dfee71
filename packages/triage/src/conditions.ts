import type { Answers, AnswerValue, Condition } from '@digihjaelp/contract';

/** Does the condition hold for these answers? An unanswered question matches no value. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, answers));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const answer = answers[condition.question];
  if (answer === undefined) return false;
  return 'is' in condition ? answer === condition.is : condition.in.includes(answer);
}

/** Every question a condition looks at, with the values it compares against. */
export function comparisons(condition: Condition): { question: string; values: AnswerValue[]; path: string }[] {
  const walk = (part: Condition, path: string): { question: string; values: AnswerValue[]; path: string }[] => {
    if ('all' in part) return part.all.flatMap((child, index) => walk(child, `${path}.all.${index}`));
    if ('any' in part) return part.any.flatMap((child, index) => walk(child, `${path}.any.${index}`));
    if ('not' in part) return walk(part.not, `${path}.not`);
    return [{ question: part.question, values: 'is' in part ? [part.is] : part.in, path }];
  };
  return walk(condition, '');
}

/** How many nodes a condition has: what evaluating it once costs. */
export function conditionSize(condition: Condition): number {
  if ('all' in condition) return 1 + condition.all.reduce((sum, part) => sum + conditionSize(part), 0);
  if ('any' in condition) return 1 + condition.any.reduce((sum, part) => sum + conditionSize(part), 0);
  if ('not' in condition) return 1 + conditionSize(condition.not);
  return 1;
}
