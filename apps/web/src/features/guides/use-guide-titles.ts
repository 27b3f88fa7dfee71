import { guideEndpoints, type ResponseOf } from '@digihjaelp/contract';
import { useCallback } from 'react';
import { freshFor } from '../../queries/query-client';
import { useApiQuery } from '../../queries/use-api-query';
import { guideLabel } from './guide-label';

const titlesBySlug = (response: ResponseOf<typeof guideEndpoints.list>) =>
  new Map(response.data.map((guide) => [guide.slug, guide.title]));

/**
 * A guide's title by its slug, for every place that shows guides by reference (the counter's
 * recommendation, the case form and page, statistics): records keep the slug, people read the
 * title. One read of the published guides, shared and kept like reference data; a slug without
 * a published guide (archived since) reads as its words until then.
 */
export function useGuideTitle(): (slug: string) => string {
  const titles = useApiQuery(
    guideEndpoints.list,
    { query: { pageSize: 200 } },
    { staleTime: freshFor.referenceData, select: titlesBySlug },
  );
  return useCallback((slug: string) => titles.data?.get(slug) ?? guideLabel(slug), [titles.data]);
}
