import { findPersonalDataInFields, type PersonalDataIssue } from '@digihjaelp/privacy';
import { AppError } from './app-error';

/** How a feature words the refusal, when the guard's own words (about case notes) do not fit. */
export type PersonalDataWording = (issues: PersonalDataIssue[]) => { message: string; fields: PersonalDataIssue[] };

/**
 * Refuses free text that holds a CPR-like number, an e-mail address or a phone number:
 * 422 `personal_data`, naming each field, saving nothing. Call it on every free-text field.
 */
export function assertNoPersonalData(
  fields: Record<string, string | null | undefined>,
  wording?: PersonalDataWording,
): void {
  const issues = findPersonalDataInFields(fields);
  const [first] = issues;
  if (!first) return;
  const { message, fields: details } = wording?.(issues) ?? { message: first.message, fields: issues };
  throw new AppError('personal_data', message, { fields: details });
}
