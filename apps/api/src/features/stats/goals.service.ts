import type { EntityManager } from 'typeorm';
import {
  danishToday,
  daysInRange,
  goalMeasures,
  protectCount,
  protectShare,
  shareTargetProblem,
  type CreateGoalRequest,
  type Goal,
  type GoalMeasure,
  type StatValue,
  type UpdateGoalRequest,
} from '@digihjaelp/contract';
import { notFound, validationError } from '../../kernel/app-error';
import { assertNoPersonalData } from '../../kernel/personal-data';
import { assertActiveListItem } from '../admin-lists/admin-list.service';
import { GoalEntity } from './goal.entity';
import { protectedMedian } from './stats-figures';
import type { StatsSlice } from './stats-slice';
import { foldPendingCases, readMinutes, readTotals } from './stats.queries';

export function findGoals(manager: EntityManager, year: number): Promise<GoalEntity[]> {
  return manager.find(GoalEntity, { where: { year }, order: { createdAt: 'ASC' } });
}

export async function createGoal(
  manager: EntityManager,
  createdBy: string,
  request: CreateGoalRequest,
): Promise<GoalEntity> {
  assertNoPersonalData({ title: request.title });
  if (request.branchKey) await assertActiveListItem(manager, 'branch', request.branchKey, 'branchKey');
  return manager.save(
    manager.create(GoalEntity, {
      year: Number(request.year),
      measure: request.measure,
      target: request.target,
      title: request.title,
      branchKey: request.branchKey ?? null,
      createdBy,
    }),
  );
}

async function findGoalOrThrow(manager: EntityManager, id: string): Promise<GoalEntity> {
  const goal = await manager.findOneBy(GoalEntity, { id });
  if (!goal) throw notFound('Målet');
  return goal;
}

export async function updateGoal(manager: EntityManager, id: string, changes: UpdateGoalRequest): Promise<GoalEntity> {
  const goal = await findGoalOrThrow(manager, id);
  assertNoPersonalData({ title: changes.title });
  if (changes.branchKey) await assertActiveListItem(manager, 'branch', changes.branchKey, 'branchKey');
  const targetProblem = changes.target === undefined ? undefined : shareTargetProblem(goal.measure, changes.target);
  if (targetProblem) throw validationError([{ path: 'target', message: targetProblem }]);
  Object.assign(goal, changes);
  return manager.save(goal);
}

export async function deleteGoal(manager: EntityManager, id: string): Promise<void> {
  await findGoalOrThrow(manager, id);
  await manager.delete(GoalEntity, { id });
}

/** The value a goal's measure has in a slice; null when there is nothing (or too little) to measure. */
async function measure(manager: EntityManager, goalMeasure: GoalMeasure, slice: StatsSlice): Promise<StatValue> {
  const totals = await readTotals(manager, slice);
  switch (goalMeasure) {
    case 'visits':
      return protectCount(totals.visits);
    case 'solved-low-level-share':
      return protectShare(totals.solvedLowLevel, totals.visits);
    case 'repeat-visit-share':
      return protectShare(totals.repeatVisits, totals.visits);
    case 'referral-share':
      return protectShare(totals.outcomes.referred, totals.visits);
    case 'median-minutes':
      return protectedMedian(await readMinutes(manager, slice), totals.visits);
    case 'recommendation-agreement': {
      const compared = totals.recommendation.reduce((sum, cell) => sum + cell.visits, 0);
      const agreed = totals.recommendation
        .filter((cell) => cell.recommended === cell.given)
        .reduce((sum, cell) => sum + cell.visits, 0);
      return protectShare(agreed, compared);
    }
  }
}

/**
 * Progress from 1 January to today (or the year's end). A share or median goal is on track when
 * the value so far meets the target; a visits goal when the visits so far meet the target scaled
 * to the part of the year gone.
 */
export async function goalProgress(
  manager: EntityManager,
  goal: GoalEntity,
  today = danishToday(),
): Promise<Goal['progress']> {
  const year = { from: `${goal.year}-01-01`, to: `${goal.year}-12-31` };
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are compared as text; Math.min would read them as numbers
  const measuredTo = today < year.to ? today : year.to;
  const { direction, unit } = goalMeasures[goal.measure];
  const started = measuredTo >= year.from;
  const expectedByNow =
    unit === 'visits' && started
      ? (goal.target * daysInRange({ from: year.from, to: measuredTo })) / daysInRange(year)
      : goal.target;
  if (!started) return { measuredTo: year.from, value: null, expectedByNow: 0, onTrack: null };
  const value = await measure(manager, goal.measure, {
    range: { from: year.from, to: measuredTo },
    branchKey: goal.branchKey ?? undefined,
  });
  const onTrack =
    typeof value !== 'number' ? null : direction === 'at-least' ? value >= expectedByNow : value <= goal.target;
  return { measuredTo, value, expectedByNow, onTrack };
}

export interface MeasuredGoal {
  goal: GoalEntity;
  progress: Goal['progress'];
}

/** Goals with their progress, counting every case committed so far (queued changes are folded in first). */
export async function measureGoals(manager: EntityManager, goals: GoalEntity[]): Promise<MeasuredGoal[]> {
  await foldPendingCases(manager);
  return Promise.all(goals.map(async (goal) => ({ goal, progress: await goalProgress(manager, goal) })));
}

export async function measureGoal(manager: EntityManager, goal: GoalEntity): Promise<MeasuredGoal> {
  await foldPendingCases(manager);
  return { goal, progress: await goalProgress(manager, goal) };
}
