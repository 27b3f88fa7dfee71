import { caseEndpoints } from '@digihjaelp/contract';
import { RefusalsWithoutLevel1764712000002 } from '../../db/migrations/1764712000002-refusals-without-level';
import { insertCaseRows } from '../../../test/support/case-rows';
import { buildCaseRequest } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let counter: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
});
afterAll(() => testApp.close());

const refusal = (overrides: Record<string, unknown> = {}) =>
  buildCaseRequest({
    categoryKeys: ['digital-post'],
    triage: { flowVersion: 1, answers: {}, recommended: { notPermitted: true } },
    outcome: 'refused_not_permitted',
    levelGiven: null,
    guideSlugs: [],
    ...overrides,
  });

describe('a refusal is an outcome of its own', () => {
  it('is logged without a level given', async () => {
    const response = await counter.call(caseEndpoints.create, { body: refusal() }).expect(201);
    expect(response.body.data).toMatchObject({ outcome: 'refused_not_permitted', levelGiven: null });
  });

  it('or with the level of the alternative the worker actually helped at', async () => {
    const response = await counter.call(caseEndpoints.create, { body: refusal({ levelGiven: 4 }) }).expect(201);
    expect(response.body.data).toMatchObject({ outcome: 'refused_not_permitted', levelGiven: 4 });
  });

  it('while every other outcome names the level given, on create and on correction', async () => {
    const solved = await counter.call(caseEndpoints.create, { body: refusal({ outcome: 'solved' }) }).expect(400);
    expect(solved.body.error.details.fields).toContainEqual({
      path: 'levelGiven',
      message: 'Vælg det hjælpeniveau, du gav',
    });
    const logged = (await counter.call(caseEndpoints.create, { body: refusal() }).expect(201)).body.data;
    const corrected = await counter
      .call(caseEndpoints.update, { params: { id: logged.id }, body: { version: logged.version, outcome: 'solved' } })
      .expect(400);
    expect(corrected.body.error.details.fields[0].path).toBe('levelGiven');
  });
});

describe('the migration of refusals logged at level 1', () => {
  it('takes the default level off old refusals, audits it, and moves the statistics with it', async () => {
    const { dataSource } = testApp;
    const migration = new RefusalsWithoutLevel1764712000002();
    const runner = dataSource.createQueryRunner();
    await dataSource.query('DELETE FROM cases');
    await dataSource.query('SELECT case_stats_fold()');
    try {
      await migration.down(runner);
      await insertCaseRows(dataSource, [
        // As the old form logged every refusal: level 1.
        { at: '2026-03-02T10:00:00+01:00', staffId: counter.user.id, outcome: 'refused_not_permitted', levelGiven: 1 },
        // A refusal where the worker chose to help at a lasting arrangement: kept.
        { at: '2026-03-02T11:00:00+01:00', staffId: counter.user.id, outcome: 'refused_not_permitted', levelGiven: 4 },
        { at: '2026-03-02T12:00:00+01:00', staffId: counter.user.id, outcome: 'solved', levelGiven: 1 },
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const rows = await dataSource.query(
      'SELECT outcome, level_given AS "levelGiven", version FROM cases ORDER BY created_at',
    );
    expect(rows).toEqual([
      { outcome: 'refused_not_permitted', levelGiven: null, version: 2 },
      { outcome: 'refused_not_permitted', levelGiven: 4, version: 1 },
      { outcome: 'solved', levelGiven: 1, version: 1 },
    ]);
    const [migrated] = await dataSource.query(
      `SELECT a.staff_id AS "staffId", a.changes FROM case_audit a JOIN cases c ON c.id = a.case_id
        WHERE a.action = 'updated' AND c.level_given IS NULL`,
    );
    expect(migrated).toEqual({ staffId: null, changes: [{ field: 'levelGiven', old: 1, new: null }] });

    // The rollups agree with the case log: one visit at level 1, one at level 4, one refusal without a level.
    await dataSource.query('SELECT case_stats_fold()');
    const [day] = await dataSource.query(
      `SELECT sum(visits)::int AS visits, sum(level_1)::int AS level1, sum(level_4)::int AS level4,
              sum(outcome_refused_not_permitted)::int AS refused
         FROM case_stats WHERE grain = 'd' AND staff_id IS NULL AND category_key IS NULL`,
    );
    expect(day).toEqual({ visits: 3, level1: 1, level4: 1, refused: 2 });
  });
});
