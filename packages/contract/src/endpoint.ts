import { z } from 'zod';
import type { Role } from './auth';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call an endpoint: anyone, any signed-in staff member, or only the listed roles. */
export type Access = 'public' | 'staff' | readonly Role[];

/**
 * One API endpoint, described once: the API validates against it, the web client is typed
 * by it, and the OpenAPI document is generated from it.
 */
export interface Endpoint<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express-style path, e.g. `/api/staff/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: Body;
  query?: Query;
  response: Response;
  successStatus?: number;
  /** When the success body is not JSON (e.g. a CSV download). */
  responseContentType?: 'text/csv';
}

export function endpoint<
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Response extends z.ZodType = z.ZodType,
>(definition: Endpoint<Body, Query, Response>): Endpoint<Body, Query, Response> {
  return definition;
}

export type BodyOf<E> =
  E extends Endpoint<infer B, z.ZodType | undefined, z.ZodType>
    ? B extends z.ZodType
      ? z.input<B>
      : undefined
    : never;
export type QueryOf<E> =
  E extends Endpoint<z.ZodType | undefined, infer Q, z.ZodType>
    ? Q extends z.ZodType
      ? z.input<Q>
      : undefined
    : never;
export type ResponseOf<E> =
  E extends Endpoint<z.ZodType | undefined, z.ZodType | undefined, infer R> ? z.output<R> : never;
