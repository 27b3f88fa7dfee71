import { z } from './zod';
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
  searchWords: z.array(z.string()).describe('What citizens call it; the counter matches these as well as the name'),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryListResponseSchema = z.object({ data: z.array(categorySchema) });

const categoryNameSchema = textSchema().trim().min(1, 'Skriv et navn').max(120);

export const MAX_CATEGORY_SEARCH_WORDS = 60;
/** Each a word or short phrase; duplicates (ignoring case) and empty ones are dropped. */
export const categorySearchWordsSchema = z
  .array(z.string().trim().max(60, 'Højst 60 tegn pr. søgeord'))
  .max(MAX_CATEGORY_SEARCH_WORDS, `Højst ${MAX_CATEGORY_SEARCH_WORDS} søgeord`)
  .transform((words) => [
    ...new Map(words.filter((word) => word !== '').map((word) => [word.toLocaleLowerCase('da'), word])).values(),
  ]);

export const createCategoryRequestSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'Brug 2-40 tegn: små bogstaver a-z, tal og bindestreg'),
  nameDa: categoryNameSchema,
  nameEn: categoryNameSchema,
  urgent: z.boolean().default(false),
  searchWords: categorySearchWordsSchema.default([]),
});
export type CreateCategoryRequest = z.input<typeof createCategoryRequestSchema>;

/** Rename, mark urgent, edit the search words, or (de)activate. A deactivated category stays on old guides and cases. */
export const updateCategoryRequestSchema = z
  .object({
    nameDa: categoryNameSchema,
    nameEn: categoryNameSchema,
    urgent: z.boolean(),
    active: z.boolean(),
    searchWords: categorySearchWordsSchema,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Angiv mindst ét felt');
export type UpdateCategoryRequest = z.infer<typeof updateCategoryRequestSchema>;

/** The new display order: every category key exactly once. */
export const reorderCategoriesRequestSchema = z.object({ keys: z.array(categoryKeySchema).min(1).max(200) });

export const categoryResponseSchema = z.object({ data: categorySchema });
