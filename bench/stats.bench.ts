import { performance } from 'node:perf_hooks';
import { Client, type Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import { dashboardEndpoints, goalEndpoints, statsEndpoints, statsFilterQuerySchema } from '@digihjaelp/contract';
import { foldPendingCases } from '../apps/api/src/features/stats/stats.queries';
import * as stats from '../apps/api/src/features/stats/stats.service';
import { appPoolSize, type BenchGroup } from './support/context';
import { figure } from './support/figures';
import { httpContender } from './support/http-load';
import { runCommand, tsxCommand } from './support/processes';
import { alternate, compare, oneMinuteLoad } from './support/rounds';
import { type SqlWorkloads, sqlLoad } from './support/sql-load';

const STAFF = 24;
const FILTER = { period: 'last-12-months' } as const;
const year = () => new Date().getFullYear();

/** What the statistics page requests at once when a lead opens it (its filter options, every dashboard figure, the year's goals). */
const dashboardPaths = () => {
  const query = new URLSearchParams(FILTER).toString();
  return [
    statsEndpoints.filterOptions.path,
    ...dashboardEndpoints.map((endpoint) => `${endpoint.path}?${query}`),
    `${goalEndpoints.list.path}?year=${year()}`,
  ];
};

/** The dashboard's figures as the API computes them (the same order as `dashboardEndpoints`). */
const dashboardFigures = [
  stats.keyFigures,
  stats.visitsOverTime,
  stats.heatMap,
  stats.categories,
  stats.levelMix,
  stats.recommendation,
  stats.referrals,
  stats.guides,
  stats.branchComparison,
];

/**
 * The same SQL as the dashboard's requests, all at once over a bare `pg` pool: each figure folds
 * the queue and resolves the filter first, as its endpoint does. Only `query` is used, which a
 * pg pool has too.
 */
export const sqlWorkloads: SqlWorkloads = {
  dashboard:
    ({ goalYear }: { goalYear: number }) =>
    async (pool: Pool) => {
      const manager = {
        query: async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows,
      } as unknown as EntityManager;
      const filter = statsFilterQuerySchema.parse(FILTER);
      const figureOf = async (compute: (typeof dashboardFigures)[number]) => {
        await foldPendingCases(manager);
        return compute(manager, await stats.resolveFilter(manager, filter));
      };
      await Promise.all([
        stats.filterOptions(manager),
        ...dashboardFigures.map(figureOf),
        pool.query('SELECT * FROM stats_goals WHERE year = $1 ORDER BY created_at', [goalYear]),
      ]);
    },
};

/**
 * The statistics dashboard over a year of generated cases (`npm run seed:cases`, the cases
 * engineer's generator; --stats-cases, default 100,000; the issue's target is for 1,000,000): the
 * seeding rate, the rollups' size beside the cases table, and the whole dashboard warm — all its
 * requests at once, as the browser sends them — beside the same SQL run bare.
 */
const statistics: BenchGroup = {
  name: 'stats',
  description: 'statistics: seeding, rollup size, the whole dashboard vs its bare SQL',
  async run(context) {
    const cases = context.options.statsCases;
    const scale = `${cases.toLocaleString('en')} cases`;
    const app = await context.startApp('stats');
    await app.createStaff([
      ...Array.from({ length: STAFF }, (_, n) => ({ username: `bench-counter-${n + 1}`, role: 'counter' as const })),
      { username: 'bench-lead', role: 'lead' },
    ]);

    const started = performance.now();
    await runCommand(tsxCommand('apps/api/src/features/demo/seed-cases.cli.ts', '--count', String(cases)), {
      DATABASE_URL: app.databaseUrl,
    });
    const seedSeconds = (performance.now() - started) / 1000;
    const loadAfterSeeding = oneMinuteLoad();

    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    let sizes: { cases: number; rollups: number; pending: number; seeded: number };
    try {
      await client.query('VACUUM ANALYZE');
      const { rows } = await client.query(`
        SELECT pg_total_relation_size('cases')::float8 AS cases,
               (pg_total_relation_size('case_stats') + pg_total_relation_size('case_stats_minutes')
                + pg_total_relation_size('case_stats_guides') + pg_total_relation_size('case_stats_referrals'))::float8 AS rollups,
               (SELECT count(*) FROM case_stats_pending)::int AS pending,
               (SELECT count(*) FROM cases)::int AS seeded`);
      sizes = rows[0];
    } finally {
      await client.end();
    }
    const mb = (bytes: number) => bytes / 2 ** 20;
    console.log(
      `seeded ${sizes.seeded.toLocaleString('en')} cases in ${seedSeconds.toFixed(1)} s; cases ${mb(sizes.cases).toFixed(0)} MB, ` +
        `rollups ${mb(sizes.rollups).toFixed(0)} MB, ${sizes.pending} queued`,
    );

    const session = await app.signIn('bench-lead');
    const rounds = await alternate(
      [
        httpContender('dashboard', app, { paths: dashboardPaths(), headers: session }),
        {
          label: 'bare SQL',
          run: (seconds) =>
            sqlLoad(
              {
                databaseUrl: app.databaseUrl,
                poolSize: appPoolSize(),
                clients: 1,
                module: __filename,
                workload: 'dashboard',
                args: { goalYear: year() },
              },
              seconds,
            ),
        },
      ],
      context.options,
    );
    const requests = dashboardPaths().length;
    return [
      figure({
        name: `stats: seeding ${scale} (npm run seed:cases, whole process)`,
        value: sizes.seeded / seedSeconds,
        unit: 'cases/s',
        // 1,000,000 cases in 2 minutes.
        target: 'value >= 8333',
        loadAverage: loadAfterSeeding,
      }),
      figure({
        name: `stats: rollups beside the cases table, ${scale}`,
        value: mb(sizes.rollups),
        unit: 'MB',
        baseline: mb(sizes.cases),
        target: 'ratio <= 1.5',
        loadAverage: loadAfterSeeding,
      }),
      compare({
        name: `stats: whole dashboard (${requests} requests at once), ${scale}, warm p95 vs bare SQL`,
        metric: 'p95',
        // The budget is for 1,000,000 cases; a smaller run must meet it all the more.
        target: 'value < 250',
        rounds,
        subject: 0,
        baseline: 1,
      }),
      compare({
        name: `stats: whole dashboard, ${scale}, node CPU per dashboard`,
        metric: 'cpuMsPerRequest',
        unit: 'ms CPU/dashboard',
        rounds,
        subject: 0,
      }),
    ];
  },
};

export default statistics;
