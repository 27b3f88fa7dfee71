import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { fieldIssues, validationError } from '../kernel/app-error';

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}

/**
 * Checks the path parameters, body and query against the endpoint's schemas (400 naming the
 * fields). Parsed values go to `res.locals` (params, query; Express 5 makes `req.query`
 * read-only) and replace `req.body`.
 */
export function validate(schemas: { params?: z.ZodType; body?: z.ZodType; query?: z.ZodType }): RequestHandler {
  return (request, response, next) => {
    if (schemas.params) response.locals.params = parseOrThrow(schemas.params, request.params);
    if (schemas.body) request.body = parseOrThrow(schemas.body, request.body ?? {});
    if (schemas.query) response.locals.query = parseOrThrow(schemas.query, request.query);
    next();
  };
}
