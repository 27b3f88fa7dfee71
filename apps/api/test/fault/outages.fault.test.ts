import fs from 'node:fs';
import { freePort } from '../../../../bench/support/processes';
import {
  ApiProcess,
  CounterLoad,
  missingCases,
  OwnPostgres,
  readiness,
  signInCounterStaff,
  sleep,
  waitForRecovery,
  WEB_DIST,
  type Answer,
} from './fault-harness';

/*
 * Faults under load, on a PostgreSQL of this test's own: the database stopped, the database frozen,
 * the API killed. Staff keep logging cases throughout; nothing they were told was saved may be lost.
 */

jest.setTimeout(180_000);

const STAFF = 6;
/** Short, so a frozen database is given up quickly here; production's default is 10 s. */
const QUERY_TIMEOUT_MS = 2_000;

let database: OwnPostgres;
let port: number;
let api: ApiProcess;

beforeAll(async () => {
  database = await OwnPostgres.start();
  port = await freePort();
  api = await ApiProcess.start(database.url, port, { DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
});
afterAll(async () => {
  await api?.kill('SIGTERM');
  await database?.destroy();
});

const statuses = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>((counts, answer) => {
    counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    return counts;
  }, {});
const slowest = (answers: Answer[]) => Math.max(0, ...answers.map((answer) => answer.ms));
const unavailableWarnings = () => api.log.filter((line) => line.includes('database unavailable')).length;

it('PostgreSQL stopped under load: 503 within 1 s, /readyz 503, the app shell still served, back within 5 s, nothing acknowledged lost', async () => {
  const sessions = await signInCounterStaff(api.baseUrl, STAFF);
  const load = new CounterLoad(api.baseUrl, sessions);
  await sleep(1_500);
  const warningsBefore = unavailableWarnings();

  const stoppedAt = Date.now();
  await database.stop();
  const stopped = Date.now();
  await sleep(1_000);
  const ready = await readiness(api.baseUrl);
  // A signed-in user reloading a page gets the app (which then shows the API's 503), not raw JSON.
  const shell = fs.existsSync(`${WEB_DIST}/index.html`)
    ? await fetch(`${api.baseUrl}/sager`, { headers: { Cookie: sessions[0]?.cookie ?? '' } })
    : undefined;
  const shellType = shell?.headers.get('content-type') ?? 'no web build';
  await sleep(2_000);

  const restartedAt = Date.now();
  await database.restart();
  const back = Date.now();
  const recoveredAt = await waitForRecovery(load, back, 5_000);
  await sleep(1_000);
  await load.stop();

  const during = load.between(stopped, restartedAt);
  const lost = await missingCases(database, load.acknowledged);
  console.log(
    `PostgreSQL stopped ${restartedAt - stoppedAt} ms under ${STAFF} staff: ${during.length} requests while down ` +
      `${JSON.stringify(statuses(during))}, slowest answer ${slowest(during)} ms; /readyz ${ready.status} in ${ready.ms} ms; ` +
      `back ${recoveredAt - back} ms after PostgreSQL; ${load.acknowledged.size} cases acknowledged, ` +
      `${lost.missing} missing, ${lost.withoutAudit} without audit; ${unavailableWarnings() - warningsBefore} warnings logged; ` +
      `all answers ${JSON.stringify(statuses(load.answers))}`,
  );

  expect(during.length).toBeGreaterThan(0);
  expect(during.every((answer) => answer.status === 503)).toBe(true);
  expect(slowest(during)).toBeLessThan(1_000);
  expect(ready.status).toBe(503);
  if (shell) {
    expect(shell.status).toBe(200);
    expect(shellType).toMatch(/text\/html/);
  }
  expect(load.answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
  expect(recoveredAt - back).toBeLessThanOrEqual(5_000);
  expect((await readiness(api.baseUrl)).status).toBe(200);
  expect(lost).toEqual({ missing: 0, withoutAudit: 0 });
  // Logged once, not once per refused request (at most one more per 10 s).
  expect(unavailableWarnings() - warningsBefore).toBeGreaterThanOrEqual(1);
  expect(unavailableWarnings() - warningsBefore).toBeLessThanOrEqual(2);
  expect(api.log.filter((line) => line.includes('unhandled error'))).toEqual([]);
});

it('PostgreSQL frozen under load: /readyz 503 within 3 s, requests 503 after the query timeout, back within 5 s', async () => {
  const sessions = await signInCounterStaff(api.baseUrl, STAFF);
  const load = new CounterLoad(api.baseUrl, sessions);
  await sleep(1_500);

  await database.freeze();
  const frozenAt = Date.now();
  await sleep(500);
  const ready = await readiness(api.baseUrl);
  await sleep(3_000);
  const thawedAt = Date.now();
  await database.thaw();
  const recoveredAt = await waitForRecovery(load, thawedAt, 5_000);
  await sleep(1_000);
  await load.stop();

  // Answered while the database was frozen, so answered without it.
  const during = load.answers.filter(
    (answer) => answer.startedAt + answer.ms > frozenAt + 100 && answer.startedAt + answer.ms < thawedAt,
  );
  const lost = await missingCases(database, load.acknowledged);
  console.log(
    `PostgreSQL frozen ${thawedAt - frozenAt} ms under ${STAFF} staff: ${during.length} requests answered while frozen ` +
      `${JSON.stringify(statuses(during))}, slowest answer ${slowest(during)} ms; /readyz ${ready.status} in ${ready.ms} ms; ` +
      `back ${recoveredAt - thawedAt} ms after thawing; ${load.acknowledged.size} acknowledged, ${lost.missing} missing`,
  );

  expect(ready.status).toBe(503);
  expect(ready.ms).toBeLessThan(3_000);
  expect(load.answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
  expect(during.length).toBeGreaterThan(0);
  expect(during.every((answer) => answer.status === 503)).toBe(true);
  // The query timeout (+1 s for the driver), or the pool's 5 s connection timeout: never the old 15 s hang.
  expect(slowest(load.between(frozenAt, thawedAt))).toBeLessThan(7_000);
  expect(recoveredAt - thawedAt).toBeLessThanOrEqual(5_000);
  expect(lost).toEqual({ missing: 0, withoutAudit: 0 });
});

it('API killed (SIGKILL) under load: started again, every acknowledged case is there with its audit row', async () => {
  const sessions = await signInCounterStaff(api.baseUrl, STAFF);
  const load = new CounterLoad(api.baseUrl, sessions);
  await sleep(2_000);
  const killedAt = Date.now();
  await api.kill('SIGKILL');
  await sleep(500);
  api = await ApiProcess.start(database.url, port, { DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  const restartedAt = Date.now();
  const recoveredAt = await waitForRecovery(load, restartedAt, 5_000);
  await sleep(1_000);
  await load.stop();

  const lost = await missingCases(database, load.acknowledged);
  const beforeKill = [...load.answers].filter((answer) => answer.startedAt < killedAt && answer.kind === 'log-case');
  console.log(
    `API killed after ${beforeKill.length} case requests; started again in ${restartedAt - killedAt} ms, ` +
      `cases logged again ${recoveredAt - restartedAt} ms later (sessions kept); ${load.acknowledged.size} acknowledged, ` +
      `${lost.missing} missing, ${lost.withoutAudit} without audit; answers ${JSON.stringify(statuses(load.answers))}`,
  );

  expect(load.acknowledged.size).toBeGreaterThan(0);
  expect(lost).toEqual({ missing: 0, withoutAudit: 0 });
  expect(load.answers.filter((answer) => answer.status >= 500)).toEqual([]);
});
