import type { Endpoint, ResponseOf, StatsFilterQuery } from '@digihjaelp/contract';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';
import { toSearchParams } from './stats-query';

/** One dashboard endpoint's figures for the current filters, reloaded when they change. */
export function useStats<E extends Endpoint>(endpoint: E, query: StatsFilterQuery) {
  const key = toSearchParams(query).toString();
  return useApiData(
    (signal) => (request as (e: Endpoint, o: object) => Promise<ResponseOf<E>>)(endpoint, { query, signal }),
    [endpoint.path, key],
  );
}
