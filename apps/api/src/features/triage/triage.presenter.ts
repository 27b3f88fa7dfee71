import type {
  LegalNoteKey,
  TeamTrainingResponse,
  TraineeAgreement,
  TrainingProgress,
  TrainingScenario,
  TriageFlow,
} from '@digihjaelp/contract';
import type { trainingScenarios } from '@digihjaelp/triage';
import type { TriageFlowEntity } from './triage-flow.entity';

export function presentTriageFlow(flow: TriageFlowEntity): TriageFlow {
  return {
    categoryKey: flow.categoryKey,
    version: flow.version,
    definition: flow.definition,
    createdAt: flow.createdAt.toISOString(),
    createdBy: flow.createdBy?.displayName ?? null,
  };
}

export function presentFlowVersionSummary(flow: TriageFlowEntity) {
  const { definition, ...summary } = presentTriageFlow(flow);
  return { ...summary, questionCount: definition.questions.length, ruleCount: definition.rules.length };
}

/** The story only: the engine's answer comes after an attempt. */
export function presentTrainingScenario(scenario: (typeof trainingScenarios)[number]): TrainingScenario {
  return { id: scenario.id, title: scenario.title, story: scenario.story, categoryKey: scenario.categoryKey };
}

/** One trainee's attempts as the agreement query returns them. */
export interface TraineeAgreementRow {
  staff_id: string;
  display_name: string;
  attempts: number;
  agreed: number;
  last_attempt_at: Date;
}

export function presentTraineeAgreement(row: TraineeAgreementRow): TraineeAgreement {
  return {
    staffId: row.staff_id,
    displayName: row.display_name,
    attempts: row.attempts,
    agreed: row.agreed,
    rate: row.agreed / row.attempts,
    lastAttemptAt: new Date(row.last_attempt_at).toISOString(),
  };
}

/** Attempts and agreements of a group (a trainee, a category, a month). */
export interface AgreementCountsRow {
  attempts: number;
  agreed: number;
}

export function presentAgreementCounts({ attempts, agreed }: AgreementCountsRow) {
  return { attempts, agreed, rate: attempts === 0 ? null : agreed / attempts };
}

export interface TrainingProgressRows {
  totals: AgreementCountsRow & { missed: number };
  categories: (AgreementCountsRow & { category_key: string })[];
  missed: { key: string; times: number }[];
  scenarios: { scenario_id: string; attempts: number; last_agreed: boolean; last_attempt_at: Date }[];
  months: (AgreementCountsRow & { month: string })[];
}

export function presentTrainingProgress(rows: TrainingProgressRows): TrainingProgress {
  return {
    ...presentAgreementCounts(rows.totals),
    legalNotesMissed: rows.totals.missed,
    // The keys come from the attempts, which were written from the contract's note keys.
    missedNotes: rows.missed.map((row) => ({ key: row.key as LegalNoteKey, times: row.times })),
    weakestCategories: rows.categories.map((row) => ({
      categoryKey: row.category_key,
      ...presentAgreementCounts(row),
    })),
    scenarios: rows.scenarios.map((row) => ({
      scenarioId: row.scenario_id,
      attempts: row.attempts,
      lastAgreed: row.last_agreed,
      lastAttemptAt: new Date(row.last_attempt_at).toISOString(),
    })),
    months: rows.months.map((row) => ({ month: row.month, ...presentAgreementCounts(row) })),
  };
}

export interface TeamMonthRow extends AgreementCountsRow {
  month: string;
  trainees: number;
  missed: number;
}

export function presentTeamMonth(row: TeamMonthRow): TeamTrainingResponse['data'][number] {
  return {
    month: row.month,
    trainees: row.trainees,
    ...presentAgreementCounts(row),
    legalNotesMissed: row.missed,
  };
}
