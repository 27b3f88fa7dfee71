import {
  authRoutes,
  branchRoutes,
  categoryRoutes,
  channelRoutes,
  citizenCardRoutes,
  guideRoutes,
  metaRoutes,
  trainingRoutes,
  translationRoutes,
  triageRoutes,
  type Callable,
} from '@digihjaelp/contract';
import type { Query, QueryClient } from '@tanstack/react-query';
import { readOfKey } from './query-keys';

/**
 * Long-lived reference data, and the writes that change it. Only those writes refresh it, so the
 * counter screen never reloads its lists because a case was logged. The server's meta and the
 * training scenarios come with the running version and change with none.
 */
const referenceData: { read: Callable; changedBy: readonly Callable[] }[] = [
  { read: categoryRoutes.list, changedBy: Object.values(categoryRoutes) },
  { read: branchRoutes.list, changedBy: Object.values(branchRoutes) },
  { read: channelRoutes.list, changedBy: Object.values(channelRoutes) },
  { read: triageRoutes.flows, changedBy: [triageRoutes.saveVersion] },
  // Guide summaries (search results, the counter's guide titles) hold nothing but guides' own data.
  { read: guideRoutes.list, changedBy: Object.values(guideRoutes) },
  { read: metaRoutes.meta, changedBy: [] },
  { read: trainingRoutes.scenarios, changedBy: [] },
  // Which translations exist and are stale: changed by translations and by the Danish guides.
  {
    read: translationRoutes.overview,
    changedBy: [
      ...Object.values(translationRoutes),
      guideRoutes.update,
      guideRoutes.changeStatus,
      guideRoutes.restore,
      guideRoutes.decideProposal,
    ],
  },
  { read: citizenCardRoutes.list, changedBy: [citizenCardRoutes.update] },
];

/**
 * Requests that are POSTs but store nothing: checking or evaluating a flow. Signing in and out
 * empties the whole cache instead (see the auth provider), and a new password changes no data.
 */
const storesNothing: readonly Callable[] = [
  triageRoutes.check,
  triageRoutes.evaluate,
  authRoutes.login,
  authRoutes.logout,
  authRoutes.changePassword,
];

/** What a successful write does to one cached read. */
type WriteEffect = 'keep' | 'refresh' | 'forget';

/**
 * The rule, in one place: reference data is refreshed by writes to its own list; every other read
 * (cases, guides, statistics, staff, goals, training …) by any write, because one change shows in
 * many places (lists, figures, names). The reads of a deleted thing are forgotten, not reloaded.
 */
export function effectOfWrite(write: Callable, params: object, read: { path: string; params: object }): WriteEffect {
  if (storesNothing.includes(write)) return 'keep';
  const reference = referenceData.find((entry) => entry.read.path === read.path);
  if (reference) return reference.changedBy.includes(write) ? 'refresh' : 'keep';
  const readParams = new Map(Object.entries(read.params));
  const deleted =
    write.method === 'delete' &&
    read.path.startsWith(write.path) &&
    Object.entries(params).every(([name, value]) => String(readParams.get(name)) === String(value));
  return deleted ? 'forget' : 'refresh';
}

/**
 * Brings the cache up to date after a write: reads on screen are fetched again (and awaited), reads
 * not on screen are dropped so that no page ever shows what was true before the write; a deleted
 * thing's reads are marked stale without fetching them (they would only answer "not found").
 */
export async function refreshAfterWrite(client: QueryClient, write: Callable, params: object): Promise<void> {
  const effectOn = (query: Query) => {
    const read = readOfKey(query.queryKey);
    return read ? effectOfWrite(write, params, read) : 'keep';
  };
  client.removeQueries({ type: 'inactive', predicate: (query) => effectOn(query) !== 'keep' });
  const forgotten = (query: Query) => effectOn(query) === 'forget';
  await client.cancelQueries({ predicate: forgotten });
  await client.invalidateQueries({ predicate: forgotten, refetchType: 'none' });
  await client.invalidateQueries({ predicate: (query) => effectOn(query) === 'refresh' });
}
