import { findPersonalData, personalDataMessage } from '@digihjaelp/privacy';
import { AppError } from './app-error';

/**
 * Refuses free text that holds a CPR-like number, an e-mail address or a phone number:
 * 422 `personal_data`, naming each field, saving nothing. Call it on every free-text field.
 */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  const problems = Object.entries(fields).flatMap(([path, text]) => {
    const [first] = text ? findPersonalData(text) : [];
    return first ? [{ path, kind: first.kind, message: personalDataMessage(first.kind) }] : [];
  });
  const [first] = problems;
  if (first) throw new AppError('personal_data', first.message, { fields: problems });
}
