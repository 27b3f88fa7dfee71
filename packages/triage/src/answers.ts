import type { Answers, AnswerValue, FieldIssue, FlowDefinition, FlowQuestion } from '@digihjaelp/contract';
import { holds } from './conditions';

/** The values a question accepts: true/false for yes/no, the option values for a choice. */
export function allowedValues(question: FlowQuestion): AnswerValue[] {
  return question.kind === 'yesNo' ? [true, false] : (question.options ?? []).map((option) => option.value);
}

export function answerLabel(question: FlowQuestion, value: AnswerValue): string {
  if (question.kind === 'yesNo') return value === true ? 'Ja' : 'Nej';
  return question.options?.find((option) => option.value === value)?.label ?? String(value);
}

/**
 * The questions shown for these answers, in order, and the answers that count: an answer to a
 * question that is hidden (because an earlier answer changed) is dropped.
 */
export function visibleQuestions(
  flow: FlowDefinition,
  answers: Answers,
): { questions: FlowQuestion[]; answers: Answers } {
  const counted: Answers = {};
  const questions: FlowQuestion[] = [];
  for (const question of flow.questions) {
    if (question.showIf && !holds(question.showIf, counted)) continue;
    questions.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) counted[question.id] = answer;
  }
  return { questions, answers: counted };
}

/** The first shown question still unanswered, or undefined when the visit is fully answered. */
export function nextQuestion(flow: FlowDefinition, answers: Answers): FlowQuestion | undefined {
  const visible = visibleQuestions(flow, answers);
  return visible.questions.find((question) => visible.answers[question.id] === undefined);
}

/**
 * Problems with answers given to a flow, each naming the field (`answers.<id>`): an unknown
 * question, a value of the wrong type or not among the options, a shown question left unanswered.
 */
export function answerProblems(flow: FlowDefinition, answers: Answers): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const byId = new Map(flow.questions.map((question) => [question.id, question]));
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      problems.push({ path: `answers.${id}`, message: `Ukendt spørgsmål: ${id}` });
    } else if (question.kind === 'yesNo' && typeof value !== 'boolean') {
      problems.push({ path: `answers.${id}`, message: 'Svaret skal være ja eller nej (true/false)' });
    } else if (question.kind === 'choice' && !allowedValues(question).includes(value)) {
      problems.push({
        path: `answers.${id}`,
        message: `Svaret skal være en af: ${allowedValues(question).join(', ')}`,
      });
    }
  }
  if (problems.length > 0) return problems;
  for (const question of visibleQuestions(flow, answers).questions) {
    if (answers[question.id] === undefined) {
      problems.push({ path: `answers.${question.id}`, message: `Mangler svar: ${question.text}` });
    }
  }
  return problems;
}
