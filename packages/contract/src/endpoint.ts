import type { z } from 'zod';
import type { Permission } from './policies';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call an endpoint: anyone, any signed-in staff member, or the roles holding a permission. */
export type Access = 'public' | 'staff' | Permission;

/** The names of the `:name` placeholders in an Express-style path, e.g. `'slug' | 'number'`. */
export type PathParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** A schema for every placeholder of the path, and nothing else. */
export type ParamsSchemaFor<Path extends string> = z.ZodObject<{ [Name in PathParamNames<Path>]: z.ZodType }>;

/**
 * One API endpoint, described once: the API validates against it, the web client is typed
 * by it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
  Params extends z.ZodObject | undefined = z.ZodObject | undefined,
  Headers extends z.ZodObject | undefined = z.ZodObject | undefined,
> {
  method: HttpMethod;
  /** Express-style path, e.g. `/api/staff/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** The `:name` placeholders of the path: they arrive as text, the schema reads them (else 400). */
  params?: Params;
  body?: Body;
  query?: Query;
  /**
   * Request headers the endpoint reads, by their lower-case names (as Node gives them); validated
   * like the body (400 naming the header) and documented as header parameters.
   */
  headers?: Headers;
  /** More than the summary says, for the OpenAPI description (Markdown). */
  description?: string;
  response: Response;
  successStatus?: number;
  /** Other success statuses the endpoint may answer with, and when (e.g. a replayed request). */
  otherSuccess?: Record<number, string>;
  /** When the success body is not JSON (e.g. a CSV download). */
  responseContentType?: 'text/csv' | 'text/html';
}

/** What `endpoint()` needs: `params` exactly when the path has placeholders, naming each of them. */
type Definition<
  Path extends string,
  Body extends z.ZodType | undefined,
  Query extends z.ZodType | undefined,
  Response extends z.ZodType,
  Params extends ParamsSchemaFor<Path> | undefined,
  Headers extends z.ZodObject | undefined,
> = Omit<Endpoint<Body, Query, Response, Params, Headers>, 'path' | 'params'> & { path: Path } & ([
    PathParamNames<Path>,
  ] extends [never]
    ? { params?: undefined }
    : { params: Params & NoExtraKeys<Params, PathParamNames<Path>> });

/** A schema with a key the path has no placeholder for is refused (`never`). */
type NoExtraKeys<Params, Names extends string> =
  Params extends z.ZodObject<infer Shape> ? ([Exclude<keyof Shape, Names>] extends [never] ? unknown : never) : unknown;

export function endpoint<
  Path extends string,
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Response extends z.ZodType = z.ZodType,
  Params extends ParamsSchemaFor<Path> | undefined = undefined,
  Headers extends z.ZodObject | undefined = undefined,
>(
  definition: Definition<Path, Body, Query, Response, Params, Headers>,
): Endpoint<Body, Query, Response, Params, Headers> {
  return definition;
}

declare const endpointType: unique symbol;

/**
 * An endpoint as the browser calls it: its method and path (from `routeTable`), typed by the
 * endpoint's schemas, which exist here only for the compiler, so a client never loads them.
 */
export interface Route<E extends Endpoint = Endpoint> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly [endpointType]: E;
}

/** What a client calls: a route (the web app), or an endpoint itself where its schemas are loaded anyway. */
export type Callable = Route | Endpoint;

/** The endpoint behind a route, or the endpoint itself: the types below read either. */
type EndpointOf<E> = E extends Route<infer Described> ? Described : E;

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;

export type BodyOf<E> =
  EndpointOf<E> extends Endpoint<infer B, z.ZodType | undefined, z.ZodType, z.ZodObject | undefined>
    ? InputOf<B>
    : never;
export type QueryOf<E> =
  EndpointOf<E> extends Endpoint<z.ZodType | undefined, infer Q, z.ZodType, z.ZodObject | undefined>
    ? InputOf<Q>
    : never;
/** The path parameters a client passes, e.g. `{ slug: string; number: number }`; undefined without any. */
export type ParamsOf<E> =
  EndpointOf<E> extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, z.ZodType, infer P> ? InputOf<P> : never;
/** The headers a client may send, e.g. `{ 'idempotency-key'?: string }`; undefined without any. */
export type HeadersOf<E> =
  EndpointOf<E> extends Endpoint<
    z.ZodType | undefined,
    z.ZodType | undefined,
    z.ZodType,
    z.ZodObject | undefined,
    infer H
  >
    ? InputOf<H>
    : never;
export type ResponseOf<E> =
  EndpointOf<E> extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, infer R, z.ZodObject | undefined>
    ? z.output<R>
    : never;

/**
 * The endpoint's path with its `:name` placeholders filled in from `params`, each URI-encoded:
 * how every client (the web app, the tests) addresses an endpoint.
 */
export function pathFor(endpoint: Pick<Endpoint, 'path'>, params: object = {}): string {
  const values = new Map(Object.entries(params));
  return endpoint.path.replace(/:(\w+)/g, (_placeholder, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${endpoint.path}`);
    return encodeURIComponent(String(value));
  });
}
