import type { Callable, ResponseOf } from '@digihjaelp/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request, type RequestOptions } from '../api';
import { queryKeyFor } from './query-keys';

/** A read's path params and query, typed by its contract endpoint. */
export type ReadOptions<E extends Callable> = Pick<RequestOptions<E>, 'params' | 'query'>;

interface ReadBehaviour<Response, Data> {
  /** See `freshFor`; by default a read is fetched again whenever a screen showing it opens. */
  staleTime?: number;
  /** Shapes the answer (e.g. to its `data`); a function defined once, so the result stays the same object. */
  select?: (response: Response) => Data;
  /** For lists that page or filter: the previous answer stays on screen while the next one loads. */
  keepPrevious?: boolean;
  /** False while the read cannot be made yet. */
  enabled?: boolean;
}

// A GET endpoint has no body, which `request`'s argument list cannot see through a type parameter.
const read = request as <E extends Callable>(
  endpoint: E,
  options: ReadOptions<E> & { signal: AbortSignal },
) => Promise<ResponseOf<E>>;

/** A contract endpoint as a cached read: the key from `queryKeyFor`, the fetch through `request()`. */
export function apiQuery<E extends Callable, Data = ResponseOf<E>>(
  endpoint: E,
  options: ReadOptions<E> = {},
  { staleTime, select, keepPrevious = false, enabled }: ReadBehaviour<ResponseOf<E>, Data> = {},
) {
  return queryOptions({
    queryKey: queryKeyFor(endpoint, options),
    queryFn: ({ signal }) => read(endpoint, { ...options, signal }),
    staleTime,
    select,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    enabled,
  });
}

/** Reads a contract endpoint through the cache; the result re-renders the screen as it changes. */
export function useApiQuery<E extends Callable, Data = ResponseOf<E>>(
  endpoint: E,
  options?: ReadOptions<E>,
  behaviour?: ReadBehaviour<ResponseOf<E>, Data>,
) {
  return useQuery(apiQuery(endpoint, options, behaviour));
}

/** For `select`: most answers wrap their content as `{ data }`. */
export const dataOf = <T>(response: { data: T }): T => response.data;
