import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { fieldIssues, validationError } from '../kernel/app-error';

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}

/**
 * Checks the path parameters, declared headers, body and query against the endpoint's schemas (400 naming the
 * fields). Parsed values go to `res.locals` (params, query; Express 5 makes `req.query`
 * read-only) and replace `req.body`.
 */
export function validate(schemas: {
  params?: z.ZodType;
  body?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodObject;
}): RequestHandler {
  return (request, response, next) => {
    if (schemas.params) response.locals.params = parseOrThrow(schemas.params, request.params);
    // Only the headers the endpoint declares are read; the others (cookies, proxies' own) are not its business.
    if (schemas.headers) {
      const declared = Object.keys(schemas.headers.shape).map((name) => [name, request.headers[name]]);
      response.locals.headers = parseOrThrow(schemas.headers, Object.fromEntries(declared));
    }
    if (schemas.body) request.body = parseOrThrow(schemas.body, request.body ?? {});
    if (schemas.query) response.locals.query = parseOrThrow(schemas.query, request.query);
    next();
  };
}
