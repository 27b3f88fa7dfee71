import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { danishToday, goalEndpoints, reportEndpoints, statsEndpoints, type StatsFilter } from '@digihjaelp/contract';
import { route, routeDownload } from '../../http/route';
import { createGoal, deleteGoal, findGoals, measureGoal, measureGoals, updateGoal } from './goals.service';
import { sendCsv } from './stats-export';
import { foldPendingCases } from './stats.queries';
import { findReportComment, saveReportComment } from './report-comments.service';
import { presentGoal, presentMonthlyReport } from './stats.presenter';
import * as stats from './stats.service';

const earlierOf = (day: string | undefined, today: string) => (day && day < today ? day : today);

export function statsRouter(dataSource: DataSource, options: { now: () => Date; organisationName: string }): Router {
  const { now, organisationName } = options;
  const router = Router();
  const manager = dataSource.manager;
  const today = () => danishToday(now());

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
    return stats.resolveFilter(manager, query, today());
  };
  for (const [endpoint, compute] of dashboard) {
    route(router, endpoint, async ({ query }) => compute(manager, await freshFilter(query)));
  }

  routeDownload(router, statsEndpoints.export, async ({ params, query, response }) => {
    await sendCsv(manager, params.table, await freshFilter(query), response);
  });

  route(router, goalEndpoints.list, async ({ query }) => ({
    // A report measures to its month's end; never beyond today, which has no figures yet.
    data: (await measureGoals(manager, await findGoals(manager, query.year), earlierOf(query.to, today()))).map(
      presentGoal,
    ),
  }));
  route(router, goalEndpoints.create, async ({ body, staff }) => ({
    data: presentGoal(await measureGoal(manager, await createGoal(manager, staff.id, body), today())),
  }));
  route(router, goalEndpoints.update, async ({ body, params }) => ({
    data: presentGoal(await measureGoal(manager, await updateGoal(manager, params.id, body), today())),
  }));
  route(router, goalEndpoints.delete, async ({ params }) => {
    await deleteGoal(manager, params.id);
    return { ok: true as const };
  });

  route(router, reportEndpoints.get, async ({ params }) => ({
    data: presentMonthlyReport(params.month, organisationName, await findReportComment(manager, params.month)),
  }));
  route(router, reportEndpoints.saveComment, async ({ params, body, staff }) => ({
    data: presentMonthlyReport(
      params.month,
      organisationName,
      await saveReportComment(manager, params.month, body.comment, staff),
    ),
  }));

  return router;
}
