import type { Endpoint, Route, StatsFilterQuery, statsFilterQuerySchema } from '@digihjaelp/contract';
import { useApiQuery, type ReadOptions } from '../../queries/use-api-query';

/** A dashboard endpoint: a GET whose query is the dashboard's filters. */
export type StatsEndpoint = Route<Endpoint<undefined, typeof statsFilterQuerySchema>>;

/** One dashboard endpoint's figures for the filters; the previous figures stay on screen while new ones load. */
export function useStats<E extends StatsEndpoint>(endpoint: E, query: StatsFilterQuery) {
  // Every StatsEndpoint takes the filters as its query; TypeScript cannot see that through E.
  const options = { query } as ReadOptions<E>;
  return useApiQuery(endpoint, options, { keepPrevious: true });
}
