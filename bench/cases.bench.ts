import type { AddressInfo } from 'node:net';
import express from 'express';
import { Pool } from 'pg';
import { createStaffAccount } from '../apps/api/src/features/staff/staff.service';
import { formatLoad, runLoad, type LoadResult } from './support/load';
import { signInForBench, startBenchServer } from './support/bench-server';

/** App and bare take turns in short rounds, so both see the same background load on a shared machine. */
const ROUNDS = 5;
const ROUND_SECONDS = 1.5;
const CONCURRENCIES = [20, 50];
const TARGET_RATIO = 0.4;
const TARGET_P95_MS = 30;

/** What a counter logs after a recommendation: triage pre-filled, the staff member confirmed three things. */
const caseBody = (iteration: number) =>
  JSON.stringify({
    channelKey: 'walk-in',
    categoryKeys: iteration % 5 === 0 ? ['mitid-login', 'digital-post'] : ['mitid-login'],
    triage: {
      flowVersion: 1,
      answers: { 'has-mitid': true, 'own-device': true, skills: 'some' },
      recommended: { level: 2 },
    },
    levelGiven: 2,
    outcome: 'solved',
    minutes: 5 + (iteration % 30),
    guideSlugs: ['mitid-ny-telefon'],
    repeatVisit: false,
    ageBand: '65-79',
  });

/**
 * The floor to compare with: Express + pg doing one INSERT per request, no session, validation,
 * privacy check or audit. Same database, same pool size as the app.
 */
async function startBareServer(databaseUrl: string, staffId: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const app = express();
  app.use(express.json());
  app.post('/bare/cases', async (request, response) => {
    const { rows } = await pool.query(
      `INSERT INTO cases (staff_id, branch_key, channel_key, category_keys, level_given, outcome, minutes)
       VALUES ($1, 'hovedbiblioteket', $2, $3, $4, $5, $6) RETURNING id`,
      [
        staffId,
        request.body.channelKey,
        request.body.categoryKeys,
        request.body.levelGiven,
        request.body.outcome,
        request.body.minutes,
      ],
    );
    response.status(201).json({ id: rows[0].id });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bare/cases`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** Rounds added up: throughput over all of them; each latency figure is the median of the rounds'. */
function combine(rounds: LoadResult[]): LoadResult {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  return {
    requests,
    failures: rounds.reduce((sum, round) => sum + round.failures, 0),
    seconds,
    throughput: requests / seconds,
    p50: median(rounds.map((round) => round.p50)),
    p95: median(rounds.map((round) => round.p95)),
    p99: median(rounds.map((round) => round.p99)),
  };
}

/** Posts one case; counts it in `acknowledged` when the server answered 201. */
function poster(url: string, acknowledged: { count: number }) {
  return (headers: Record<string, string>, iteration: number) =>
    fetch(url, { method: 'POST', headers, body: caseBody(iteration) }).then(async (response) => {
      await response.arrayBuffer();
      if (response.status === 201) acknowledged.count += 1;
      return response.status === 201;
    });
}

export default async function casesBenchmark(): Promise<void> {
  const server = await startBenchServer();
  try {
    const manager = server.dataSource.manager;
    const password = 'bench password 123';
    const counters = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        createStaffAccount(manager, {
          username: `bench-counter-${n}`,
          displayName: `Bench ${n}`,
          role: 'counter',
          password,
          defaultBranchKey: 'hovedbiblioteket',
        }),
      ),
    );
    const bareStaff = await createStaffAccount(manager, {
      username: 'bench-bare',
      displayName: 'Bare',
      role: 'counter',
      password,
    });
    const sessions = await Promise.all(
      counters.map((account) => signInForBench(server.baseUrl, account.username, password)),
    );
    const bare = await startBareServer(server.databaseUrl, bareStaff.id);
    const jsonHeaders = { 'Content-Type': 'application/json' };
    const appAcknowledged = { count: 0 };
    const bareAcknowledged = { count: 0 };
    const postToApp = poster(`${server.baseUrl}/api/cases`, appAcknowledged);
    const postToBare = poster(bare.url, bareAcknowledged);
    const appLoad = (concurrency: number, seconds: number) =>
      runLoad({ concurrency, seconds, request: (worker, i) => postToApp(sessions[worker % sessions.length], i) });
    const bareLoad = (concurrency: number, seconds: number) =>
      runLoad({ concurrency, seconds, request: (_worker, i) => postToBare(jsonHeaders, i) });

    try {
      // Warm up both (JIT, pool connections, plan caches) before measuring.
      await appLoad(10, 1);
      await bareLoad(10, 1);

      const verdicts: string[] = [];
      for (const concurrency of CONCURRENCIES) {
        const appRounds: LoadResult[] = [];
        const bareRounds: LoadResult[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          appRounds.push(await appLoad(concurrency, ROUND_SECONDS));
          bareRounds.push(await bareLoad(concurrency, ROUND_SECONDS));
        }
        const app = combine(appRounds);
        const floor = combine(bareRounds);
        const ratio = app.throughput / floor.throughput;
        console.log(formatLoad(`POST /api/cases, ${concurrency} clients`, app));
        console.log(formatLoad(`bare Express + pg INSERT, ${concurrency} clients`, floor));
        console.log(
          `  ratio ${(ratio * 100).toFixed(0)} % of bare throughput (target ≥ ${TARGET_RATIO * 100} %); ` +
            `${ROUNDS} alternating rounds of ${ROUND_SECONDS} s, latencies are the median round's`,
        );
        verdicts.push(`${concurrency} clients: ratio ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`);
        if (concurrency === 50) {
          verdicts.push(
            `p95 ${app.p95.toFixed(1)} ms at 50 clients: ${app.p95 < TARGET_P95_MS ? 'met' : 'MISSED'} (target < ${TARGET_P95_MS} ms)`,
          );
        }
      }

      // Every acknowledged case must be in the database (failed requests may or may not be).
      const counted = await manager.query(
        `SELECT count(*) FILTER (WHERE staff_id = ANY($1))::int AS app, count(*) FILTER (WHERE staff_id = $2)::int AS bare FROM cases`,
        [counters.map((account) => account.id), bareStaff.id],
      );
      const auditRows = (await manager.query(`SELECT count(*)::int AS n FROM case_audit WHERE action = 'created'`))[0]
        .n as number;
      const [{ app: appRows, bare: bareRows }] = counted;
      console.log(
        `  rows: app ${appRows} for ${appAcknowledged.count} acknowledged, bare ${bareRows} for ${bareAcknowledged.count}; ` +
          `${auditRows} 'created' audit rows`,
      );
      const everyAcknowledgedPresent =
        appRows >= appAcknowledged.count && bareRows >= bareAcknowledged.count && auditRows === appRows;
      verdicts.push(`every acknowledged case present (and audited): ${everyAcknowledgedPresent ? 'yes' : 'NO'}`);
      console.log(`  ${verdicts.join('; ')}`);
    } finally {
      await bare.stop();
    }
  } finally {
    await server.stop();
  }
}
