import { QueryClient } from '@tanstack/react-query';
import { ApiError, onWriteSucceeded } from '../api';
import { refreshAfterWrite } from './refresh-after-write';

declare module '@tanstack/react-query' {
  interface Register {
    // Screens only ever see the API's errors: anything else is thrown to the page's error boundary.
    defaultError: ApiError;
  }
}

/** How long a read counts as fresh; until then a screen that shows it again takes it from the cache. */
export const freshFor = {
  /** Categories, branches, channels and flows: kept by admins, and refreshed here after their writes. */
  referenceData: 10 * 60_000,
  /** Guide search results: shown at once when going back to the search. */
  guideList: 60_000,
  /** The server's version and demo mode, the training scenarios: fixed while it runs. */
  fixedWhileRunning: Number.POSITIVE_INFINITY,
} as const;

/** An error that is not the API's answer is a bug: the page's error boundary shows it, with a retry. */
function isUnexpected(error: unknown): boolean {
  return !(error instanceof ApiError);
}

/** No connection, or a server that is starting: worth two more tries. An answer such as 404 is not. */
function shouldRetry(failures: number, error: unknown): boolean {
  return failures < 2 && error instanceof ApiError && error.code === 'unavailable';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 0,
        retry: shouldRetry,
        throwOnError: isUnexpected,
        // A screen reloads when it is opened, not when the staff member switches windows mid-visit.
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** From now on every successful write refreshes the reads it changed before its caller continues. */
export function refreshAfterEveryWrite(client: QueryClient): void {
  onWriteSucceeded((endpoint, params) => refreshAfterWrite(client, endpoint, params));
}
