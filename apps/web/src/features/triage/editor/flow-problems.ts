import type { FieldIssue, FlowDefinition } from '@digihjaelp/contract';

/** The parts of a question or rule the editor can name in words ("teksten", "begrundelsen" …). */
export const namedFields = [
  'id',
  'text',
  'help',
  'kind',
  'options',
  'showIf',
  'when',
  'outcome',
  'reason',
  'mustNot',
  'nextTime',
  'legalNotes',
  'guideSlugs',
  'referrals',
  'title',
  'involvesLogin',
] as const;
export type NamedField = (typeof namedFields)[number];

export type FlowPlace = { list: 'questions' | 'rules'; index: number } | { list: 'flow' };

/** A check problem as the editor shows it: where (question 1, rule 3 or the flow), which field, and why. */
export interface FlowProblem {
  place: FlowPlace;
  field?: NamedField;
  /** The field is empty: the editor says "teksten mangler" rather than the schema's wording. */
  missing: boolean;
  message: string;
}

function isNamedField(segment: string | undefined): segment is NamedField {
  return (namedFields as readonly string[]).includes(segment ?? '');
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Places a problem of the static check (or of the schema, on the save's 400 with `definition.`
 * before the path) in the flow: `questions.0.text` is question 1's text.
 */
export function placeFlowProblem(problem: FieldIssue, draft: FlowDefinition): FlowProblem {
  const segments = problem.path.split('.').filter(Boolean);
  if (segments[0] === 'definition') segments.shift();
  const [list, position, field] = segments;
  if ((list === 'questions' || list === 'rules') && position !== undefined && /^\d+$/.test(position)) {
    const named = isNamedField(field) ? field : undefined;
    return {
      place: { list, index: Number(position) },
      field: named,
      missing: named !== undefined && segments.length === 3 && isEmpty(valueAt(draft, segments)),
      message: problem.message,
    };
  }
  const named = isNamedField(list) ? list : undefined;
  return {
    place: { list: 'flow' },
    field: named,
    missing: named !== undefined && segments.length === 1 && isEmpty(valueAt(draft, segments)),
    message: problem.message,
  };
}

/** The id of a question's or rule's section in the editor, which the outline and the errors link to. */
export function flowItemAnchor(list: 'questions' | 'rules', index: number): string {
  return `flow-${list === 'questions' ? 'question' : 'rule'}-${index + 1}`;
}
