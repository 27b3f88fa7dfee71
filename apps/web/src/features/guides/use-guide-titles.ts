import { useCallback, useMemo } from 'react';
import { guideLabel } from './guide-label';
import { usePublishedGuides } from './use-published-guides';

/**
 * A guide's title by its slug, for every place that shows guides by reference (the counter's
 * recommendation, the case form and page, statistics): records keep the slug, people read the
 * title. A slug without a published guide (archived since) reads as its words.
 */
export function useGuideTitle(): (slug: string) => string {
  const guides = usePublishedGuides();
  const titles = useMemo(() => new Map(guides.data?.map((guide) => [guide.slug, guide.title])), [guides.data]);
  return useCallback((slug: string) => titles.get(slug) ?? guideLabel(slug), [titles]);
}
