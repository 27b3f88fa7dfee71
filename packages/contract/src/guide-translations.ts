import { z } from './zod';
import { citizenLanguageSchema, languageCodeSchema } from './citizen-languages';
import { staffRefSchema } from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';
import { diffPartSchema, guideParamsSchema } from './guides';

/** A translation is a draft until a lead publishes it; only published ones are handed out. */
export const translationStatuses = ['draft', 'published'] as const;
export const translationStatusSchema = z.enum(translationStatuses);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** `/api/guides/:slug/translations/:language…` */
export const translationParamsSchema = guideParamsSchema.extend({ language: languageCodeSchema });

/** What a translator writes: the guide's citizen text in another language. */
export const translationContentSchema = z.object({
  title: z.string().trim().min(1, 'Skriv en titel').max(200),
  /** Empty where the Danish handout has none (a staff guide's citizen section). */
  summary: z.string().trim().max(600).default(''),
  body: z.string().trim().min(1, 'Skriv teksten til borgeren').max(50_000),
  /** Written by someone who is not a native speaker: check before a municipality relies on it. */
  needsNativeCheck: z.boolean().default(true),
});
export type TranslationContent = z.infer<typeof translationContentSchema>;

export const saveTranslationRequestSchema = translationContentSchema.extend({
  /** The Danish guide's version the text was translated from. */
  baseVersion: z.number().int().min(1),
  /** The translation's version the change was made on; leave out to write a new translation (409 if one exists). */
  version: z.number().int().min(1).optional(),
  changeNote: z.string().trim().max(500).optional(),
});
export type SaveTranslationRequest = z.infer<typeof saveTranslationRequestSchema>;

export const changeTranslationStatusRequestSchema = z.object({
  status: translationStatusSchema,
  version: z.number().int().min(1),
});
export type ChangeTranslationStatusRequest = z.infer<typeof changeTranslationStatusRequestSchema>;

/** One translation as lists show it: enough to mark it stale or unpublished. */
export const translationSummarySchema = z.object({
  slug: z.string(),
  language: z.string(),
  title: z.string(),
  status: translationStatusSchema,
  version: z.number().int(),
  baseVersion: z.number().int(),
  /** The Danish citizen text has changed since the version it was translated from ("forældet"). */
  stale: z.boolean(),
  needsNativeCheck: z.boolean(),
  translatedBy: staffRefSchema,
  translatedAt: z.iso.datetime(),
});
export type TranslationSummary = z.infer<typeof translationSummarySchema>;

export const translationOverviewResponseSchema = z.object({
  data: z.object({
    /** The languages this installation offers, in the counter's order. */
    languages: z.array(citizenLanguageSchema),
    translations: z.array(translationSummarySchema),
  }),
});
export type TranslationOverview = z.infer<typeof translationOverviewResponseSchema>['data'];

/** The Danish citizen text, as the handout prints it. */
export const danishCitizenTextSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  html: z.string(),
  /** The printed text, one line per heading, paragraph or list item: what the diff compares. */
  text: z.string(),
});
export type DanishCitizenText = z.infer<typeof danishCitizenTextSchema>;

export const guideTranslationListResponseSchema = z.object({
  data: z.object({
    /** What a translation translates; null when the guide has no handout. */
    danish: danishCitizenTextSchema.nullable(),
    translations: z.array(translationSummarySchema),
  }),
});

export const translationDetailSchema = translationSummarySchema.extend({
  summary: z.string(),
  body: z.string(),
  /** The text as the handout prints it. */
  bodyHtml: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  /** The Danish citizen text now. */
  danish: danishCitizenTextSchema,
  /** What changed in the Danish citizen text since `baseVersion`, line by line; empty when not stale. */
  danishChanges: z.array(diffPartSchema),
});
export type TranslationDetail = z.infer<typeof translationDetailSchema>;
export const translationResponseSchema = z.object({ data: translationDetailSchema });

export const translationRevisionSchema = z.object({
  number: z.number().int(),
  status: translationStatusSchema,
  baseVersion: z.number().int(),
  author: staffRefSchema,
  createdAt: z.iso.datetime(),
  changeNote: z.string().nullable(),
});
export const translationRevisionListResponseSchema = z.object({ data: z.array(translationRevisionSchema) });

export const translationEndpoints = {
  overview: endpoint({
    ...routeTable.translations.overview,
    summary: 'The configured citizen languages and every translation, marked stale when the Danish text moved on',
    tag: 'translations',
    access: 'staff',
    response: translationOverviewResponseSchema,
  }),
  list: endpoint({
    ...routeTable.translations.list,
    summary: "A guide's translations, one per language",
    tag: 'translations',
    access: 'staff',
    params: guideParamsSchema,
    response: guideTranslationListResponseSchema,
  }),
  get: endpoint({
    ...routeTable.translations.get,
    summary: 'One translation with the Danish text beside it and what changed in Danish since it was made',
    tag: 'translations',
    access: 'staff',
    params: translationParamsSchema,
    response: translationResponseSchema,
  }),
  save: endpoint({
    ...routeTable.translations.save,
    summary: 'Write or change a translation as a new revision; published ones only by leads; 409 on a stale version',
    tag: 'translations',
    access: 'staff',
    params: translationParamsSchema,
    body: saveTranslationRequestSchema,
    response: translationResponseSchema,
  }),
  changeStatus: endpoint({
    ...routeTable.translations.changeStatus,
    summary: 'Publish a translation or take it back to draft (leads and admins)',
    tag: 'translations',
    access: 'reviewGuides',
    params: translationParamsSchema,
    body: changeTranslationStatusRequestSchema,
    response: translationResponseSchema,
  }),
  revisions: endpoint({
    ...routeTable.translations.revisions,
    summary: 'Every saved revision of a translation, newest first',
    tag: 'translations',
    access: 'staff',
    params: translationParamsSchema,
    response: translationRevisionListResponseSchema,
  }),
};
