import { guideRoutes, type ResponseOf } from '@digihjaelp/contract';
import { freshFor } from '../../queries/query-client';
import { useApiQuery } from '../../queries/use-api-query';

export interface GuideChoice {
  slug: string;
  title: string;
}

const choices = (response: ResponseOf<typeof guideRoutes.list>): GuideChoice[] =>
  response.data.map(({ slug, title }) => ({ slug, title }));

/**
 * The published guides by slug and title — what a triage flow may link. One read, kept like
 * reference data until a write (publishing or archiving a guide among them) refreshes it (see
 * refresh-after-write.ts).
 */
export function usePublishedGuides() {
  return useApiQuery(
    guideRoutes.list,
    { query: { pageSize: 200 } },
    { staleTime: freshFor.referenceData, select: choices },
  );
}
