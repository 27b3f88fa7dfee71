import type { ApiError } from '../api';

/** What a screen needs of a read to show it: the data once there, the API's error, and a retry. */
export interface Loadable<T> {
  data: T | undefined;
  error: ApiError | null;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * Several reads as one, by name: the data once every read has arrived, the first error, and a
 * retry of the reads that failed. `allOf({ record, audit }).data?.audit`.
 */
export function allOf<T extends Record<string, unknown>>(loads: { [K in keyof T]: Loadable<T[K]> }): Loadable<T> {
  const entries = Object.entries(loads);
  const complete = entries.every(([, load]) => load.data !== undefined);
  return {
    // Every entry holds its read's data here, which is what T says of each name.
    data: complete ? (Object.fromEntries(entries.map(([name, load]) => [name, load.data])) as T) : undefined,
    error: entries.find(([, load]) => load.error)?.[1].error ?? null,
    isFetching: entries.some(([, load]) => load.isFetching),
    refetch: () => {
      for (const [, load] of entries) if (load.error || load.data === undefined) load.refetch();
    },
  };
}
