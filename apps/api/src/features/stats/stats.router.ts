import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { goalEndpoints, statsEndpoints, statsTableSchema, type Goal, type StatsFilter } from '@digihjaelp/contract';
import { requireAccess } from '../../http/access';
import { route } from '../../http/route';
import { idParam, parseOrThrow, validate } from '../../http/validate';
import type { GoalEntity } from './goal.entity';
import { createGoal, deleteGoal, findGoals, goalProgress, updateGoal } from './goals.service';
import { sendCsv } from './stats-export';
import { foldPendingCases } from './stats.queries';
import * as stats from './stats.service';

export function statsRouter(dataSource: DataSource): Router {
  const router = Router();
  const manager = dataSource.manager;

  route(router, statsEndpoints.filterOptions, () => stats.filterOptions(manager));

  const dashboard = [
    [statsEndpoints.keyFigures, stats.keyFigures],
    [statsEndpoints.visitsOverTime, stats.visitsOverTime],
    [statsEndpoints.heatMap, stats.heatMap],
    [statsEndpoints.categories, stats.categories],
    [statsEndpoints.levelMix, stats.levelMix],
    [statsEndpoints.recommendation, stats.recommendation],
    [statsEndpoints.referrals, stats.referrals],
    [statsEndpoints.guides, stats.guides],
    [statsEndpoints.branches, stats.branchComparison],
  ] as const;
  // Every read of figures first folds the queued case changes in: never a stale figure.
  const freshFilter = async (query: StatsFilter) => {
    await foldPendingCases(manager);
    return stats.resolveFilter(manager, query);
  };
  for (const [endpoint, compute] of dashboard) {
    route(router, endpoint, async ({ query }) => compute(manager, await freshFilter(query)));
  }

  // CSV instead of JSON, so mounted by hand with the same access check and query validation.
  const exportEndpoint = statsEndpoints.export;
  router.get(
    exportEndpoint.path,
    requireAccess(exportEndpoint.access),
    validate({ query: exportEndpoint.query }),
    async (request, response) => {
      const { table } = parseOrThrow(z.object({ table: statsTableSchema }), request.params);
      await sendCsv(manager, table, await freshFilter(response.locals.query), response);
    },
  );

  const presentGoal = async (goal: GoalEntity): Promise<Goal> => {
    await foldPendingCases(manager);
    return {
      id: goal.id,
      year: goal.year,
      measure: goal.measure,
      target: goal.target,
      title: goal.title,
      branchKey: goal.branchKey,
      progress: await goalProgress(manager, goal),
    };
  };

  route(router, goalEndpoints.list, async ({ query }) => ({
    data: await Promise.all((await findGoals(manager, query.year)).map(presentGoal)),
  }));
  route(router, goalEndpoints.create, async ({ body, staff }) => ({
    data: await presentGoal(await createGoal(manager, staff.id, body)),
  }));
  route(router, goalEndpoints.update, async ({ body, params }) => ({
    data: await presentGoal(await updateGoal(manager, idParam(params), body)),
  }));
  route(router, goalEndpoints.delete, async ({ params }) => {
    await deleteGoal(manager, idParam(params));
    return { ok: true as const };
  });

  return router;
}
