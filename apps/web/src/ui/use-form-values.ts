import { useState, type ChangeEvent } from 'react';
import type { ApiError } from '../api';

/**
 * Controlled values for a form whose field names match the request body, so each field can
 * be bound in one spread: its value, change handler and the server's error for it.
 */
export function useFormValues<T extends Record<string, string>>(initial: T, error: ApiError | undefined) {
  const [values, setValues] = useState(initial);

  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: error?.fieldMessage(name),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      // The controls only offer values of the field's type (a select lists exactly the allowed ones).
      setValues((current) => ({ ...current, [name]: event.target.value }) as T),
  });

  return { values, bind, reset: () => setValues(initial) };
}
