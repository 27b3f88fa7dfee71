import { z } from './zod';
import { textSchema, helpLevelSchema } from './common';
import { categoryKeySchema } from './categories';
import { endpoint } from './endpoint';
import { routeTable } from './routes';
import { legalNoteKeySchema, recommendationContextSchema } from './triage';

/* Training mode: a trainee triages a written scenario and compares with the engine. */

export const trainingScenarioSchema = z.object({
  id: z.string(),
  title: z.string(),
  story: z.string(),
  categoryKey: categoryKeySchema,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/** What the trainee would recommend: a level on the ladder, a referral, or a refusal. */
export const trainingChoiceSchema = z
  .strictObject({
    kind: z.enum(['level', 'referral', 'notPermitted']),
    level: helpLevelSchema.nullable(),
  })
  .refine((choice) => (choice.kind === 'level') === (choice.level !== null), {
    message: 'Vælg et niveau på hjælpestigen, eller henvisning eller ikke tilladt',
    path: ['level'],
  });
export type TrainingChoice = z.infer<typeof trainingChoiceSchema>;

export const trainingAttemptRequestSchema = z.strictObject({
  scenarioId: textSchema().min(1).max(80),
  choice: trainingChoiceSchema,
  legalNotes: z.array(legalNoteKeySchema).max(20),
});
export type TrainingAttemptRequest = z.infer<typeof trainingAttemptRequestSchema>;

export const trainingAttemptResponseSchema = z.object({
  data: z.object({
    /** The trainee chose the same outcome (and level) as the engine. */
    agreed: z.boolean(),
    recommendation: recommendationContextSchema,
    /** Legal notes the trainee picked that apply, missed, and picked though they do not apply. */
    notes: z.object({
      correct: z.array(legalNoteKeySchema),
      missed: z.array(legalNoteKeySchema),
      extra: z.array(legalNoteKeySchema),
    }),
  }),
});
export type TrainingAttemptResponse = z.infer<typeof trainingAttemptResponseSchema>;

export const traineeAgreementSchema = z.object({
  staffId: z.uuid(),
  displayName: z.string(),
  attempts: z.number().int(),
  agreed: z.number().int(),
  /** agreed / attempts, 0–1. */
  rate: z.number(),
  lastAttemptAt: z.iso.datetime(),
});
export type TraineeAgreement = z.infer<typeof traineeAgreementSchema>;

const agreementCountsSchema = z.object({
  attempts: z.number().int(),
  agreed: z.number().int(),
  /** agreed / attempts, 0–1; null before the first attempt. */
  rate: z.number().nullable(),
});

/** One trainee's practice over every session: kept with the attempts, so a reload loses nothing. */
export const trainingProgressSchema = agreementCountsSchema.extend({
  /** Legal notes the engine named that the trainee did not pick, counted over all attempts. */
  legalNotesMissed: z.number().int(),
  /** The notes missed most often, most first. */
  missedNotes: z.array(z.object({ key: legalNoteKeySchema, times: z.number().int() })),
  /** Categories by agreement, lowest first (ties: more attempts first). */
  weakestCategories: z.array(agreementCountsSchema.extend({ categoryKey: categoryKeySchema })),
  /** Each scenario tried: the latest attempt's verdict. */
  scenarios: z.array(
    z.object({
      scenarioId: z.string(),
      attempts: z.number().int(),
      lastAgreed: z.boolean(),
      lastAttemptAt: z.iso.datetime(),
    }),
  ),
  /** Month by month (Danish time), oldest first. */
  months: z.array(agreementCountsSchema.extend({ month: z.iso.date().describe('First day of the month') })),
});
export type TrainingProgress = z.infer<typeof trainingProgressSchema>;

/** The team's practice month by month, for leads. */
export const teamTrainingResponseSchema = z.object({
  data: z.array(
    agreementCountsSchema.extend({
      month: z.iso.date().describe('First day of the month'),
      trainees: z.number().int(),
      legalNotesMissed: z.number().int(),
    }),
  ),
});
export type TeamTrainingResponse = z.infer<typeof teamTrainingResponseSchema>;

export const trainingEndpoints = {
  scenarios: endpoint({
    ...routeTable.training.scenarios,
    summary: 'Practice scenarios (stories only; the engine answer comes after an attempt)',
    tag: 'triage-training',
    access: 'staff',
    response: z.object({ data: z.array(trainingScenarioSchema) }),
  }),
  attempt: endpoint({
    ...routeTable.training.attempt,
    summary: "Record a trainee's level and legal notes for a scenario; returns the engine's recommendation and why",
    tag: 'triage-training',
    access: 'staff',
    body: trainingAttemptRequestSchema,
    response: trainingAttemptResponseSchema,
    successStatus: 201,
  }),
  progress: endpoint({
    ...routeTable.training.progress,
    summary: "The signed-in trainee's own practice: attempts, agreement, legal notes missed, weakest categories",
    tag: 'triage-training',
    access: 'staff',
    response: z.object({ data: trainingProgressSchema }),
  }),
  team: endpoint({
    ...routeTable.training.team,
    summary: "The team's practice month by month: trainees, attempts, agreement and legal notes missed",
    tag: 'triage-training',
    access: 'superviseTraining',
    response: teamTrainingResponseSchema,
  }),
  agreement: endpoint({
    ...routeTable.training.agreement,
    summary: "Each trainee's agreement rate with the engine",
    tag: 'triage-training',
    access: 'superviseTraining',
    response: z.object({ data: z.array(traineeAgreementSchema) }),
  }),
};
