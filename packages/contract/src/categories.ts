import { z } from 'zod';
import { textSchema } from './common';

/** Problem categories (docs/DOMAIN.md). The database holds the editable list; these are the seeded ones. */
export const categoryKeySchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'Ukendt kategori');

/** `/…/:key` of one category. */
export const categoryParamsSchema = z.object({ key: categoryKeySchema });

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

const categoryNameSchema = textSchema().trim().min(1, 'Skriv et navn').max(120);

export const createCategoryRequestSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'Brug 2-40 tegn: små bogstaver a-z, tal og bindestreg'),
  nameDa: categoryNameSchema,
  nameEn: categoryNameSchema,
  urgent: z.boolean().default(false),
});
export type CreateCategoryRequest = z.infer<typeof createCategoryRequestSchema>;

/** Rename, mark urgent, or (de)activate. A deactivated category stays on old guides and cases. */
export const updateCategoryRequestSchema = z
  .object({ nameDa: categoryNameSchema, nameEn: categoryNameSchema, urgent: z.boolean(), active: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Angiv mindst ét felt');
export type UpdateCategoryRequest = z.infer<typeof updateCategoryRequestSchema>;

/** The new display order: every category key exactly once. */
export const reorderCategoriesRequestSchema = z.object({ keys: z.array(categoryKeySchema).min(1).max(200) });

export const categoryResponseSchema = z.object({ data: categorySchema });
