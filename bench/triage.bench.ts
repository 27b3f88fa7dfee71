import { authEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { enumeratePaths, seededFlows } from '@digihjaelp/triage';
import type { BenchGroup } from './support/context';
import type { Figure } from './support/figures';
import { httpContender } from './support/http-load';
import { alternate, compare } from './support/rounds';

/** Every complete visit through every seeded flow (the flows every installation starts with), as request bodies. */
function everyVisit(): string[] {
  return Object.entries(seededFlows).flatMap(([categoryKey, flow]) =>
    enumeratePaths(flow).map((path) => JSON.stringify({ categoryKey, answers: path.answers })),
  );
}

/**
 * `POST /api/triage/evaluate` over every path of every seeded flow, beside the signed-in floor
 * `GET /api/auth/me` on the same server: what triage adds to the cheapest signed-in request.
 */
const triage: BenchGroup = {
  name: 'triage',
  description: 'POST /api/triage/evaluate at 1, 20 and 50 clients vs the signed-in floor GET /api/auth/me',
  async run(context) {
    const visits = everyVisit();
    console.log(`${visits.length} visits (every path of ${Object.keys(seededFlows).length} seeded flows)`);
    const app = await context.startApp('triage');
    await app.createStaff([{ username: 'bench-counter', role: 'counter' }]);
    const session = await app.signIn('bench-counter');
    const figures: Figure[] = [];
    for (const connections of [1, 20, 50]) {
      const rounds = await alternate(
        [
          httpContender('evaluate', app, {
            connections,
            method: 'POST',
            paths: [triageEndpoints.evaluate.path],
            headers: [session],
            bodies: visits,
          }),
          httpContender('/api/auth/me', app, {
            connections,
            method: 'GET',
            paths: [authEndpoints.me.path],
            headers: [session],
          }),
        ],
        context.options,
      );
      const name = `triage: POST /api/triage/evaluate, ${connections} client${connections > 1 ? 's' : ''}`;
      const vsFloor = { rounds, subject: 0, baseline: 1 };
      figures.push(
        compare({ name: `${name}, p95 vs GET /api/auth/me`, metric: 'p95', target: 'ratio <= 1.2', ...vsFloor }),
        compare({ name: `${name}, throughput vs GET /api/auth/me`, metric: 'throughput', ...vsFloor }),
        compare({ name: `${name}, node CPU per request vs GET /api/auth/me`, metric: 'cpuMsPerRequest', ...vsFloor }),
      );
      if (connections === 1)
        figures.push(compare({ name: `${name}, p95`, metric: 'p95', target: 'value < 2', rounds, subject: 0 }));
    }
    return figures;
  },
};

export default triage;
