import { pino } from 'pino';
import { statsEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { pendingStatsChanges, STATS_FOLD_LOCK_KEY, scheduleStatsFold } from './stats-fold';

let testApp: TestApp;
let lead: SignedIn;
let counterId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  lead = await signInAs(testApp, 'lead');
  counterId = (await signInAs(testApp, 'counter')).user.id;
});
afterAll(() => testApp.close());

/**
 * Cases as a busy day logs them: many small statements, each below the size at which a
 * statement folds itself, so the triggers only queue them.
 */
async function logCases(count: number, day: string): Promise<void> {
  const perStatement = 400;
  for (let first = 0; first < count; first += perStatement) {
    await testApp.dataSource.query(
      `INSERT INTO cases (created_at, updated_at, staff_id, branch_key, channel_key, category_keys, level_given, outcome, minutes)
       SELECT $2::timestamptz, now(), $1, 'glumsoe', 'walk-in', ARRAY['health'], 1, 'solved', 5 + n % 3
         FROM generate_series(1, $3::int) AS n`,
      [counterId, `${day}T10:00:00+01:00`, Math.min(perStatement, count - first)],
    );
  }
}

/** Waits until the background has emptied the queue; a test of behaviour, not of speed. */
async function queueEmptied(): Promise<void> {
  while ((await pendingStatsChanges(testApp.dataSource)) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
}

const visitsOn = async (day: string) =>
  (
    await lead
      .call(statsEndpoints.keyFigures, { query: { period: 'custom', from: day, to: day, branchKey: 'glumsoe' } })
      .expect(200)
  ).body.figures.visits.current;

describe('the statistics queue folded in the background', () => {
  it('folds a backlog of 100,000 cases with no one reading, so the next read has nothing left to fold', async () => {
    await logCases(100_000, '2024-03-12');
    expect(await pendingStatsChanges(testApp.dataSource)).toBe(100_000);

    const fold = scheduleStatsFold({
      dataSource: testApp.dataSource,
      logger: pino({ level: 'silent' }),
      intervalMs: 50,
    });
    await queueEmptied();
    await fold.stop();

    // The read finds the queue empty: it only reads rollups, and they count every case.
    expect(await pendingStatsChanges(testApp.dataSource)).toBe(0);
    expect(await visitsOn('2024-03-12')).toBe(100_000);
  });

  it('is safe on several instances at once: every case counted exactly once', async () => {
    await logCases(20_000, '2024-04-09');
    const logger = pino({ level: 'silent' });
    // Two instances' schedules on their own connections, folding the same queue.
    const folds = [1, 2].map(() => scheduleStatsFold({ dataSource: testApp.dataSource, logger, intervalMs: 10 }));
    await logCases(5_000, '2024-04-09');
    await queueEmptied();
    await Promise.all(folds.map((fold) => fold.stop()));
    expect(await visitsOn('2024-04-09')).toBe(25_000);
  });

  it('takes the lock the fold itself takes, so background folds and reads never fold the same rows', async () => {
    const [{ definition }] = await testApp.dataSource.query(
      `SELECT pg_get_functiondef('case_stats_fold'::regproc) AS definition`,
    );
    expect(definition).toContain(`pg_advisory_xact_lock(${STATS_FOLD_LOCK_KEY})`);
  });
});
