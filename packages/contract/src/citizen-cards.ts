import { z } from './zod';
import { citizenLanguageSchema } from './citizen-languages';
import { staffRefSchema } from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';

export const cardKeySchema = z
  .string()
  .trim()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Brug små bogstaver a-z, tal og enkelte bindestreger');

/** `/api/citizen-cards/:key` */
export const cardParamsSchema = z.object({ key: cardKeySchema });

/** A sentence per language code; `da` is what the staff member reads on the chooser. */
export const cardTextsSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(400));

/**
 * "Vis til borgeren": one sentence the staff member needs to get across, shown full screen in the
 * citizen's language.
 */
export const citizenCardSchema = z.object({
  key: z.string(),
  position: z.number().int(),
  texts: cardTextsSchema,
  version: z.number().int(),
  updatedBy: staffRefSchema.nullable(),
  updatedAt: z.iso.datetime(),
});
export type CitizenCard = z.infer<typeof citizenCardSchema>;

export const citizenCardListResponseSchema = z.object({
  data: z.object({ languages: z.array(citizenLanguageSchema), cards: z.array(citizenCardSchema) }),
});
export type CitizenCardList = z.infer<typeof citizenCardListResponseSchema>['data'];

export const updateCardRequestSchema = z.object({
  /** Every configured language and Danish; a language left out keeps no text. */
  texts: cardTextsSchema.refine((texts) => Boolean(texts.da), { message: 'Skriv den danske sætning', path: ['da'] }),
  version: z.number().int().min(1),
});
export type UpdateCardRequest = z.infer<typeof updateCardRequestSchema>;
export const citizenCardResponseSchema = z.object({ data: citizenCardSchema });

export const citizenCardEndpoints = {
  list: endpoint({
    ...routeTable.citizenCards.list,
    summary: 'The show-the-citizen cards with their sentences in every configured language',
    tag: 'translations',
    access: 'staff',
    response: citizenCardListResponseSchema,
  }),
  update: endpoint({
    ...routeTable.citizenCards.update,
    summary: "Change a card's sentences (leads and admins); 409 when someone else saved first",
    tag: 'translations',
    access: 'reviewGuides',
    params: cardParamsSchema,
    body: updateCardRequestSchema,
    response: citizenCardResponseSchema,
  }),
};
