import { z } from 'zod';

export const idSchema = z.uuid();

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageInfoSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** List responses are always `{ data, page }`. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: pageInfoSchema });
}

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** A staff member as other records name them: who wrote, changed or logged something. */
export const staffRefSchema = z.object({ id: z.uuid(), displayName: z.string() });
