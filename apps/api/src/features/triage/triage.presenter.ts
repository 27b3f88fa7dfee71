import type { TraineeAgreement, TrainingScenario, TriageFlow } from '@digihjaelp/contract';
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
