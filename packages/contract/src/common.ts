import { z } from 'zod';

export const idSchema = z.uuid();

/** The largest PostgreSQL `int4`: a number column never has to refuse a larger one with a 500. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole, positive number in a path (a version, a revision number). It arrives as text; the web
 * client passes a number.
 */
export const positiveIntParamSchema = z.coerce.number<number>().int().min(1).max(INT4_MAX);

/** `/…/:id` where the id is a UUID. */
export const idParamsSchema = z.object({ id: idSchema });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageInfoSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** The total is a cap, not a count: more than `total` match (a search counts no further). */
  capped: z.literal(true).optional(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** List responses are always `{ data, page }`. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: pageInfoSchema });
}

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** A staff member as other records name them: who wrote, changed or logged something. */
export const staffRefSchema = z.object({ id: z.uuid(), displayName: z.string() });
