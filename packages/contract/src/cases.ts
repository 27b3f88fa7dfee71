import { z } from './zod';
import { listKeySchema } from './branches';
import { categoryKeySchema } from './categories';
import {
  calendarDateSchema,
  idParamsSchema,
  listResponseSchema,
  okResponseSchema,
  pageQuerySchema,
  positiveInt4Schema,
  staffRefSchema,
  textSchema,
  helpLevelSchema,
  referralTargetSchema,
} from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';
import { guideSlugSchema } from './guides';
import type { FieldIssue } from './error-body';
import type { HelpLevel } from './help-levels';
import type { ReferralTarget } from './referrals';
import { ageBands, caseOutcomes } from './case-choices';

/** A case is a visit, never a person: no name, CPR number, phone, e-mail or address (docs/DOMAIN.md). */

export const caseOutcomeSchema = z.enum(caseOutcomes, 'Ukendt udfald');
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const ageBandSchema = z.enum(ageBands, 'Ukendt aldersgruppe');
export type AgeBand = z.infer<typeof ageBandSchema>;

export const MAX_CASE_MINUTES = 480;
export const MAX_NOTE_LENGTH = 500;

/**
 * Guides are referred to by slug, not id: the history must survive a guide being archived.
 * Triage's flows use the same schema.
 */

/** What triage asked and the citizen answered: question id → chosen option or yes/no. */
export const triageAnswersSchema = z
  .record(z.string().regex(/^[a-z0-9_.-]{1,60}$/, 'Ugyldigt spørgsmål'), z.union([textSchema().max(200), z.boolean()]))
  .refine((answers) => Object.keys(answers).length <= 60, 'Højst 60 svar');
export type TriageAnswers = z.infer<typeof triageAnswersSchema>;

/**
 * What triage recommended, as a case keeps it: a level on the ladder, a referral, or a refusal
 * (not permitted). From triage's full recommendation: `{ level }`, `{ referral: referral.target }`
 * or `{ notPermitted: true }` by its `kind`.
 */
export const caseRecommendationSchema = z.union([
  z.object({ level: helpLevelSchema }).strict(),
  z.object({ referral: referralTargetSchema }).strict(),
  z.object({ notPermitted: z.literal(true) }).strict(),
]);
export type CaseRecommendation = z.infer<typeof caseRecommendationSchema>;

/** The triage behind a case; absent when a case is logged directly. */
export const caseTriageSchema = z.object({
  flowVersion: positiveInt4Schema,
  answers: triageAnswersSchema,
  recommended: caseRecommendationSchema,
});
export type CaseTriage = z.infer<typeof caseTriageSchema>;

/** Optional free text: trimmed, empty means none; the server also refuses personal data (422). */
const optionalText = textSchema()
  .trim()
  .max(MAX_NOTE_LENGTH, `Højst ${MAX_NOTE_LENGTH} tegn`)
  .transform((text) => (text === '' ? null : text))
  .nullable()
  .optional();

const minutesSchema = z
  .number('Angiv tidsforbrug i minutter')
  .int('Angiv hele minutter')
  .min(1, 'Mindst 1 minut')
  .max(MAX_CASE_MINUTES, `Højst ${MAX_CASE_MINUTES} minutter`);

const categoryKeysSchema = z
  .array(categoryKeySchema)
  .min(1, 'Vælg en kategori')
  .max(2, 'Højst to kategorier')
  .refine((keys) => new Set(keys).size === keys.length, 'Samme kategori to gange');

/** The fields staff fill in or correct; shared by create and edit. */
const editableCaseFields = {
  branchKey: listKeySchema,
  channelKey: listKeySchema,
  categoryKeys: categoryKeysSchema,
  /** Null only for a refusal where no help was given (see `caseRuleIssues`). */
  levelGiven: helpLevelSchema.nullable(),
  outcome: caseOutcomeSchema,
  referralTarget: referralTargetSchema.nullable().optional(),
  minutes: minutesSchema,
  guideSlugs: z.array(guideSlugSchema).max(10, 'Højst 10 vejledninger'),
  repeatVisit: z.boolean(),
  ageBand: ageBandSchema.nullable().optional(),
  note: optionalText,
  deviationReason: optionalText,
};

/** The fields the rules across fields look at. */
export interface CaseRuleFields {
  levelGiven: HelpLevel | null;
  outcome: CaseOutcome;
  referralTarget?: ReferralTarget | null;
  deviationReason?: string | null;
  recommended?: CaseRecommendation | null;
}

/**
 * Rules across fields, checked on create and on the merged record when editing: `referred` needs
 * a target (and only `referred` has one); a refusal (`refused_not_permitted`) is an outcome of its
 * own, beside the ladder — it has no level given, unless staff helped the citizen at another level
 * (the alternative offered) — while every other outcome names the level given; a reason for
 * deviating needs a recommended level that differs from the level given.
 */
export function caseRuleIssues(fields: CaseRuleFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (fields.levelGiven === null && fields.outcome !== 'refused_not_permitted') {
    issues.push({ path: 'levelGiven', message: 'Vælg det hjælpeniveau, du gav' });
  }
  if (fields.outcome === 'referred' && !fields.referralTarget) {
    issues.push({ path: 'referralTarget', message: 'Vælg hvor borgeren blev henvist til' });
  }
  if (fields.outcome !== 'referred' && fields.referralTarget) {
    issues.push({ path: 'referralTarget', message: 'Kun henviste sager har et henvisningssted' });
  }
  const recommendedLevel = fields.recommended && 'level' in fields.recommended ? fields.recommended.level : undefined;
  if (
    fields.deviationReason &&
    (recommendedLevel === undefined || fields.levelGiven === null || recommendedLevel === fields.levelGiven)
  ) {
    issues.push({
      path: 'deviationReason',
      message: 'En begrundelse gives kun, når niveauet afviger fra anbefalingen',
    });
  }
  return issues;
}

function addRuleIssues(fields: CaseRuleFields, context: z.RefinementCtx) {
  for (const issue of caseRuleIssues(fields))
    context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
}

export const createCaseRequestSchema = z
  .object({
    ...editableCaseFields,
    /** Defaults to the staff member's default branch. */
    branchKey: listKeySchema.optional(),
    guideSlugs: editableCaseFields.guideSlugs.default([]),
    repeatVisit: z.boolean().default(false),
    triage: caseTriageSchema.nullable().optional(),
  })
  .superRefine((body, context) => addRuleIssues({ ...body, recommended: body.triage?.recommended }, context));
export type CreateCaseRequest = z.input<typeof createCaseRequestSchema>;
export type CreateCase = z.output<typeof createCaseRequestSchema>;

/** A correction: the changed fields and the version it was based on (else 409). */
export const updateCaseRequestSchema = z
  .object({ version: positiveInt4Schema, ...editableCaseFields })
  .partial()
  .required({ version: true })
  .refine((body) => Object.keys(body).length > 1, 'Angiv mindst ét felt at rette');
export type UpdateCaseRequest = z.input<typeof updateCaseRequestSchema>;
export type UpdateCase = z.output<typeof updateCaseRequestSchema>;

export const caseSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  staff: staffRefSchema,
  branchKey: z.string(),
  channelKey: z.string(),
  categoryKeys: z.array(z.string()),
  triage: caseTriageSchema.nullable(),
  /** Null for a refusal where no help was given. */
  levelGiven: helpLevelSchema.nullable(),
  outcome: caseOutcomeSchema,
  referralTarget: referralTargetSchema.nullable(),
  minutes: z.number().int(),
  guideSlugs: z.array(z.string()),
  repeatVisit: z.boolean(),
  ageBand: ageBandSchema.nullable(),
  note: z.string().nullable(),
  deviationReason: z.string().nullable(),
  /** Set when the retention job erased the free text. */
  notesErasedAt: z.iso.datetime().nullable(),
  /** Whether the signed-in staff member may correct it now (author within 24 hours, leads always). */
  canEdit: z.boolean(),
});
export type Case = z.infer<typeof caseSchema>;

export const caseResponseSchema = z.object({ data: caseSchema });
export const caseListResponseSchema = listResponseSchema(caseSchema);

const localDate = calendarDateSchema();

/** Counter staff always see their own cases; leads see all and may filter. Newest first. */
export const caseListQuerySchema = pageQuerySchema.extend({
  from: localDate.optional().describe('First day, inclusive (Danish time)'),
  to: localDate.optional().describe('Last day, inclusive (Danish time)'),
  branchKey: listKeySchema.optional(),
  channelKey: listKeySchema.optional(),
  categoryKey: categoryKeySchema.optional(),
  levelGiven: z.coerce.number().pipe(helpLevelSchema).optional(),
  outcome: caseOutcomeSchema.optional(),
  staffId: z.uuid().optional(),
  /** Words in the free-text note (case-insensitive, as typed). */
  q: z.string().trim().min(1).max(100, 'Højst 100 tegn').optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseAuditActions = ['created', 'updated', 'deleted', 'notes_erased'] as const;
export const caseAuditChangeSchema = z.object({
  field: z.string(),
  old: z.unknown(),
  new: z.unknown(),
  /** The free text was erased by retention; old and new are no longer kept. */
  erased: z.boolean().optional(),
});
export const caseAuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  action: z.enum(caseAuditActions),
  /** Null when the system acted (the retention job). */
  staff: staffRefSchema.nullable(),
  changes: z.array(caseAuditChangeSchema),
});
export type CaseAuditEntry = z.infer<typeof caseAuditEntrySchema>;
export const caseAuditResponseSchema = z.object({ data: z.array(caseAuditEntrySchema) });

/** How long the API remembers an `Idempotency-Key` (at least; older keys may be forgotten). */
export const IDEMPOTENCY_KEY_HOURS = 24;

/**
 * The header that makes logging a visit safe to retry: the web app sends one UUID per visit
 * draft, so a second Ctrl+Enter or a retry after a lost response finds the case already made.
 */
export const idempotencyKeyHeader = 'Idempotency-Key';
export const createCaseHeadersSchema = z.object({
  'idempotency-key': z
    .uuid('Idempotency-Key skal være et UUID')
    .optional()
    .describe(
      `A UUID per visit, chosen by the client. Kept per staff account for at least ${IDEMPOTENCY_KEY_HOURS} hours.`,
    ),
});

export const caseEndpoints = {
  create: endpoint({
    ...routeTable.cases.create,
    summary: 'Log a visit (with the triage behind it, or directly)',
    description: [
      `Send an \`${idempotencyKeyHeader}\` header (a UUID per visit) to make the request safe to repeat.`,
      `The key is kept per staff account for at least ${IDEMPOTENCY_KEY_HOURS} hours. Repeating the same body under a used key`,
      'creates nothing and answers 200 with the case the first request created (also when that first',
      'answer was lost); a different body under a used key is refused with 422 `idempotency_key_reused`.',
      'Two identical requests at the same moment create one case.',
    ].join(' '),
    tag: 'cases',
    access: 'staff',
    headers: createCaseHeadersSchema,
    body: createCaseRequestSchema,
    response: caseResponseSchema,
    successStatus: 201,
    otherSuccess: { 200: `Replayed: the case this ${idempotencyKeyHeader} already created` },
  }),
  list: endpoint({
    ...routeTable.cases.list,
    summary: 'Cases, newest first: your own (counter staff) or all, filtered (leads)',
    tag: 'cases',
    access: 'staff',
    query: caseListQuerySchema,
    response: caseListResponseSchema,
  }),
  get: endpoint({
    ...routeTable.cases.get,
    summary: 'One case (counter staff: only their own)',
    tag: 'cases',
    access: 'staff',
    params: idParamsSchema,
    response: caseResponseSchema,
  }),
  update: endpoint({
    ...routeTable.cases.update,
    summary: 'Correct a case: the author within 24 hours, leads always; 409 if it changed meanwhile',
    tag: 'cases',
    access: 'staff',
    params: idParamsSchema,
    body: updateCaseRequestSchema,
    response: caseResponseSchema,
  }),
  delete: endpoint({
    ...routeTable.cases.delete,
    summary: 'Delete a case (leads); the audit trail keeps the deletion',
    tag: 'cases',
    access: 'manageAllCases',
    params: idParamsSchema,
    response: okResponseSchema,
  }),
  audit: endpoint({
    ...routeTable.cases.audit,
    summary: 'Who changed what and when, oldest first',
    tag: 'cases',
    access: 'staff',
    params: idParamsSchema,
    response: caseAuditResponseSchema,
  }),
};
