import { Client } from 'pg';
import { caseEndpoints, type CreateCaseRequest } from '@digihjaelp/contract';
import { baselinePaths } from './support/baseline-server';
import type { BenchGroup } from './support/context';
import { httpContender } from './support/http-load';
import { alternate, compare, type Contender } from './support/rounds';

const CLIENTS = 50;
const STAFF = 10;

/** What a counter logs after a recommendation: triage pre-filled, the staff member confirmed three things. */
export function caseBodies(): string[] {
  return Array.from({ length: 60 }, (_, n) =>
    JSON.stringify({
      channelKey: 'walk-in',
      categoryKeys: n % 5 === 0 ? ['mitid-login', 'digital-post'] : ['mitid-login'],
      triage: {
        flowVersion: 1,
        answers: { 'has-mitid': true, 'own-device': true, skills: 'some' },
        recommended: { level: 2 },
      },
      levelGiven: 2,
      outcome: 'solved',
      minutes: 5 + (n % 30),
      guideSlugs: ['mitid-ny-telefon'],
      repeatVisit: false,
      ageBand: '65-79',
    } satisfies CreateCaseRequest),
  );
}

/** Counts the requests a contender got answered, warm-up included, to check them against the rows. */
function counted(contender: Contender) {
  const answered = { count: 0 };
  const run: Contender['run'] = async (seconds) => {
    const result = await contender.run(seconds);
    answered.count += result.requests;
    return result;
  };
  return { contender: { ...contender, run }, answered };
}

/**
 * `POST /api/cases` at 50 clients, signed in as 10 staff members, each request with its own
 * `Idempotency-Key` as the web app sends (session lookup, CSRF, validation, privacy check, key claim,
 * case + audit + statistics queue), beside a bare Express + pg INSERT into the same
 * table. Afterwards every acknowledged case must be in the table, with its audit row.
 */
const cases: BenchGroup = {
  name: 'cases',
  description: `POST /api/cases at ${CLIENTS} clients (${STAFF} staff sessions) vs a bare Express + pg INSERT`,
  async run(context) {
    const app = await context.startApp('cases');
    const usernames = Array.from({ length: STAFF }, (_, n) => `bench-counter-${n + 1}`);
    const staffIds = await app.createStaff(
      usernames.map((username) => ({ username, role: 'counter' as const, defaultBranchKey: 'hovedbiblioteket' })),
    );
    const bareStaffId = await app.createAccount({ username: 'bench-bare', role: 'counter' });
    const sessions = await Promise.all(usernames.map((username) => app.signIn(username)));
    const bare = await context.startBaseline('insert', app.databaseUrl, { STAFF_ID: bareStaffId });
    const bodies = caseBodies();
    const post = (path: string, headers: Record<string, string>[]) =>
      ({ connections: CLIENTS, method: 'POST', paths: [path], headers, bodies }) as const;
    // The counter screen sends a fresh key with every visit it logs, so the app is measured doing so.
    const appWrites = counted(
      httpContender('POST /api/cases', app, {
        ...post(caseEndpoints.create.path, sessions),
        uniqueHeader: 'Idempotency-Key',
      }),
    );
    const bareWrites = counted(
      httpContender('bare INSERT', bare, post(baselinePaths.insert, [{ 'Content-Type': 'application/json' }])),
    );
    const rounds = await alternate([appWrites.contender, bareWrites.contender], context.options);

    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ app: number; bare: number; audited: number }>(
        `SELECT count(*) FILTER (WHERE staff_id = ANY($1))::int AS app, count(*) FILTER (WHERE staff_id = $2)::int AS bare,
                (SELECT count(*) FROM case_audit WHERE action = 'created')::int AS audited
           FROM cases`,
        [staffIds, bareStaffId],
      );
      const [counts] = rows;
      if (!counts) throw new Error('counting the rows gave no row');
      const { app: appRows, bare: bareRows, audited } = counts;
      console.log(
        `  rows: app ${appRows} for ${appWrites.answered.count} acknowledged (${audited} audited), ` +
          `bare ${bareRows} for ${bareWrites.answered.count}`,
      );
      // A request cut off at the end of a round may be written without being acknowledged, never the reverse.
      if (appRows < appWrites.answered.count || audited !== appRows || bareRows < bareWrites.answered.count)
        throw new Error('an acknowledged case is missing, or a case has no audit row');
    } finally {
      await client.end();
    }

    const name = `cases: POST /api/cases, ${CLIENTS} clients`;
    const vsInsert = { rounds, subject: 0, baseline: 1 };
    return [
      compare({
        name: `${name}, throughput vs bare INSERT`,
        metric: 'throughput',
        target: 'ratio >= 0.8',
        ...vsInsert,
      }),
      compare({ name: `${name}, p95 vs bare INSERT`, metric: 'p95', ...vsInsert }),
      compare({ name: `${name}, node CPU per request vs bare INSERT`, metric: 'cpuMsPerRequest', ...vsInsert }),
    ];
  },
};

export default cases;
