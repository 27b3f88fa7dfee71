import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { dashboardEndpoints, goalEndpoints, statsEndpoints } from '@digihjaelp/contract';
import { createApp } from '../apps/api/src/app';
import { openDatabase } from '../apps/api/src/db/database';
import { insertCasesInBulk } from '../apps/api/src/features/cases/bulk-insert-cases';
import { generateCases, type GeneratedCase } from '../apps/api/src/features/demo/case-generator';
import { loadCaseCatalogue } from '../apps/api/src/features/demo/demo-cases';
import { guideContentDir, loadGuideFiles } from '../apps/api/src/features/guides/guide-files';
import { importGuides } from '../apps/api/src/features/guides/guide-import.service';
import { createStaffAccount } from '../apps/api/src/features/staff/staff.service';
import { percentile } from './support/load';
import { signInForBench } from './support/bench-server';

/**
 * The statistics dashboard over a year of 1,000,000 cases (the cases engineer's generator),
 * 12-month range. Cold: the first request of each endpoint after PostgreSQL restarts (empty
 * shared buffers; the OS page cache stays warm). Warm: each endpoint alone, and the whole
 * dashboard as the browser loads it (all its requests at once).
 * Targets: every endpoint < 300 ms, the whole dashboard < 500 ms, warm.
 */
const CASES = Number(process.env.STATS_BENCH_CASES ?? 1_000_000);
const STAFF = 24;
const COLD_ROUNDS = 5;
const WARM_ROUNDS = 30;
const ENDPOINT_TARGET_MS = 300;
const DASHBOARD_TARGET_MS = 500;
/** Cases per COPY: each statement's trigger folds its batch into the rollups. */
const BATCH = 100_000;

const query = 'period=last-12-months';
const year = new Date().getFullYear();
const dashboardPaths = [
  statsEndpoints.filterOptions.path,
  ...dashboardEndpoints.map((endpoint) => `${endpoint.path}?${query}`),
  `${goalEndpoints.list.path}?year=${year}`,
];

function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function startApp(dataDir: string) {
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, logger });
  const app = createApp({
    dataSource: database.dataSource,
    logger,
    demoMode: false,
    sessionHours: 12,
    trustProxy: false,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dataSource: database.dataSource,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const f = (ms: number) => ms.toFixed(1).padStart(7);
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

export default async function statsBenchmark(): Promise<void> {
  if (process.env.DATABASE_URL)
    throw new Error('The statistics benchmark restarts its own embedded PostgreSQL; unset DATABASE_URL.');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-stats-bench-'));
  await fs.chmod(dataDir, 0o755);
  let app = await startApp(dataDir);
  try {
    const staffIds: string[] = [];
    for (let index = 0; index < STAFF; index += 1) {
      const account = await createStaffAccount(app.dataSource.manager, {
        username: `skranke${index}`,
        displayName: `Skranke ${index}`,
        role: 'counter',
        password: 'correct horse battery',
      });
      staffIds.push(account.id);
    }
    const lead = await createStaffAccount(app.dataSource.manager, {
      username: 'leder',
      displayName: 'Leder',
      role: 'lead',
      password: 'correct horse battery',
    });
    // The published guides, so generated visits use them as at a real desk.
    const guideFiles = await loadGuideFiles(guideContentDir);
    await app.dataSource.transaction((manager) => importGuides(manager, guideFiles, lead));
    const catalogue = await loadCaseCatalogue(app.dataSource.manager);

    const seedStarted = performance.now();
    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    let seeded = 0;
    for (const batch of inBatches<GeneratedCase>(
      generateCases({ seed: 1, end: yesterday, count: CASES, staffIds, catalogue }),
      BATCH,
    )) {
      seeded += await insertCasesInBulk(app.dataSource, batch);
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await app.dataSource.query('VACUUM ANALYZE');
    const [sizes] = await app.dataSource.query(`
      SELECT (SELECT count(*) FROM case_stats)::int AS stats, (SELECT count(*) FROM case_stats_minutes)::int AS minutes,
             (SELECT count(*) FROM case_stats_guides)::int AS guides, (SELECT count(*) FROM case_stats_referrals)::int AS referrals,
             pg_size_pretty(pg_total_relation_size('cases')) AS cases_size,
             pg_size_pretty(pg_total_relation_size('case_stats') + pg_total_relation_size('case_stats_minutes')
               + pg_total_relation_size('case_stats_guides') + pg_total_relation_size('case_stats_referrals')) AS rollup_size`);
    console.log(
      `seeded ${seeded.toLocaleString('en')} cases in ${seedSeconds.toFixed(1)} s (rollups kept by the insert triggers)`,
    );
    console.log(
      `rollup rows: case_stats ${sizes.stats}, minutes ${sizes.minutes}, guides ${sizes.guides}, referrals ${sizes.referrals}; ` +
        `cases ${sizes.cases_size}, rollups ${sizes.rollup_size}`,
    );

    const cold = new Map<string, number[]>(dashboardPaths.map((p) => [p, []]));
    for (let round = 0; round < COLD_ROUNDS; round += 1) {
      await app.stop();
      app = await startApp(dataDir);
      const headers = await signInForBench(app.baseUrl, 'leder', 'correct horse battery');
      for (const p of dashboardPaths) cold.get(p)!.push(await timed(app.baseUrl + p, headers));
    }

    const headers = await signInForBench(app.baseUrl, 'leder', 'correct horse battery');
    const alone = new Map<string, number[]>(dashboardPaths.map((p) => [p, []]));
    const together = new Map<string, number[]>(dashboardPaths.map((p) => [p, []]));
    const wholeDashboard: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round += 1) {
      for (const p of dashboardPaths) alone.get(p)!.push(await timed(app.baseUrl + p, headers));
      const started = performance.now();
      const times = await Promise.all(dashboardPaths.map((p) => timed(app.baseUrl + p, headers)));
      wholeDashboard.push(performance.now() - started);
      times.forEach((ms, index) => together.get(dashboardPaths[index])!.push(ms));
    }

    console.log(
      `\n${CASES.toLocaleString('en')} cases, ${query}, ms (cold: ${COLD_ROUNDS} restarts; warm: ${WARM_ROUNDS} rounds)`,
    );
    console.log(
      `${'endpoint'.padEnd(48)} ${'cold p50'.padStart(8)} ${'cold p95'.padStart(8)} ${'warm p50'.padStart(8)} ${'warm p95'.padStart(8)} ${'in page p95'.padStart(11)}`,
    );
    let slowest = 0;
    for (const p of dashboardPaths) {
      const c = summary(cold.get(p)!);
      const w = summary(alone.get(p)!);
      const t = summary(together.get(p)!);
      slowest = Math.max(slowest, w.p95);
      console.log(
        `${p.split('?')[0].padEnd(48)} ${f(c.p50)}  ${f(c.p95)}  ${f(w.p50)}  ${f(w.p95)}  ${f(t.p95).padStart(10)}`,
      );
    }
    const page = summary(wholeDashboard);
    console.log(
      `${`whole dashboard (${dashboardPaths.length} requests at once)`.padEnd(48)} ${''.padStart(18)} ${f(page.p50)}  ${f(page.p95)}`,
    );
    console.log(
      `targets: every endpoint warm p95 < ${ENDPOINT_TARGET_MS} ms: ${slowest < ENDPOINT_TARGET_MS ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(1)}); ` +
        `whole dashboard warm p95 < ${DASHBOARD_TARGET_MS} ms: ${page.p95 < DASHBOARD_TARGET_MS ? 'met' : 'MISSED'}`,
    );
  } finally {
    await app.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
