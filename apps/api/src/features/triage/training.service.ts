import type { EntityManager } from 'typeorm';
import type {
  TraineeAgreement,
  TrainingAttemptRequest,
  TrainingAttemptResponse,
  TrainingScenario,
} from '@digihjaelp/contract';
import { answerProblems, recommend, trainingScenarios } from '@digihjaelp/triage';
import { AppError, notFound } from '../../kernel/app-error';
import { TrainingAttemptEntity } from './training-attempt.entity';
import { presentTraineeAgreement, presentTrainingScenario, type TraineeAgreementRow } from './triage.presenter';
import { findCurrentFlowFor, type CurrentFlow } from './triage.service';

/** A scenario fits when its answers still answer the current flow (a lead may have changed it). */
async function fittingFlow(
  manager: EntityManager,
  scenario: (typeof trainingScenarios)[number],
): Promise<CurrentFlow | undefined> {
  const current = await findCurrentFlowFor(manager, scenario.categoryKey);
  return answerProblems(current.flow.definition, scenario.answers).length === 0 ? current : undefined;
}

export async function findTrainingScenarios(manager: EntityManager): Promise<TrainingScenario[]> {
  const scenarios: TrainingScenario[] = [];
  for (const scenario of trainingScenarios) {
    if (await fittingFlow(manager, scenario)) scenarios.push(presentTrainingScenario(scenario));
  }
  return scenarios;
}

/** Compares the trainee's choice with the engine's recommendation from the current flow, and records it. */
export async function recordTrainingAttempt(
  manager: EntityManager,
  staffId: string,
  attempt: TrainingAttemptRequest,
): Promise<TrainingAttemptResponse['data']> {
  const scenario = trainingScenarios.find((candidate) => candidate.id === attempt.scenarioId);
  if (!scenario) throw notFound('Øvelsen');
  const current = await fittingFlow(manager, scenario);
  if (!current)
    throw new AppError('conflict', 'Øvelsen passer ikke længere til kategoriens flow. Vælg en anden øvelse.');
  const recommendation = recommend(current.flow, current.category, scenario.answers);
  const agreed = attempt.choice.kind === recommendation.kind && attempt.choice.level === recommendation.level;
  const engineNotes = recommendation.legalNotes.map((note) => note.key);
  const chosen = new Set(attempt.legalNotes);
  await manager.insert(TrainingAttemptEntity, {
    staffId,
    scenarioId: scenario.id,
    categoryKey: scenario.categoryKey,
    flowVersion: current.flow.version,
    chosenKind: attempt.choice.kind,
    chosenLevel: attempt.choice.level,
    chosenNotes: [...chosen],
    engineKind: recommendation.kind,
    engineLevel: recommendation.level,
    engineNotes,
    agreed,
  });
  return {
    agreed,
    recommendation,
    notes: {
      correct: engineNotes.filter((key) => chosen.has(key)),
      missed: engineNotes.filter((key) => !chosen.has(key)),
      extra: [...chosen].filter((key) => !engineNotes.includes(key)),
    },
  };
}

/** Each trainee's attempts and how often they agreed with the engine, lowest agreement first. */
export async function findTraineeAgreement(manager: EntityManager): Promise<TraineeAgreement[]> {
  const rows = await manager.query<TraineeAgreementRow[]>(`
      SELECT attempt.staff_id, staff.display_name, count(*)::int AS attempts,
             count(*) FILTER (WHERE attempt.agreed)::int AS agreed, max(attempt.created_at) AS last_attempt_at
      FROM triage_training_attempts attempt
      JOIN staff_accounts staff ON staff.id = attempt.staff_id
      GROUP BY attempt.staff_id, staff.display_name
      ORDER BY count(*) FILTER (WHERE attempt.agreed)::float / count(*), staff.display_name`);
  return rows.map(presentTraineeAgreement);
}
