import type { Callable } from '@digihjaelp/contract';
import type { QueryKey } from '@tanstack/react-query';

/** What a read sends besides its endpoint: the values of the path's placeholders, and its query. */
export interface ReadInput {
  params?: object;
  query?: unknown;
}

/**
 * The cache key of a read: the contract endpoint's path pattern, then its path params and query
 * (empty objects when it has none). Every key is built here, so a write can find every read of a
 * path, and two screens reading the same thing share one request.
 */
export function queryKeyFor(endpoint: Callable, { params = {}, query = {} }: ReadInput = {}) {
  return [endpoint.path, params, query] as const;
}

/** The endpoint path and params of a key built by `queryKeyFor`; undefined for any other key. */
export function readOfKey(key: QueryKey): { path: string; params: object } | undefined {
  const [path, params] = key;
  if (typeof path !== 'string' || typeof params !== 'object' || params === null) return undefined;
  return { path, params };
}
