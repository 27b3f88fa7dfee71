import type { GuideContent } from '@digihjaelp/contract';

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
