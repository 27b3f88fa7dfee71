import { authEndpoints } from '@digihjaelp/contract';
import { baselinePaths } from './support/baseline-server';
import type { BenchGroup } from './support/context';
import type { Figure } from './support/figures';
import { httpContender } from './support/http-load';
import { alternate, compare } from './support/rounds';

export const FLOOR_CONNECTIONS = [20, 50];

/**
 * The cheapest signed-in request, `GET /api/auth/me` (session lookup and every middleware, no
 * feature work), beside a bare Express + pg `SELECT 1` (the least a request that asks the database
 * can cost) and Node's bare `http` server (what the machine and load generator can do at all).
 */
const floor: BenchGroup = {
  name: 'floor',
  description: 'signed-in floor GET /api/auth/me vs bare Express + pg SELECT 1 vs bare http',
  async run(context) {
    const app = await context.startApp('floor');
    await app.createStaff([{ username: 'bench-counter', role: 'counter' }]);
    const session = await app.signIn('bench-counter');
    const select1 = await context.startBaseline('select1', app.databaseUrl);
    const bareHttp = await context.startBaseline('http');
    const figures: Figure[] = [];
    for (const connections of FLOOR_CONNECTIONS) {
      const get = (path: string, headers: Record<string, string> = {}) =>
        ({ connections, method: 'GET', paths: [path], headers: [headers] }) as const;
      const rounds = await alternate(
        [
          httpContender('/api/auth/me', app, get(authEndpoints.me.path, session)),
          httpContender('bare SELECT 1', select1, get(baselinePaths.select1)),
          httpContender('bare http', bareHttp, get(baselinePaths.http)),
        ],
        context.options,
      );
      const me = `floor: GET /api/auth/me, ${connections} connections`;
      const vsSelect1 = { rounds, subject: 0, baseline: 1 };
      figures.push(
        compare({
          name: `${me}, throughput vs bare SELECT 1`,
          metric: 'throughput',
          target: 'ratio >= 0.65',
          ...vsSelect1,
        }),
        compare({ name: `${me}, p95 vs bare SELECT 1`, metric: 'p95', ...vsSelect1 }),
        compare({ name: `${me}, node CPU per request vs bare SELECT 1`, metric: 'cpuMsPerRequest', ...vsSelect1 }),
        compare({
          name: `floor: bare SELECT 1, ${connections} connections, throughput vs bare http`,
          metric: 'throughput',
          rounds,
          subject: 1,
          baseline: 2,
        }),
      );
    }
    return figures;
  },
};

export default floor;
