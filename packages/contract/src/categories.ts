import { z } from 'zod';

/** Problem categories (DOMAIN.md). The database holds the editable list; these are the seeded ones. */
export const categoryKeySchema = z
  .string()
  .regex(/^[a-z0-9-]{2,40}$/, 'Ukendt kategori');
export type CategoryKey = z.infer<typeof categoryKeySchema>;

export const categorySchema = z.object({
  key: categoryKeySchema,
  nameDa: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  urgent: z.boolean().describe('Always handled as urgent (fraud)'),
  active: z.boolean(),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryListResponseSchema = z.object({ data: z.array(categorySchema) });
export type CategoryListResponse = z.infer<typeof categoryListResponseSchema>;
