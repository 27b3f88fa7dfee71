import {
  branchRoutes,
  caseRoutes,
  categoryRoutes,
  guideRoutes,
  metaRoutes,
  statsRoutes,
  triageRoutes,
  type Callable,
} from '@digihjaelp/contract';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { queryKeyFor, type ReadInput } from './query-keys';
import { effectOfWrite, refreshAfterWrite } from './refresh-after-write';

const read = (endpoint: Callable, input: ReadInput = {}) => ({
  path: endpoint.path,
  params: input.params ?? {},
});

describe('the rule', () => {
  it('refreshes reference data only after writes to its own list', () => {
    expect(effectOfWrite(categoryRoutes.update, { key: 'tax' }, read(categoryRoutes.list))).toBe('refresh');
    expect(effectOfWrite(categoryRoutes.reorder, {}, read(categoryRoutes.list))).toBe('refresh');
    expect(effectOfWrite(caseRoutes.create, {}, read(categoryRoutes.list))).toBe('keep');
    expect(effectOfWrite(caseRoutes.create, {}, read(branchRoutes.list))).toBe('keep');
    expect(effectOfWrite(categoryRoutes.create, {}, read(branchRoutes.list))).toBe('keep');
    expect(effectOfWrite(triageRoutes.saveVersion, { categoryKey: 'mitid' }, read(triageRoutes.flows))).toBe('refresh');
    expect(effectOfWrite(categoryRoutes.update, {}, read(metaRoutes.meta))).toBe('keep');
    // The guide list (and the counter's guide titles) changes with guides, not with a logged case.
    expect(effectOfWrite(caseRoutes.create, {}, read(guideRoutes.list))).toBe('keep');
    expect(effectOfWrite(guideRoutes.changeStatus, { slug: 'a' }, read(guideRoutes.list))).toBe('refresh');
  });

  it('refreshes every other read after any write: one change shows in many places', () => {
    expect(effectOfWrite(caseRoutes.create, {}, read(caseRoutes.list))).toBe('refresh');
    expect(effectOfWrite(caseRoutes.create, {}, read(statsRoutes.keyFigures))).toBe('refresh');
    expect(effectOfWrite(categoryRoutes.update, {}, read(statsRoutes.filterOptions))).toBe('refresh');
    expect(
      effectOfWrite(guideRoutes.giveFeedback, { slug: 'a' }, read(guideRoutes.get, { params: { slug: 'a' } })),
    ).toBe('refresh');
  });

  it('forgets the reads of a deleted thing instead of asking for them again', () => {
    const deleted = { id: 'case-1' };
    expect(effectOfWrite(caseRoutes.delete, deleted, read(caseRoutes.get, { params: deleted }))).toBe('forget');
    expect(effectOfWrite(caseRoutes.delete, deleted, read(caseRoutes.audit, { params: deleted }))).toBe('forget');
    expect(effectOfWrite(caseRoutes.delete, deleted, read(caseRoutes.get, { params: { id: 'case-2' } }))).toBe(
      'refresh',
    );
    expect(effectOfWrite(caseRoutes.delete, deleted, read(caseRoutes.list))).toBe('refresh');
  });

  it('changes nothing after a request that stores nothing', () => {
    expect(effectOfWrite(triageRoutes.check, {}, read(caseRoutes.list))).toBe('keep');
    expect(effectOfWrite(triageRoutes.evaluate, {}, read(statsRoutes.keyFigures))).toBe('keep');
  });
});

describe('refreshing a real cache', () => {
  let client: QueryClient;
  const fetches: string[] = [];
  const stopWatching: (() => void)[] = [];

  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } } });
    fetches.length = 0;
  });
  afterEach(() => {
    for (const stop of stopWatching.splice(0)) stop();
    client.clear();
  });

  /** A read as a screen holds it: loaded earlier, and watched (so it counts as on screen). */
  function onScreen(endpoint: Callable, input: ReadInput = {}) {
    const queryKey = queryKeyFor(endpoint, input);
    client.setQueryData(queryKey, { data: 'earlier' });
    const observer = new QueryObserver(client, {
      queryKey,
      queryFn: async () => {
        fetches.push(endpoint.path);
        return { data: 'now' };
      },
    });
    stopWatching.push(observer.subscribe(() => undefined));
    return queryKey;
  }
  const cached = (endpoint: Callable, input: ReadInput = {}) => {
    const queryKey = queryKeyFor(endpoint, input);
    client.setQueryData(queryKey, { data: 'earlier' });
    return queryKey;
  };

  it('after logging a case: fetches the case list on screen again, keeps the reference lists, drops the rest', async () => {
    onScreen(caseRoutes.list, { query: { page: 1 } });
    onScreen(categoryRoutes.list);
    const statistics = cached(statsRoutes.keyFigures, { query: { period: 'this-month' } });
    const branches = cached(branchRoutes.list);

    await refreshAfterWrite(client, caseRoutes.create, {});

    expect(fetches).toEqual([caseRoutes.list.path]);
    expect(client.getQueryData(queryKeyFor(caseRoutes.list, { query: { page: 1 } }))).toEqual({ data: 'now' });
    expect(client.getQueryData(statistics)).toBeUndefined();
    expect(client.getQueryData(branches)).toEqual({ data: 'earlier' });
  });

  it('after deleting a case: asks for neither it nor its history again, but marks them stale', async () => {
    const record = onScreen(caseRoutes.get, { params: { id: 'case-1' } });
    onScreen(caseRoutes.audit, { params: { id: 'case-1' } });

    await refreshAfterWrite(client, caseRoutes.delete, { id: 'case-1' });

    expect(fetches).toEqual([]);
    expect(client.getQueryState(record)?.isInvalidated).toBe(true);
  });

  it('after renaming a category: fetches the categories on screen again', async () => {
    onScreen(categoryRoutes.list);
    await refreshAfterWrite(client, categoryRoutes.update, { key: 'tax' });
    expect(fetches).toEqual([categoryRoutes.list.path]);
  });
});

it('keys a read by its endpoint path, params and query, so equal reads share one entry', () => {
  expect(queryKeyFor(guideRoutes.get, { params: { slug: 'a' } })).toEqual(['/api/guides/:slug', { slug: 'a' }, {}]);
  expect(queryKeyFor(categoryRoutes.list)).toEqual(['/api/categories', {}, {}]);
  const client = new QueryClient();
  client.setQueryData(queryKeyFor(caseRoutes.list, { query: { page: 1, pageSize: 25 } }), 'first');
  expect(client.getQueryData(queryKeyFor(caseRoutes.list, { query: { pageSize: 25, page: 1 } }))).toBe('first');
  client.clear();
});
