import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';

/**
 * An error the user must notice: announced at once and focused, so keyboard users continue
 * from it to the fields it is about. Renders nothing without a message.
 */
export function Alert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="message message--error">
      {message}
    </div>
  );
}

/**
 * Confirms that something worked. The region is always rendered, empty or not, because
 * screen readers only announce changes inside a live region they already know.
 */
export function Status({ message }: { message: string | undefined }) {
  return (
    <div role="status" className={message ? 'message message--success' : 'message--empty'}>
      {message}
    </div>
  );
}

/**
 * A form's error. The server's message as it is, except for invalid fields: those are marked
 * at the fields themselves, and the server's summary would only name them technically.
 */
export function FormError({ error }: { error: ApiError | undefined }) {
  const { t } = useTranslation();
  const marksFields = error?.code === 'validation' && error.fieldIssues.length > 0;
  return <Alert message={marksFields ? t('form.fixFields') : error?.message} />;
}
