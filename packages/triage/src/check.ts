import {
  flowDefinitionSchema,
  type Condition,
  type FieldIssue,
  type FlowDefinition,
  type FlowQuestion,
  type GuideStatus,
} from '@digihjaelp/contract';
import { allowedValues, answerLabel } from './answers';
import { comparisons, holds } from './conditions';
import { decidingRule } from './evaluate';
import { mitIdRuleGuideSlug } from './legal-notes';
import { enumeratePaths, TooManyPathsError, type FlowPath } from './paths';

/** DOMAIN/issue: a visit asks 2–6 questions. */
export const questionsPerVisit = { min: 2, max: 6 };
const shownExamples = 3;

export type FlowCheck =
  | { ok: true; flow: FlowDefinition; problems: []; pathCount: number }
  | { ok: false; problems: FieldIssue[]; pathCount: number };

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function describePath(flow: FlowDefinition, path: FlowPath): string {
  return path.asked
    .map((id) => {
      const question = flow.questions.find((candidate) => candidate.id === id);
      const value = path.answers[id];
      return question && value !== undefined ? `${id} = ${answerLabel(question, value)}` : id;
    })
    .join(', ');
}

/** A condition may only look at known questions asked before `beforeIndex`, with values they accept. */
function referenceProblems(
  condition: Condition,
  where: string,
  questions: FlowQuestion[],
  beforeIndex = questions.length,
): FieldIssue[] {
  return comparisons(condition).flatMap(({ question: id, values, path }) => {
    const at = `${where}${path}`;
    const index = questions.findIndex((question) => question.id === id);
    const question = questions[index];
    if (!question) return [{ path: at, message: `Henviser til et spørgsmål, der ikke findes: ${id}` }];
    if (index >= beforeIndex) {
      return [{ path: at, message: `Kan kun afhænge af spørgsmål, der stilles før: ${id} kommer ikke før` }];
    }
    const allowed = allowedValues(question);
    return values
      .filter((value) => !allowed.includes(value))
      .map((value) => ({
        path: at,
        message: `Spørgsmålet ${id} har ikke svaret ${JSON.stringify(value)} (mulige: ${allowed.map((v) => JSON.stringify(v)).join(', ')})`,
      }));
  });
}

/** The knowledge base as a flow sees it: every guide's status by its slug. A flow links only published guides. */
export type GuideStatuses = ReadonlyMap<string, GuideStatus>;

/** Why a flow may not link the guide, or undefined when it may. */
function guideLinkProblem(slug: string, guides: GuideStatuses): string | undefined {
  switch (guides.get(slug)) {
    case 'published':
      return undefined;
    case 'archived':
      return `Vejledningen er arkiveret: ${slug}. Fjern linket, eller vælg en anden vejledning.`;
    case undefined:
      return `Vejledningen findes ikke: ${slug}`;
    default:
      return `Vejledningen er ikke udgivet endnu: ${slug}`;
  }
}

function structureProblems(flow: FlowDefinition, guides: GuideStatuses): FieldIssue[] {
  const problems: FieldIssue[] = [];
  for (const id of duplicates(flow.questions.map((question) => question.id))) {
    problems.push({ path: 'questions', message: `Spørgsmålets id bruges flere gange: ${id}` });
  }
  for (const id of duplicates(flow.rules.map((rule) => rule.id))) {
    problems.push({ path: 'rules', message: `Reglens id bruges flere gange: ${id}` });
  }
  flow.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (question.kind === 'choice' && !question.options) {
      problems.push({ path: `${at}.options`, message: `Valgspørgsmålet ${question.id} mangler svarmuligheder` });
    }
    if (question.kind === 'yesNo' && question.options) {
      problems.push({
        path: `${at}.options`,
        message: `Ja/nej-spørgsmålet ${question.id} kan ikke have svarmuligheder`,
      });
    }
    for (const value of duplicates((question.options ?? []).map((option) => option.value))) {
      problems.push({ path: `${at}.options`, message: `Svarmuligheden ${value} findes flere gange i ${question.id}` });
    }
    if (question.showIf) problems.push(...referenceProblems(question.showIf, `${at}.showIf`, flow.questions, index));
  });
  if (typeof flow.involvesLogin !== 'boolean') {
    problems.push(...referenceProblems(flow.involvesLogin, 'involvesLogin', flow.questions));
  }
  flow.rules.forEach((rule, index) => {
    const at = `rules.${index}`;
    if (rule.when) problems.push(...referenceProblems(rule.when, `${at}.when`, flow.questions));
    (rule.guideSlugs ?? []).forEach((slug, slugIndex) => {
      const problem = guideLinkProblem(slug, guides);
      if (problem) problems.push({ path: `${at}.guideSlugs.${slugIndex}`, message: problem });
    });
  });
  if (guideLinkProblem(mitIdRuleGuideSlug, guides)) {
    problems.push({ path: 'involvesLogin', message: `Vejledningen om MitID-reglen mangler: ${mitIdRuleGuideSlug}` });
  }
  return problems;
}

function pathProblems(flow: FlowDefinition, paths: FlowPath[], rulesWithBadReferences: Set<number>): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const deadEnds = paths.filter(
    (path) => !decidingRule(flow.rules.filter((rule) => !rule.when || holds(rule.when, path.answers))),
  );
  if (deadEnds.length > 0) {
    const examples = deadEnds.slice(0, shownExamples).map((path) => `«${describePath(flow, path)}»`);
    problems.push({
      path: 'rules',
      message: `Blindgyde: ingen regel giver en anbefaling i ${deadEnds.length} forløb, fx ${examples.join('; ')}`,
    });
  }
  const outOfRange = paths.filter(
    (path) => path.asked.length < questionsPerVisit.min || path.asked.length > questionsPerVisit.max,
  );
  const example = outOfRange[0];
  if (example) {
    problems.push({
      path: 'questions',
      message:
        `Et besøg skal stille ${questionsPerVisit.min}–${questionsPerVisit.max} spørgsmål, men ${outOfRange.length} forløb ` +
        `stiller ${example.asked.length}, fx «${describePath(flow, example)}»`,
    });
  }
  flow.questions.forEach((question, index) => {
    if (!paths.some((path) => path.asked.includes(question.id))) {
      problems.push({ path: `questions.${index}`, message: `Spørgsmålet ${question.id} stilles aldrig (uopnåeligt)` });
    }
  });
  flow.rules.forEach((rule, index) => {
    const { when } = rule;
    if (rulesWithBadReferences.has(index) || !when) return;
    if (!paths.some((path) => holds(when, path.answers))) {
      problems.push({ path: `rules.${index}.when`, message: `Reglen ${rule.id} gælder aldrig i noget forløb` });
    }
  });
  return problems;
}

/**
 * The static check a flow must pass before it is saved: valid shape (levels on the ladder),
 * references to existing questions and answers and to published guides, no question that is never asked, no
 * rule that never applies, 2–6 questions per visit, and no dead end — every possible visit
 * ends in a recommendation. Every problem names where it is.
 */
export function checkFlow(input: unknown, context: { guides: GuideStatuses }): FlowCheck {
  const parsed = flowDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      pathCount: 0,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  const flow = parsed.data;
  const structural = structureProblems(flow, context.guides);
  const rulesWithBadReferences = new Set(
    structural.flatMap((problem) => {
      const match = /^rules\.(\d+)\.when/.exec(problem.path);
      return match ? [Number(match[1])] : [];
    }),
  );
  let paths: FlowPath[];
  try {
    paths = enumeratePaths(flow);
  } catch (error) {
    if (!(error instanceof TooManyPathsError)) throw error;
    return { ok: false, pathCount: 0, problems: [...structural, { path: 'questions', message: error.message }] };
  }
  const problems = [...structural, ...pathProblems(flow, paths, rulesWithBadReferences)];
  return problems.length === 0
    ? { ok: true, flow, problems: [], pathCount: paths.length }
    : { ok: false, problems, pathCount: paths.length };
}
