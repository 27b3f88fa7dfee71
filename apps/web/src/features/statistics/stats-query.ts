import { useSearchParams } from 'react-router';
import {
  DEFAULT_PERIOD,
  pathFor,
  periodPresets,
  statsRoutes,
  type StatsFilterQuery,
  type StatsTable,
} from '@digihjaelp/contract';

const filterKeys = ['period', 'from', 'to', 'branchKey', 'channelKey', 'categoryKey', 'staffId'] as const;

/** The dashboard's filters live in the address, so a view can be bookmarked, shared and reloaded. */
export function useStatsQuery(): [StatsFilterQuery, (query: StatsFilterQuery) => void] {
  const [params, setParams] = useSearchParams();
  const setQuery = (next: StatsFilterQuery) => setParams(toSearchParams(next));
  return [queryFromSearchParams(params), setQuery];
}

/** The filters named in an address; without a period or a start date, the default (the last complete month). The server validates them. */
export function queryFromSearchParams(params: URLSearchParams): StatsFilterQuery {
  const query: StatsFilterQuery = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) Object.assign(query, { [key]: value });
  }
  if (!query.period && !query.from) query.period = DEFAULT_PERIOD;
  return query;
}

export function toSearchParams(query: StatsFilterQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The address of a CSV download: the same filters, so the file holds what the page shows. */
export function csvUrl(table: StatsTable, query: StatsFilterQuery): string {
  return `${pathFor(statsRoutes.export, { table })}?${toSearchParams(query).toString()}`;
}

export const presetOptions = [...periodPresets, 'custom'] as const;
