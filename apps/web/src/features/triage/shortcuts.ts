import type { AnswerValue, FlowQuestion } from '@digihjaelp/contract';
import { allowedValues } from '@digihjaelp/triage';

/** The answer a key gives to the question being asked: its number, or J/Y and N for yes/no. */
export function answerForKey(question: FlowQuestion, key: string): AnswerValue | undefined {
  const lower = key.toLowerCase();
  if (question.kind === 'yesNo' && (lower === 'j' || lower === 'y')) return true;
  if (question.kind === 'yesNo' && lower === 'n') return false;
  const values = allowedValues(question);
  const index = /^[1-9]$/.test(key) ? Number(key) : 0;
  return index >= 1 && index <= values.length ? values[index - 1] : undefined;
}
