import { useSyncExternalStore } from 'react';

/** A page whose code (or texts) could not be downloaded, as opposed to one that failed while rendering. */
export class PageLoadFailure extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageLoadFailure';
  }
}

let pending = 0;
const listeners = new Set<() => void>();

function changePending(by: number) {
  pending += by;
  for (const listener of listeners) listener();
}

/**
 * A page's download, counted while it is under way (the frame shows its loading bar) and failing
 * as a `PageLoadFailure`. React starts a lazy page's download while rendering, when another
 * component may not be updated, so the count rises a moment later, in a microtask.
 */
export function trackPageLoad<Page>(load: Promise<Page>): Promise<Page> {
  queueMicrotask(() => changePending(1));
  return load.then(
    (page) => {
      changePending(-1);
      return page;
    },
    (error: unknown) => {
      changePending(-1);
      throw new PageLoadFailure(error);
    },
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const isLoading = () => pending > 0;

/** Whether a page's code is on its way (the next page, or the first one of the visit). */
export function usePageLoading(): boolean {
  return useSyncExternalStore(subscribe, isLoading);
}
