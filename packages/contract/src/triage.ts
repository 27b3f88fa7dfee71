import { z } from './zod';
import { guideParamsSchema, guideSlugSchema } from './guides';
import { categoryKeySchema } from './categories';
import {
  positiveInt4Schema,
  positiveIntParamSchema,
  textSchema,
  helpLevelSchema,
  referralTargetSchema,
} from './common';
import { endpoint } from './endpoint';
import { routeTable } from './routes';

/*
 * Triage: flow definitions (questions + rules, edited by leads, stored with versions), the answers
 * given at the counter, and the recommendation the engine (packages/triage) derives from them.
 * The case log stores `flowVersion`, the answers and the recommendation in these shapes.
 */

const idPattern = /^[a-z][a-z0-9-]{0,39}$/;
const identifierSchema = (what: string) =>
  z.string().regex(idPattern, `${what} skal være små bogstaver a-z, tal og bindestreg (højst 40 tegn)`);
const danishTextSchema = textSchema().trim().min(1, 'Teksten må ikke være tom').max(600);

export const questionIdSchema = identifierSchema('Spørgsmålets id');

/** `/api/triage/flows/:categoryKey…`: one category's flow. */
export const flowParamsSchema = z.object({ categoryKey: categoryKeySchema });
/** `/api/triage/flows/:categoryKey/versions/:version` */
export const flowVersionParamsSchema = flowParamsSchema.extend({ version: positiveIntParamSchema });

/** Legal notes the engine can attach; their texts and sources live in packages/triage. */
export const legalNoteKeys = [
  'mitid-personal',
  'mitid-alternatives',
  'digital-power-of-attorney',
  'digital-post-legal-effect',
  'digital-post-exemption',
  'self-service-exemption',
  'guardianship',
  'fraud-never-ask',
  'tax-own-power-of-attorney',
  'read-access',
  'minors',
  'health-nearest-relative',
] as const;
export const legalNoteKeySchema = z.enum(legalNoteKeys);
export type LegalNoteKey = z.infer<typeof legalNoteKeySchema>;

/** A yes/no question is answered with a boolean, a choice question with one option's value. */
export const answerValueSchema = z.union([z.boolean(), textSchema().max(40)]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z.record(textSchema().max(40), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

export type Condition =
  | { question: string; is: AnswerValue }
  | { question: string; in: AnswerValue[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** True when the answers match; a question not answered (or not shown) matches no value. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: questionIdSchema, is: answerValueSchema }),
    z.strictObject({ question: questionIdSchema, in: z.array(answerValueSchema).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const flowQuestionSchema = z.strictObject({
  id: questionIdSchema,
  text: danishTextSchema,
  /** A hint for staff, e.g. how to ask without prying. */
  help: danishTextSchema.optional(),
  kind: z.enum(['yesNo', 'choice']),
  options: z
    .array(z.strictObject({ value: identifierSchema('Svarmulighedens værdi'), label: danishTextSchema }))
    .min(2)
    .max(6)
    .optional(),
  /** Asked only when this holds for the earlier answers. */
  showIf: conditionSchema.optional(),
});
export type FlowQuestion = z.infer<typeof flowQuestionSchema>;

const ladderLevelSchema = z
  .number()
  .int('Hjælpeniveauet skal være et helt tal')
  .min(1, 'Hjælpeniveauet skal være på hjælpestigen (1–5)')
  .max(5, 'Hjælpeniveauet skal være på hjælpestigen (1–5)');

/**
 * What a rule concludes. `level`: this level solves the problem (the engine picks the lowest
 * matching one); `referral`: the problem belongs elsewhere; `notPermitted`: staff must refuse,
 * offering the permitted alternatives.
 */
export const ruleOutcomeSchema = z.union([
  z.strictObject({ level: ladderLevelSchema }),
  z.strictObject({ referral: referralTargetSchema }),
  z.strictObject({
    notPermitted: z.strictObject({
      alternatives: z.array(z.strictObject({ level: ladderLevelSchema, text: danishTextSchema })).min(1),
    }),
  }),
]);
export type RuleOutcome = z.infer<typeof ruleOutcomeSchema>;

export const flowRuleSchema = z.strictObject({
  id: identifierSchema('Reglens id'),
  /** Omitted: the rule always applies. */
  when: conditionSchema.optional(),
  /** Omitted: a note rule, adding its reason, notes and guides to whatever is decided. */
  outcome: ruleOutcomeSchema.optional(),
  reason: danishTextSchema,
  /** true: the visit is urgent. false: this path is not urgent, even in a category that usually is (fraud). */
  urgent: z.boolean().optional(),
  legalNotes: z.array(legalNoteKeySchema).optional(),
  mustNot: z.array(danishTextSchema).optional(),
  guideSlugs: z.array(guideSlugSchema).optional(),
  referrals: z.array(referralTargetSchema).optional(),
  /** So the citizen needs less help next time: a course, a guide to take home. */
  nextTime: z.array(danishTextSchema).optional(),
});
export type FlowRule = z.infer<typeof flowRuleSchema>;

export const flowDefinitionSchema = z.strictObject({
  title: danishTextSchema,
  /** Does the case involve logging in with MitID? Then the MitID rule is always shown. */
  involvesLogin: z.union([z.boolean(), conditionSchema]),
  questions: z.array(flowQuestionSchema).min(1).max(12),
  rules: z.array(flowRuleSchema).min(1).max(60),
});
export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;

export const legalNoteSchema = z.object({
  key: legalNoteKeySchema,
  title: z.string(),
  text: z.string(),
  sourceUrl: z.string().optional(),
});
export type LegalNote = z.infer<typeof legalNoteSchema>;

export const referralContactSchema = z.object({
  target: referralTargetSchema,
  name: z.string(),
  contact: z.string(),
});
export type ReferralContact = z.infer<typeof referralContactSchema>;

export const recommendationSchema = z.object({
  kind: z.enum(['level', 'referral', 'notPermitted']),
  /** The help level when `kind` is `level`, else null. */
  level: helpLevelSchema.nullable(),
  /** Where to send the citizen when `kind` is `referral`, else null. */
  referral: referralContactSchema.nullable(),
  /** When `kind` is `notPermitted`: what staff may offer instead. */
  alternatives: z.array(z.object({ level: helpLevelSchema, text: z.string() })),
  urgent: z.boolean(),
  /** Why, in plain Danish. */
  reasons: z.array(z.string()),
  /** The answers the deciding rule looked at. */
  because: z.array(z.object({ questionId: z.string(), question: z.string(), answer: z.string() })),
  legalNotes: z.array(legalNoteSchema),
  mustNot: z.array(z.string()),
  guideSlugs: z.array(z.string()),
  referrals: z.array(referralContactSchema),
  nextTime: z.array(z.string()),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const triageFlowSchema = z.object({
  categoryKey: categoryKeySchema,
  version: z.number().int().min(1),
  definition: flowDefinitionSchema,
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable().describe('Display name of the lead/admin who saved it; null when seeded'),
});
export type TriageFlow = z.infer<typeof triageFlowSchema>;

export const triageFlowListResponseSchema = z.object({ data: z.array(triageFlowSchema) });
export const triageFlowResponseSchema = z.object({ data: triageFlowSchema });

export const flowVersionSummarySchema = triageFlowSchema.omit({ definition: true }).extend({
  questionCount: z.number().int(),
  ruleCount: z.number().int(),
});
export const flowVersionListResponseSchema = z.object({ data: z.array(flowVersionSummarySchema) });

export const evaluateRequestSchema = z.strictObject({
  categoryKey: categoryKeySchema,
  answers: answersSchema,
});
export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;

/**
 * What the counter screen hands to "Afslut og log" (the case log, issue 5): which flow version
 * decided, the answers that counted, and the recommendation.
 */
export const recommendationContextSchema = recommendationSchema.extend({
  categoryKey: categoryKeySchema,
  /** The category whose flow was used: the general flow ("other") when a category has none. */
  flowCategoryKey: categoryKeySchema,
  flowVersion: positiveInt4Schema,
  answers: answersSchema,
});
export type RecommendationContext = z.infer<typeof recommendationContextSchema>;

export const evaluateResponseSchema = z.object({ data: recommendationContextSchema });

/** The definition is checked by the static check (packages/triage), which lists every problem at once. */
export const saveFlowRequestSchema = z.strictObject({
  definition: z.unknown().describe('A flow definition: { title, involvesLogin, questions, rules } (FlowDefinition)'),
});
export const checkFlowResponseSchema = z.object({
  data: z.object({
    ok: z.boolean(),
    problems: z.array(z.object({ path: z.string(), message: z.string() })),
    pathCount: z.number().int(),
  }),
});

/** The current flows that link a guide, and in which rules: what archiving the guide would break. */
export const guideFlowLinksResponseSchema = z.object({
  data: z.array(z.object({ categoryKey: z.string(), flowTitle: z.string(), ruleIds: z.array(z.string()) })),
});
export type GuideFlowLinks = z.infer<typeof guideFlowLinksResponseSchema>['data'];

export const triageEndpoints = {
  flows: endpoint({
    ...routeTable.triage.flows,
    summary: 'The current triage flow of every category, with its questions and rules',
    tag: 'triage',
    access: 'staff',
    response: triageFlowListResponseSchema,
  }),
  evaluate: endpoint({
    ...routeTable.triage.evaluate,
    summary: "Recommend a help level (or referral / not permitted) from a category's flow and the answers given",
    tag: 'triage',
    access: 'staff',
    body: evaluateRequestSchema,
    response: evaluateResponseSchema,
  }),
  versions: endpoint({
    ...routeTable.triage.versions,
    summary: "A category's flow versions, newest first (every version stays readable)",
    tag: 'triage',
    access: 'staff',
    params: flowParamsSchema,
    response: flowVersionListResponseSchema,
  }),
  version: endpoint({
    ...routeTable.triage.version,
    summary: 'One version of a flow, e.g. the one a logged case used',
    tag: 'triage',
    access: 'staff',
    params: flowVersionParamsSchema,
    response: triageFlowResponseSchema,
  }),
  check: endpoint({
    ...routeTable.triage.check,
    summary: 'Run the static check on a flow definition without saving it',
    tag: 'triage',
    access: 'editTriageFlows',
    body: saveFlowRequestSchema,
    response: checkFlowResponseSchema,
  }),
  saveVersion: endpoint({
    ...routeTable.triage.saveVersion,
    summary: 'Save a new version of a flow; refused with every problem listed when the static check fails',
    tag: 'triage',
    access: 'editTriageFlows',
    params: flowParamsSchema,
    body: saveFlowRequestSchema,
    response: triageFlowResponseSchema,
    successStatus: 201,
  }),
  guideLinks: endpoint({
    ...routeTable.triage.guideLinks,
    summary: 'The current flows (and their rules) that link a guide, e.g. to warn before it is archived',
    tag: 'triage',
    access: 'reviewGuides',
    params: guideParamsSchema,
    response: guideFlowLinksResponseSchema,
  }),
};
