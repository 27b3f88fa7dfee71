import { useCallback, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api';

/** Runs one API action at a time and keeps its `ApiError` for the form to show. */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const running = useRef(false);

  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
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
