import { useEffect, useState, type DependencyList } from 'react';
import { ApiError } from './api';

interface ApiData<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/** Loads data when a dependency changes (cancelling the previous load); `reload` fetches again. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, dependencies: DependencyList) {
  const [state, setState] = useState<ApiData<T>>({ loading: true });
  const [reloadCount, setReloadCount] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiError)) throw error;
        setState((previous) => ({ ...previous, error, loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render; the caller's dependencies say when it really changes.
  }, [...dependencies, reloadCount]);

  return { ...state, reload: () => setReloadCount((count) => count + 1) };
}
