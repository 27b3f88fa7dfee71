import type { Request, Response } from 'express';
import type { z } from 'zod';
import { fieldIssues, validationError } from '../kernel/app-error';

/**
 * Deeper than anything the contract describes (a flow's conditions nest a handful of levels).
 * Validators recurse, so a body nested thousands of levels deep would overflow the stack.
 */
const MAX_NESTING = 32;

function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [part, depth] = next;
    if (part === null || typeof part !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(part)) pending.push([child, depth + 1]);
  }
  return false;
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldIssues(result.error));
  return result.data;
}

export interface RequestSchemas {
  params?: z.ZodType;
  body?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodObject;
}

/**
 * Checks the path parameters, declared headers, body and query against the endpoint's schemas
 * (throws 400 naming the fields). Parsed values go to `res.locals` (params, query, headers;
 * Express 5 makes `req.query` read-only) and replace `req.body`.
 */
export function validateRequest(schemas: RequestSchemas, request: Request, response: Response): void {
  if (schemas.params) response.locals.params = parseOrThrow(schemas.params, request.params);
  // Only the headers the endpoint declares are read; the others (cookies, proxies' own) are not its business.
  if (schemas.headers) {
    const declared = Object.keys(schemas.headers.shape).map((name) => [name, request.headers[name]]);
    response.locals.headers = parseOrThrow(schemas.headers, Object.fromEntries(declared));
  }
  if (schemas.body) {
    if (nestedDeeperThan(request.body, MAX_NESTING)) {
      throw validationError([{ path: '(body)', message: `Indholdet er indlejret mere end ${MAX_NESTING} niveauer` }]);
    }
    request.body = parseOrThrow(schemas.body, request.body ?? {});
  }
  if (schemas.query) response.locals.query = parseOrThrow(schemas.query, request.query);
}
