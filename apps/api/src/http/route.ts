import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { AuthUser, Endpoint } from '@digihjaelp/contract';
import { requireAccess } from './access';
import { validate } from './validate';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type ParsedBody<E> = E extends Endpoint<infer Body, z.ZodType | undefined, z.ZodType> ? Parsed<Body> : never;
type ParsedQuery<E> = E extends Endpoint<z.ZodType | undefined, infer Query, z.ZodType> ? Parsed<Query> : never;

export interface RouteContext<E extends Endpoint> {
  body: ParsedBody<E>;
  query: ParsedQuery<E>;
  params: Record<string, string>;
  /** Present on every endpoint that is not public. */
  staff: AuthUser;
  request: Request;
  response: Response;
}

/**
 * Mounts one contract endpoint: access check, body/query validation, then the handler, whose
 * return value is sent as JSON with the endpoint's success status.
 */
export function route<E extends Endpoint>(
  router: Router,
  endpoint: E,
  handler: (context: RouteContext<E>) => Promise<z.input<E['response']>>,
): void {
  router[endpoint.method](
    endpoint.path,
    requireAccess(endpoint.access),
    validate({ body: endpoint.body, query: endpoint.query }),
    async (request: Request, response: Response) => {
      const result = await handler({
        body: request.body,
        query: response.locals.query,
        params: request.params as Record<string, string>,
        staff: request.staff as AuthUser,
        request,
        response,
      });
      response.status(endpoint.successStatus ?? 200).json(result);
    },
  );
}
