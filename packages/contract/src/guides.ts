import { z } from './zod';
import { roleSchema } from './auth';
import { categoryKeySchema } from './categories';
import {
  calendarDateSchema,
  hasUnstorableCharacters,
  idSchema,
  listResponseSchema,
  okResponseSchema,
  pageQuerySchema,
  positiveInt4Schema,
  positiveIntParamSchema,
  staffRefSchema,
  textSchema,
} from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';
import { guideStatusSchema } from './guide-status';

export const guideAudiences = ['staff', 'citizen'] as const;
export const guideAudienceSchema = z.enum(guideAudiences);
export type GuideAudience = z.infer<typeof guideAudienceSchema>;

export const guideSlugSchema = z
  .string()
  .trim()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Brug små bogstaver a-z, tal og enkelte bindestreger')
  // The web app's page for writing a new guide is /vejledninger/ny.
  .refine((slug) => slug !== 'ny', 'Adressen "ny" er reserveret');

/** `/api/guides/:slug…`: one guide, by its address. */
export const guideParamsSchema = z.object({ slug: guideSlugSchema });

/** `/api/guides/:slug/revisions/:number…` */
export const revisionParamsSchema = guideParamsSchema.extend({ number: positiveIntParamSchema });
/** `/api/guides/:slug/proposals/:id` */
export const proposalParamsSchema = guideParamsSchema.extend({ id: idSchema });

export const guideSourceSchema = z.object({
  title: textSchema().trim().min(1, 'Skriv kildens navn').max(200),
  url: z
    .url({ protocol: /^https?$/, error: 'Skriv en fuld adresse, der begynder med https://' })
    .refine((url) => !hasUnstorableCharacters(url), 'Adressen indeholder tegn, der ikke kan gemmes'),
});
export type GuideSource = z.infer<typeof guideSourceSchema>;

/** What an editor writes. Also the front matter + body of a file in content/guides. */
export const guideContentSchema = z.object({
  title: textSchema().trim().min(1, 'Skriv en titel').max(200),
  summary: textSchema().trim().min(1, 'Skriv et kort resumé').max(600),
  body: textSchema().max(100_000),
  categoryKey: categoryKeySchema,
  tags: z.array(textSchema().trim().toLowerCase().min(1).max(40)).max(20).default([]),
  audience: guideAudienceSchema,
  sources: z.array(guideSourceSchema).max(20).default([]),
  reviewBy: calendarDateSchema('Skriv en dato som ÅÅÅÅ-MM-DD'),
  /** Slugs of guides the editor chose as related. */
  related: z.array(guideSlugSchema).max(20).default([]),
});
export type GuideContent = z.infer<typeof guideContentSchema>;

const changeNoteSchema = textSchema().trim().max(500).optional();
const expectedVersionSchema = positiveInt4Schema.describe('The version the change was made on (optimistic locking)');

export const createGuideRequestSchema = guideContentSchema.extend({
  slug: guideSlugSchema,
  changeNote: changeNoteSchema,
});
export type CreateGuideRequest = z.infer<typeof createGuideRequestSchema>;

export const updateGuideRequestSchema = guideContentSchema.extend({
  version: expectedVersionSchema,
  changeNote: changeNoteSchema,
});
export type UpdateGuideRequest = z.infer<typeof updateGuideRequestSchema>;

export const changeGuideStatusRequestSchema = z.object({
  status: guideStatusSchema,
  version: expectedVersionSchema,
  changeNote: changeNoteSchema,
});
export type ChangeGuideStatusRequest = z.infer<typeof changeGuideStatusRequestSchema>;

export const restoreRevisionRequestSchema = z.object({ version: expectedVersionSchema, changeNote: changeNoteSchema });
export type RestoreRevisionRequest = z.infer<typeof restoreRevisionRequestSchema>;

const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const guideListQuerySchema = pageQuerySchema.extend({
  q: textSchema().trim().max(200).optional(),
  category: categoryKeySchema.optional(),
  tag: textSchema().trim().toLowerCase().min(1).max(40).optional(),
  /** Without it: published guides. */
  status: guideStatusSchema.optional(),
  audience: guideAudienceSchema.optional(),
  /** Only guides past their review-by date. */
  needsReview: queryFlag.optional(),
});
export type GuideListQuery = z.infer<typeof guideListQuerySchema>;

export const guideSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  categoryKey: z.string(),
  tags: z.array(z.string()),
  audience: guideAudienceSchema,
  status: guideStatusSchema,
  reviewBy: z.iso.date(),
  /** Past its review-by date: shown everywhere the guide is shown. */
  needsReview: z.boolean(),
  updatedAt: z.iso.datetime(),
  /** Safe HTML: escaped text from the guide with the search words in `<mark>`; null without a search. */
  snippet: z.string().nullable(),
});
export type GuideSummary = z.infer<typeof guideSummarySchema>;

export const guideListResponseSchema = listResponseSchema(guideSummarySchema);

export const relatedGuideSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Chosen by the editor; otherwise a suggestion from the same category. */
  chosen: z.boolean(),
});
export type RelatedGuide = z.infer<typeof relatedGuideSchema>;

export const guideDetailSchema = guideContentSchema.extend({
  id: z.uuid(),
  slug: z.string(),
  status: guideStatusSchema,
  version: z.number().int(),
  needsReview: z.boolean(),
  bodyHtml: z.string(),
  /** Whether the guide offers a citizen handout (a citizen guide, or a staff guide with a citizen section). */
  handout: z.boolean(),
  owner: staffRefSchema,
  updatedBy: staffRefSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  relatedGuides: z.array(relatedGuideSchema),
  /** Whether the signed-in staff member confirmed reading this version. */
  readByMe: z.boolean(),
  feedback: z.object({ helpful: z.number().int(), notHelpful: z.number().int() }),
});
export type GuideDetail = z.infer<typeof guideDetailSchema>;
export const guideResponseSchema = z.object({ data: guideDetailSchema });

export const guideRevisionSummarySchema = z.object({
  number: z.number().int(),
  status: guideStatusSchema,
  author: staffRefSchema,
  createdAt: z.iso.datetime(),
  changeNote: z.string().nullable(),
  /** The fields this revision changed compared with the one before (all of them for the first). */
  changedFields: z.array(z.string()),
});
export type GuideRevisionSummary = z.infer<typeof guideRevisionSummarySchema>;
export const guideRevisionListResponseSchema = z.object({ data: z.array(guideRevisionSummarySchema) });

export const guideRevisionSchema = guideRevisionSummarySchema.extend({ content: guideContentSchema });
export type GuideRevision = z.infer<typeof guideRevisionSchema>;
export const guideRevisionResponseSchema = z.object({ data: guideRevisionSchema });

export const diffQuerySchema = z.object({
  from: positiveIntParamSchema,
  to: positiveIntParamSchema,
});

export const diffPartSchema = z.object({
  value: z.string(),
  change: z.enum(['added', 'removed', 'same']),
});
export type DiffPart = z.infer<typeof diffPartSchema>;

export const guideDiffResponseSchema = z.object({
  data: z.object({
    from: z.number().int(),
    to: z.number().int(),
    /** Only the fields that differ; text fields word by word, the body line by line. */
    fields: z.array(z.object({ field: z.string(), parts: z.array(diffPartSchema) })),
  }),
});
export type GuideDiff = z.infer<typeof guideDiffResponseSchema>['data'];

export const guideProposalStatuses = ['open', 'accepted', 'rejected'] as const;
export type GuideProposalStatus = (typeof guideProposalStatuses)[number];

export const guideProposalSchema = z.object({
  id: z.uuid(),
  baseVersion: z.number().int(),
  status: z.enum(guideProposalStatuses),
  author: staffRefSchema,
  createdAt: z.iso.datetime(),
  changeNote: z.string().nullable(),
  content: guideContentSchema,
  /** What the proposal changes compared with the guide's current version. */
  diff: guideDiffResponseSchema.shape.data.shape.fields,
});
export type GuideProposal = z.infer<typeof guideProposalSchema>;
export const guideProposalListResponseSchema = z.object({ data: z.array(guideProposalSchema) });
export const guideProposalResponseSchema = z.object({ data: guideProposalSchema });

/** A proposal as a queue or its sender lists it: which guide, whose, and what became of it. */
export const proposalSummarySchema = z.object({
  id: z.uuid(),
  guide: z.object({ slug: z.string(), title: z.string() }),
  status: z.enum(guideProposalStatuses),
  author: staffRefSchema,
  createdAt: z.iso.datetime(),
  changeNote: z.string().nullable(),
  /** Who accepted or rejected it, and when; null while it is open. */
  decidedBy: staffRefSchema.nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;
export const proposalSummaryListResponseSchema = z.object({ data: z.array(proposalSummarySchema) });

export const decideProposalRequestSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  /** The guide's version the lead looked at: accepting onto a changed guide answers 409. */
  version: expectedVersionSchema,
});
export type DecideProposalRequest = z.infer<typeof decideProposalRequestSchema>;

export const guideFeedbackRequestSchema = z.object({
  helpful: z.boolean(),
  comment: textSchema().trim().max(1000).optional(),
});
export type GuideFeedbackRequest = z.infer<typeof guideFeedbackRequestSchema>;

export const guideFeedbackSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  helpful: z.boolean(),
  comment: z.string().nullable(),
  staff: staffRefSchema,
  createdAt: z.iso.datetime(),
});
export const guideFeedbackListResponseSchema = listResponseSchema(guideFeedbackSchema);

export const confirmReadRequestSchema = z.object({ version: expectedVersionSchema });
export const confirmReadResponseSchema = z.object({
  data: z.object({ version: z.number().int(), confirmedAt: z.iso.datetime() }),
});

const staffWithRoleSchema = staffRefSchema.extend({ role: roleSchema });

export const guideReadersResponseSchema = z.object({
  data: z.object({
    currentVersion: z.number().int(),
    staff: z.array(
      z.object({
        staff: staffWithRoleSchema,
        /** The latest version this person confirmed, or null. */
        readVersion: z.number().int().nullable(),
        readCurrent: z.boolean(),
        confirmedAt: z.iso.datetime().nullable(),
      }),
    ),
  }),
});
export type GuideReaders = z.infer<typeof guideReadersResponseSchema>['data'];

export const readingOverviewResponseSchema = z.object({
  data: z.array(
    z.object({
      staff: staffWithRoleSchema,
      publishedGuides: z.number().int(),
      readCurrent: z.number().int(),
      /** Published guides whose current version this person has not confirmed. */
      unread: z.array(z.object({ slug: z.string(), title: z.string() })),
    }),
  ),
});
export type ReadingOverview = z.infer<typeof readingOverviewResponseSchema>['data'];

export const guideEndpoints = {
  list: endpoint({
    ...routeTable.guides.list,
    summary: 'Search and filter guides (Danish full text, typo tolerant); published ones unless status is given',
    tag: 'guides',
    access: 'staff',
    query: guideListQuerySchema,
    response: guideListResponseSchema,
  }),
  create: endpoint({
    ...routeTable.guides.create,
    summary: 'Write a new guide; it starts as a draft',
    tag: 'guides',
    access: 'staff',
    body: createGuideRequestSchema,
    response: guideResponseSchema,
    successStatus: 201,
  }),
  readingOverview: endpoint({
    ...routeTable.guides.readingOverview,
    summary: 'Per staff member: which published guides they have confirmed reading in the current version',
    tag: 'guides',
    access: 'reviewGuides',
    response: readingOverviewResponseSchema,
  }),
  get: endpoint({
    ...routeTable.guides.get,
    summary: 'One guide with its rendered body, related guides and feedback counts',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    response: guideResponseSchema,
  }),
  update: endpoint({
    ...routeTable.guides.update,
    summary: 'Save a change as a new revision; 409 with both versions if someone else saved first',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    body: updateGuideRequestSchema,
    response: guideResponseSchema,
  }),
  changeStatus: endpoint({
    ...routeTable.guides.changeStatus,
    summary: 'Propose for review, send back, publish or archive (publishing and archiving: leads and admins)',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    body: changeGuideStatusRequestSchema,
    response: guideResponseSchema,
  }),
  revisions: endpoint({
    ...routeTable.guides.revisions,
    summary: 'Every saved revision, newest first',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    response: guideRevisionListResponseSchema,
  }),
  revision: endpoint({
    ...routeTable.guides.revision,
    summary: 'One revision with its full content',
    tag: 'guides',
    access: 'staff',
    params: revisionParamsSchema,
    response: guideRevisionResponseSchema,
  }),
  diff: endpoint({
    ...routeTable.guides.diff,
    summary: 'What changed between two revisions',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    query: diffQuerySchema,
    response: guideDiffResponseSchema,
  }),
  restore: endpoint({
    ...routeTable.guides.restore,
    summary: "Restore an older revision's content as a new revision (nothing is lost)",
    tag: 'guides',
    access: 'staff',
    params: revisionParamsSchema,
    body: restoreRevisionRequestSchema,
    response: guideResponseSchema,
  }),
  propose: endpoint({
    ...routeTable.guides.propose,
    summary: 'Propose a change to a guide you may not edit (counter staff and published guides)',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    body: updateGuideRequestSchema,
    response: guideProposalResponseSchema,
    successStatus: 201,
  }),
  proposals: endpoint({
    ...routeTable.guides.proposals,
    summary: 'Open proposals for a guide, each with what it changes',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    response: guideProposalListResponseSchema,
  }),
  decideProposal: endpoint({
    ...routeTable.guides.decideProposal,
    summary: 'Accept (as a new revision) or reject a proposal',
    tag: 'guides',
    access: 'reviewGuides',
    params: proposalParamsSchema,
    body: decideProposalRequestSchema,
    response: guideResponseSchema,
  }),
  reviewQueue: endpoint({
    ...routeTable.guides.reviewQueue,
    summary: 'The review queue: open proposals on every guide, oldest first',
    tag: 'guides',
    access: 'reviewGuides',
    response: proposalSummaryListResponseSchema,
  }),
  myProposals: endpoint({
    ...routeTable.guides.myProposals,
    summary: 'Proposals the signed-in staff member sent, newest first, with the decision once made',
    tag: 'guides',
    access: 'staff',
    response: proposalSummaryListResponseSchema,
  }),
  giveFeedback: endpoint({
    ...routeTable.guides.giveFeedback,
    summary: 'Mark the guide helpful or not, with an optional comment (no personal data)',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    body: guideFeedbackRequestSchema,
    response: okResponseSchema,
    successStatus: 201,
  }),
  feedback: endpoint({
    ...routeTable.guides.feedback,
    summary: 'Feedback on a guide, newest first',
    tag: 'guides',
    access: 'reviewGuides',
    params: guideParamsSchema,
    query: pageQuerySchema,
    response: guideFeedbackListResponseSchema,
  }),
  confirmRead: endpoint({
    ...routeTable.guides.confirmRead,
    summary: '"I have read this version"; 409 when a newer version exists',
    tag: 'guides',
    access: 'staff',
    params: guideParamsSchema,
    body: confirmReadRequestSchema,
    response: confirmReadResponseSchema,
  }),
  readers: endpoint({
    ...routeTable.guides.readers,
    summary: 'Who has confirmed reading the current version',
    tag: 'guides',
    access: 'reviewGuides',
    params: guideParamsSchema,
    response: guideReadersResponseSchema,
  }),
};
