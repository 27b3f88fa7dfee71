import { z } from './zod';
import { textSchema } from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';

/**
 * Where and how a visit happens: branches (filialer) and channels (kanaler). Both are short lists
 * kept by admins; cases refer to them by key, so a key never changes once created.
 */
export const listKeySchema = z
  .string()
  .regex(/^[a-z0-9-]{2,40}$/, 'Brug 2–40 tegn: små bogstaver a-z, tal og bindestreg');

/** `/…/:key` of one branch or channel. */
export const listKeyParamsSchema = z.object({ key: listKeySchema });

export const adminListItemSchema = z.object({
  key: listKeySchema,
  nameDa: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const branchSchema = adminListItemSchema;
export type Branch = z.infer<typeof branchSchema>;
export const channelSchema = adminListItemSchema;
export type Channel = z.infer<typeof channelSchema>;

const nameSchema = textSchema().trim().min(1, 'Skriv et navn').max(100);

export const createListItemRequestSchema = z.object({
  key: listKeySchema,
  nameDa: nameSchema,
  nameEn: nameSchema,
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type CreateListItemRequest = z.infer<typeof createListItemRequestSchema>;

export const updateListItemRequestSchema = z
  .object({
    nameDa: nameSchema,
    nameEn: nameSchema,
    sortOrder: z.number().int().min(0).max(10_000),
    active: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Angiv mindst ét felt');
export type UpdateListItemRequest = z.infer<typeof updateListItemRequestSchema>;

export const listItemResponseSchema = z.object({ data: adminListItemSchema });
export const listItemsResponseSchema = z.object({ data: z.array(adminListItemSchema) });

/** The same four endpoints for branches and for channels: everyone reads, admins edit. */
function adminListEndpoints(routes: (typeof routeTable)['branches' | 'channels'], tag: string, what: string) {
  return {
    list: endpoint({
      ...routes.list,
      summary: `${what} in display order, inactive ones included`,
      tag,
      access: 'staff',
      response: listItemsResponseSchema,
    }),
    create: endpoint({
      ...routes.create,
      summary: `Add to ${what.toLowerCase()}`,
      tag,
      access: 'manageReferenceLists',
      body: createListItemRequestSchema,
      response: listItemResponseSchema,
      successStatus: 201,
    }),
    update: endpoint({
      ...routes.update,
      summary: `Rename, reorder or (de)activate one of ${what.toLowerCase()}; the key stays`,
      tag,
      access: 'manageReferenceLists',
      params: listKeyParamsSchema,
      body: updateListItemRequestSchema,
      response: listItemResponseSchema,
    }),
  };
}

export const branchEndpoints = adminListEndpoints(routeTable.branches, 'branches', 'Branches');
export const channelEndpoints = adminListEndpoints(routeTable.channels, 'channels', 'Channels');
