import type { z } from 'zod';
import { errorStatus, type ErrorCode, type FieldIssue } from '@digihjaelp/contract';

/**
 * The one error type domain code throws. It knows nothing about HTTP: the error handler in
 * `http/` turns it into the status for its code and `{ error: { code, message, details } }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} findes ikke`);

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** 400 `validation` naming every offending field in `details.fields`. */
export function validationError(issues: FieldIssue[]): AppError {
  const fields = [...new Set(issues.map((issue) => issue.path || '(body)'))].join(', ');
  return new AppError('validation', `Ugyldige felter: ${fields}`, { fields: issues });
}
