import { performance } from 'node:perf_hooks';
import type { Answers } from '@digihjaelp/contract';
import { enumeratePaths, evaluateFlow, seededFlows } from '@digihjaelp/triage';
import { ensureStaffAccount } from '../apps/api/src/features/staff/staff.service';
import { seedTriageFlows } from '../apps/api/src/features/triage/triage.service';
import { startBenchServer, signInForBench } from './support/bench-server';
import { formatLoad, runLoad } from './support/load';

const concurrency = 20;
const seconds = 10;
const targetP95Ms = 10;

/** Every complete visit through every seeded flow, so the load covers all of them evenly. */
function allVisits(): { categoryKey: string; answers: Answers }[] {
  return Object.entries(seededFlows).flatMap(([categoryKey, flow]) =>
    enumeratePaths(flow).map((path) => ({ categoryKey, answers: path.answers })),
  );
}

function engineEvaluationsPerSecond(visits: { categoryKey: string; answers: Answers }[], forMs: number): number {
  let evaluations = 0;
  const started = performance.now();
  while (performance.now() - started < forMs) {
    for (const visit of visits) evaluateFlow(seededFlows[visit.categoryKey], visit.answers, { urgent: false });
    evaluations += visits.length;
  }
  return evaluations / ((performance.now() - started) / 1000);
}

/** `POST /api/triage/evaluate` at 20 concurrent clients, beside the engine's own speed in-process. */
export default async function triageBenchmark(): Promise<void> {
  const visits = allVisits();
  console.log(`${visits.length} visits (every path of ${Object.keys(seededFlows).length} seeded flows)`);
  console.log(
    `engine in-process: ${Math.round(engineEvaluationsPerSecond(visits, 2000)).toLocaleString('en')} evaluations/s`,
  );

  const server = await startBenchServer();
  try {
    await seedTriageFlows(server.dataSource.manager);
    const password = 'bench-password-long';
    await ensureStaffAccount(server.dataSource.manager, {
      username: 'bench',
      displayName: 'Bench',
      role: 'counter',
      password,
    });
    const headers = await signInForBench(server.baseUrl, 'bench', password);
    // Baseline: the same session lookup and middleware without triage, to show what triage itself adds.
    const baseline = await runLoad({
      concurrency,
      seconds: seconds / 2,
      request: async () => {
        const response = await fetch(`${server.baseUrl}/api/auth/me`, { headers });
        await response.arrayBuffer();
        return response.ok;
      },
    });
    console.log(formatLoad(`GET /api/auth/me baseline (${concurrency} clients)`, baseline));
    const evaluate = async (worker: number, iteration: number) => {
      const visit = visits[(worker * 7919 + iteration) % visits.length];
      const response = await fetch(`${server.baseUrl}/api/triage/evaluate`, {
        method: 'POST',
        headers,
        body: JSON.stringify(visit),
      });
      await response.arrayBuffer();
      return response.ok;
    };
    // One client first: the latency of a single evaluation, without queueing behind our own load.
    console.log(
      formatLoad(
        'POST /api/triage/evaluate (1 client)',
        await runLoad({ concurrency: 1, seconds: 3, request: evaluate }),
      ),
    );
    const result = await runLoad({ concurrency, seconds, request: evaluate });
    console.log(formatLoad(`POST /api/triage/evaluate (${concurrency} clients)`, result));
    console.log(`target p95 < ${targetP95Ms} ms: ${result.p95 < targetP95Ms ? 'met' : 'NOT met'}`);
  } finally {
    await server.stop();
  }
}
