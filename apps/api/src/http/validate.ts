import type { RequestHandler } from 'express';
import { z } from 'zod';
import { idSchema, type FieldIssue } from '@digihjaelp/contract';
import { AppError } from './app-error';

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export function validationError(issues: FieldIssue[]): AppError {
  const fields = [...new Set(issues.map((issue) => issue.path || '(body)'))].join(', ');
  return new AppError('validation', `Ugyldige felter: ${fields}`, { fields: issues });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}

/**
 * Checks body and query against the endpoint's schemas. Parsed values replace the raw ones
 * (`res.locals.query` for the query, since Express 5 makes `req.query` read-only).
 */
export function validate(schemas: { body?: z.ZodType; query?: z.ZodType }): RequestHandler {
  return (request, response, next) => {
    if (schemas.body) request.body = parseOrThrow(schemas.body, request.body ?? {});
    if (schemas.query) response.locals.query = parseOrThrow(schemas.query, request.query);
    next();
  };
}

const idParams = z.object({ id: idSchema });

/** The `:id` path parameter, which must be a UUID (else 400 naming `id`). */
export function idParam(params: Record<string, string>): string {
  return parseOrThrow(idParams, params).id;
}
