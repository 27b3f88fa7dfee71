import { caseEndpoints, goalEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';
import { seedDemoCases } from './demo-cases';
import { seedDemoGoals } from './demo-goals';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('demo cases', () => {
  it('fill an empty case log with a year of visits up to yesterday, once', async () => {
    const lead = await signInAs(testApp, 'lead', 'leder');
    const today = new Date('2026-11-26T09:00:00Z');
    const inserted = await seedDemoCases(testApp.dataSource, [lead.user.id], today);
    expect(inserted).toBeGreaterThan(9_000);
    const [stored] = await testApp.dataSource.query(
      `SELECT count(*)::int AS n, min(created_at) AS first, max(created_at) AS last FROM cases`,
    );
    expect(stored.n).toBe(inserted);
    expect(new Date(stored.last).getTime()).toBeLessThan(new Date('2026-11-26T00:00:00+01:00').getTime());
    expect(new Date(stored.first).getTime()).toBeGreaterThan(new Date('2025-11-25T00:00:00Z').getTime());

    expect(await seedDemoCases(testApp.dataSource, [lead.user.id], today)).toBe(0);
    const list = await lead.call(caseEndpoints.list, { query: { pageSize: 5 } }).expect(200);
    expect(list.body.page.total).toBe(inserted);
  });
});

describe('demo goals', () => {
  it('sets a realistic set of goals for the current Danish year, once, and leaves a year with goals alone', async () => {
    const lead = await signInAs(testApp, 'lead', 'leder2');
    // 31 December 23:30 UTC is already the new year in Denmark.
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(await seedDemoGoals(testApp.dataSource.manager, lead.user.id, newYear)).toBe(6);
    expect(await seedDemoGoals(testApp.dataSource.manager, lead.user.id, newYear)).toBe(0);
    const { body } = await lead.call(goalEndpoints.list, { query: { year: 2027 } }).expect(200);
    expect(body.data.map((goal: { measure: string }) => goal.measure).sort()).toEqual([
      'median-minutes',
      'recommendation-agreement',
      'repeat-visit-share',
      'solved-low-level-share',
      'solved-low-level-share',
      'visits',
    ]);
    expect(body.data).toContainEqual(expect.objectContaining({ branchKey: 'glumsoe', target: 0.4 }));
    expect((await lead.call(goalEndpoints.list, { query: { year: 2026 } })).body.data).toEqual([]);
  });
});
