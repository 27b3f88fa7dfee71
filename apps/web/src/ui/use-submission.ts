import { useCallback, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';

/**
 * Runs one API action at a time and keeps its `ApiError` for the form to show. Any other error is
 * a bug: it is rethrown while rendering, so the page's error boundary shows it with "Prøv igen".
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [, setCrash] = useState<never>();
  const running = useRef(false);

  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else
        setCrash(() => {
          throw caught;
        });
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);

  const onSubmit = useCallback(
    (action: () => Promise<void>) => (event: FormEvent) => {
      event.preventDefault();
      void run(action);
    },
    [run],
  );

  return { pending, error, run, onSubmit };
}
