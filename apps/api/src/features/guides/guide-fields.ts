import { diffLines, diffWords } from 'diff';
import type { DiffPart, GuideContent, GuideDiff } from '@digihjaelp/contract';

export type ComparableGuide = GuideContent & { status: string };

/**
 * How each field reads when revisions are compared: lists joined, sources one per line. Also the
 * canonical form for "did this field change", so key order inside stored JSON never counts.
 */
export const fieldText: { [field in keyof ComparableGuide]: (value: ComparableGuide[field]) => string } = {
  title: String,
  summary: String,
  body: String,
  categoryKey: String,
  tags: (tags) => tags.join(', '),
  audience: String,
  sources: (sources) => sources.map((source) => `${source.title} – ${source.url}\n`).join(''),
  reviewBy: String,
  related: (slugs) => slugs.join(', '),
  status: String,
};

export function textOf<F extends keyof ComparableGuide>(field: F, guide: ComparableGuide): string {
  return (fieldText[field] as (value: unknown) => string)(guide[field]);
}

const lineByLine = new Set<keyof ComparableGuide>(['body', 'sources']);

function diffField(field: keyof ComparableGuide, before: string, after: string): DiffPart[] {
  const changes = lineByLine.has(field) ? diffLines(before, after) : diffWords(before, after);
  return changes.map((change) => ({
    value: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/** Only the fields that differ, each as parts that stayed, went or came. */
export function diffContents(before: ComparableGuide, after: ComparableGuide): GuideDiff['fields'] {
  return (Object.keys(fieldText) as (keyof ComparableGuide)[]).flatMap((field) => {
    const [old, next] = [textOf(field, before), textOf(field, after)];
    return old === next ? [] : [{ field, parts: diffField(field, old, next) }];
  });
}
