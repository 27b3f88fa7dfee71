import { branchRoutes, categoryRoutes, channelRoutes, metaRoutes, triageRoutes } from '@digihjaelp/contract';
import { useQuery } from '@tanstack/react-query';
import type { Locale, Named } from '../i18n/locale';
import type { SelectOption } from '../ui/select-field';
import { freshFor } from './query-client';
import { apiQuery, dataOf } from './use-api-query';

const reference = { staleTime: freshFor.referenceData };

/**
 * The reference lists, one read each, shared by every screen that shows them: loaded once, then
 * taken from the cache until their own admin screens change them (see refresh-after-write.ts).
 * Each list holds closed entries too; forms offer the active ones.
 */
const referenceQueries = {
  categories: apiQuery(categoryRoutes.list, {}, { ...reference, select: dataOf }),
  branches: apiQuery(branchRoutes.list, {}, { ...reference, select: dataOf }),
  channels: apiQuery(channelRoutes.list, {}, { ...reference, select: dataOf }),
  /** The current flow of every category with one: what the counter screen runs in the browser. */
  triageFlows: apiQuery(triageRoutes.flows, {}, { ...reference, select: dataOf }),
};

export const useCategories = () => useQuery(referenceQueries.categories);
export const useBranches = () => useQuery(referenceQueries.branches);
export const useChannels = () => useQuery(referenceQueries.channels);
export const useTriageFlows = () => useQuery(referenceQueries.triageFlows);

/** The server's version and whether it is a demo (with its logins). */
export const useServerMeta = () => useQuery(apiQuery(metaRoutes.meta, {}, { staleTime: freshFor.fixedWhileRunning }));

/** A select's options: the active entries, named in the reader's language, and the current value even if closed since. */
export function activeOptions(
  items: readonly (Named & { key: string; active: boolean })[],
  locale: Pick<Locale, 'name'>,
  current?: string,
): SelectOption[] {
  return items
    .filter((item) => item.active || item.key === current)
    .map((item) => ({ value: item.key, label: locale.name(item) }));
}
