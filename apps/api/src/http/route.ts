import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { AuthUser, Endpoint } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';
import { assertAccess } from './access';
import { COMPRESSION_THRESHOLD, compressLarge } from './compression';
import { validateRequest } from './validate';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type ParsedBody<E> =
  E extends Endpoint<infer Body, z.ZodType | undefined, z.ZodType, z.ZodObject | undefined> ? Parsed<Body> : never;
type ParsedQuery<E> =
  E extends Endpoint<z.ZodType | undefined, infer Query, z.ZodType, z.ZodObject | undefined> ? Parsed<Query> : never;
type ParsedParams<E> =
  E extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, z.ZodType, infer Params> ? Parsed<Params> : never;
type ParsedHeaders<E> =
  E extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, z.ZodType, z.ZodObject | undefined, infer Headers>
    ? Parsed<Headers>
    : never;

export interface RouteContext<E extends Endpoint> {
  /** The path parameters, parsed by the endpoint's `params` schema (undefined when the path has none). */
  params: ParsedParams<E>;
  body: ParsedBody<E>;
  query: ParsedQuery<E>;
  /** The headers the endpoint declares, parsed (undefined when it declares none). */
  headers: ParsedHeaders<E>;
  /** Answer with one of the endpoint's `otherSuccess` statuses instead of its `successStatus`. */
  succeedWith(status: number): void;
  /** Present on every endpoint that is not public. */
  staff: AuthUser;
  request: Request;
  response: Response;
}

/** Middleware one endpoint needs first, e.g. the login's rate limits. */
export interface RouteOptions {
  before?: RequestHandler[];
}

/**
 * `before`, then one handler: the access check, params/body/query validation, then the
 * endpoint's handler with everything parsed. One handler, not three middleware: each step Express
 * walks costs a request more than the check itself.
 */
function mount<E extends Endpoint>(
  router: Router,
  endpoint: E,
  handler: (context: RouteContext<E>, request: Request, response: Response) => Promise<void>,
  options: RouteOptions,
): void {
  const schemas = { params: endpoint.params, body: endpoint.body, query: endpoint.query, headers: endpoint.headers };
  router[endpoint.method](endpoint.path, ...(options.before ?? []), async (request: Request, response: Response) => {
    assertAccess(request, endpoint.access);
    validateRequest(schemas, request, response);
    const context: RouteContext<E> = {
      params: response.locals.params,
      body: request.body,
      query: response.locals.query,
      headers: response.locals.headers,
      succeedWith(status) {
        if (!(status in (endpoint.otherSuccess ?? {}))) throw new Error(`${endpoint.path} does not answer ${status}`);
        response.locals.successStatus = status;
      },
      // assertAccess has refused a request without a session unless the endpoint is public,
      // and a public endpoint's handler has no staff member to read.
      get staff(): AuthUser {
        if (!request.staff) throw new AppError('unauthorized', 'Du skal logge ind');
        return request.staff;
      },
      request,
      response,
    };
    await handler(context, request, response);
  });
}

/**
 * An endpoint's answer checked against its response schema and serialised once, to be sent as it
 * is each time the same answer is given again (e.g. a recommendation reused per flow version):
 * neither `JSON.stringify` nor encoding the string runs per request.
 */
export class PreparedJson<E extends Endpoint = Endpoint> {
  /** Only in the type: a route can send only its own endpoint's prepared answer. */
  declare private readonly endpoint: E;
  private constructor(readonly bytes: Buffer) {}

  /** Throws when the body does not match the endpoint's response schema: a bug, never the client's fault. */
  static of<E extends Endpoint>(endpoint: E, body: z.input<E['response']>): PreparedJson<E> {
    return new PreparedJson<E>(Buffer.from(JSON.stringify(endpoint.response.parse(body))));
  }
}

/**
 * A JSON answer written directly: Express's `json()` would also hash it for an ETag, which no
 * API answer needs (all are `no-store`, never revalidated). Only a large one goes through
 * compression, and only to a client that accepts some encoding (every browser does).
 */
function sendJson(request: Request, response: Response, status: number, body: unknown): void {
  const json = body instanceof PreparedJson ? body.bytes : JSON.stringify(body);
  response.status(status).setHeader('Content-Type', 'application/json; charset=utf-8');
  if (!request.headers['accept-encoding'] || Buffer.byteLength(json) < COMPRESSION_THRESHOLD) response.end(json);
  else compressLarge(request, response, () => response.end(json));
}

/**
 * Mounts one JSON endpoint of the contract: the handler's return value (or its `PreparedJson`) is
 * sent with the endpoint's success status.
 */
export function route<E extends Endpoint>(
  router: Router,
  endpoint: E,
  handler: (context: RouteContext<E>) => Promise<z.input<E['response']> | PreparedJson<E>>,
  options: RouteOptions = {},
): void {
  mount(
    router,
    endpoint,
    async (context, request, response) => {
      const body = await handler(context);
      sendJson(request, response, response.locals.successStatus ?? endpoint.successStatus ?? 200, body);
    },
    options,
  );
}

/**
 * Mounts an endpoint whose answer is not JSON (`responseContentType`, e.g. a CSV download): the
 * handler writes the response itself, after the same access check and validation.
 */
export function routeDownload<E extends Endpoint>(
  router: Router,
  endpoint: E,
  handler: (context: RouteContext<E>) => Promise<void>,
  options: RouteOptions = {},
): void {
  mount(
    router,
    endpoint,
    async (context, request, response) => {
      await new Promise<void>((compressing) => compressLarge(request, response, () => compressing()));
      await handler(context);
    },
    options,
  );
}
