import {
  branchEndpoints,
  caseEndpoints,
  categoryEndpoints,
  guideEndpoints,
  metaEndpoints,
  statsEndpoints,
  triageEndpoints,
  type Endpoint,
} from '@digihjaelp/contract';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { queryKeyFor, type ReadInput } from './query-keys';
import { effectOfWrite, refreshAfterWrite } from './refresh-after-write';

const read = (endpoint: Endpoint, input: ReadInput = {}) => ({
  path: endpoint.path,
  params: input.params ?? {},
});

describe('the rule', () => {
  it('refreshes reference data only after writes to its own list', () => {
    expect(effectOfWrite(categoryEndpoints.update, { key: 'tax' }, read(categoryEndpoints.list))).toBe('refresh');
    expect(effectOfWrite(categoryEndpoints.reorder, {}, read(categoryEndpoints.list))).toBe('refresh');
    expect(effectOfWrite(caseEndpoints.create, {}, read(categoryEndpoints.list))).toBe('keep');
    expect(effectOfWrite(caseEndpoints.create, {}, read(branchEndpoints.list))).toBe('keep');
    expect(effectOfWrite(categoryEndpoints.create, {}, read(branchEndpoints.list))).toBe('keep');
    expect(effectOfWrite(triageEndpoints.saveVersion, { categoryKey: 'mitid' }, read(triageEndpoints.flows))).toBe(
      'refresh',
    );
    expect(effectOfWrite(categoryEndpoints.update, {}, read(metaEndpoints.meta))).toBe('keep');
    // The guide list (and the counter's guide titles) changes with guides, not with a logged case.
    expect(effectOfWrite(caseEndpoints.create, {}, read(guideEndpoints.list))).toBe('keep');
    expect(effectOfWrite(guideEndpoints.changeStatus, { slug: 'a' }, read(guideEndpoints.list))).toBe('refresh');
  });

  it('refreshes every other read after any write: one change shows in many places', () => {
    expect(effectOfWrite(caseEndpoints.create, {}, read(caseEndpoints.list))).toBe('refresh');
    expect(effectOfWrite(caseEndpoints.create, {}, read(statsEndpoints.keyFigures))).toBe('refresh');
    expect(effectOfWrite(categoryEndpoints.update, {}, read(statsEndpoints.filterOptions))).toBe('refresh');
    expect(
      effectOfWrite(guideEndpoints.giveFeedback, { slug: 'a' }, read(guideEndpoints.get, { params: { slug: 'a' } })),
    ).toBe('refresh');
  });

  it('forgets the reads of a deleted thing instead of asking for them again', () => {
    const deleted = { id: 'case-1' };
    expect(effectOfWrite(caseEndpoints.delete, deleted, read(caseEndpoints.get, { params: deleted }))).toBe('forget');
    expect(effectOfWrite(caseEndpoints.delete, deleted, read(caseEndpoints.audit, { params: deleted }))).toBe('forget');
    expect(effectOfWrite(caseEndpoints.delete, deleted, read(caseEndpoints.get, { params: { id: 'case-2' } }))).toBe(
      'refresh',
    );
    expect(effectOfWrite(caseEndpoints.delete, deleted, read(caseEndpoints.list))).toBe('refresh');
  });

  it('changes nothing after a request that stores nothing', () => {
    expect(effectOfWrite(triageEndpoints.check, {}, read(caseEndpoints.list))).toBe('keep');
    expect(effectOfWrite(triageEndpoints.evaluate, {}, read(statsEndpoints.keyFigures))).toBe('keep');
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
  function onScreen(endpoint: Endpoint, input: ReadInput = {}) {
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
  const cached = (endpoint: Endpoint, input: ReadInput = {}) => {
    const queryKey = queryKeyFor(endpoint, input);
    client.setQueryData(queryKey, { data: 'earlier' });
    return queryKey;
  };

  it('after logging a case: fetches the case list on screen again, keeps the reference lists, drops the rest', async () => {
    onScreen(caseEndpoints.list, { query: { page: 1 } });
    onScreen(categoryEndpoints.list);
    const statistics = cached(statsEndpoints.keyFigures, { query: { period: 'this-month' } });
    const branches = cached(branchEndpoints.list);

    await refreshAfterWrite(client, caseEndpoints.create, {});

    expect(fetches).toEqual([caseEndpoints.list.path]);
    expect(client.getQueryData(queryKeyFor(caseEndpoints.list, { query: { page: 1 } }))).toEqual({ data: 'now' });
    expect(client.getQueryData(statistics)).toBeUndefined();
    expect(client.getQueryData(branches)).toEqual({ data: 'earlier' });
  });

  it('after deleting a case: asks for neither it nor its history again, but marks them stale', async () => {
    const record = onScreen(caseEndpoints.get, { params: { id: 'case-1' } });
    onScreen(caseEndpoints.audit, { params: { id: 'case-1' } });

    await refreshAfterWrite(client, caseEndpoints.delete, { id: 'case-1' });

    expect(fetches).toEqual([]);
    expect(client.getQueryState(record)?.isInvalidated).toBe(true);
  });

  it('after renaming a category: fetches the categories on screen again', async () => {
    onScreen(categoryEndpoints.list);
    await refreshAfterWrite(client, categoryEndpoints.update, { key: 'tax' });
    expect(fetches).toEqual([categoryEndpoints.list.path]);
  });
});

it('keys a read by its endpoint path, params and query, so equal reads share one entry', () => {
  expect(queryKeyFor(guideEndpoints.get, { params: { slug: 'a' } })).toEqual(['/api/guides/:slug', { slug: 'a' }, {}]);
  expect(queryKeyFor(categoryEndpoints.list)).toEqual(['/api/categories', {}, {}]);
  const client = new QueryClient();
  client.setQueryData(queryKeyFor(caseEndpoints.list, { query: { page: 1, pageSize: 25 } }), 'first');
  expect(client.getQueryData(queryKeyFor(caseEndpoints.list, { query: { pageSize: 25, page: 1 } }))).toBe('first');
  client.clear();
});
