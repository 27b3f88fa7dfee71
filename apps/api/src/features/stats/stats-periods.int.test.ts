import { statsEndpoints, type LevelMixResponse, type VisitsOverTimeResponse } from '@digihjaelp/contract';
import { insertCaseRows } from '../../../test/support/case-rows';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

/**
 * The dashboard read on the first day of a month (the server's clock set to 1 December 2026,
 * 10:00 in Denmark): the default period is the whole of November, and December's single day is
 * marked partial wherever a trend shows it.
 */
let testApp: TestApp;
let lead: SignedIn;

beforeAll(async () => {
  testApp = await startTestApp({ now: () => new Date('2026-12-01T09:00:00Z') });
  lead = await signInAs(testApp, 'lead', 'lene');
  const staffId = lead.user.id;
  await insertCaseRows(testApp.dataSource, [
    // October: 2 visits, both solved at level 2.
    { at: '2026-10-05T10:00:00+02:00', staffId, levelGiven: 2 },
    { at: '2026-10-20T10:00:00+02:00', staffId, levelGiven: 2 },
    // November: 4 visits, 3 at level 1–2.
    { at: '2026-11-02T10:00:00+01:00', staffId, levelGiven: 1 },
    { at: '2026-11-10T10:00:00+01:00', staffId, levelGiven: 2 },
    { at: '2026-11-20T10:00:00+01:00', staffId, levelGiven: 2 },
    { at: '2026-11-30T23:30:00+01:00', staffId, levelGiven: 4 },
    // Today, 1 December: one visit at level 4 — a "fall" to 0 % if it were read as a month.
    { at: '2026-12-01T09:30:00+01:00', staffId, levelGiven: 4 },
    // November a year before: 3 visits.
    { at: '2025-11-03T10:00:00+01:00', staffId },
    { at: '2025-11-04T10:00:00+01:00', staffId },
    { at: '2025-11-05T10:00:00+01:00', staffId },
  ]);
});
afterAll(() => testApp.close());

describe('on the first day of a month', () => {
  it('shows the last complete month by default, against the whole month before and the same month last year', async () => {
    const { body } = await lead.call(statsEndpoints.keyFigures, {}).expect(200);
    expect(body.period).toEqual({ from: '2026-11-01', to: '2026-11-30', days: 30, partial: false });
    expect(body.previousPeriod).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(body.lastYearPeriod).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(body.figures.visits).toEqual({
      current: 4,
      previous: '<3',
      change: null,
      lastYear: 3,
      changeFromLastYear: 1,
    });
    expect(body.figures.solvedLowLevelShare.current).toBe(0.75);
  });

  it('marks this month as partial, and its running month in a trend', async () => {
    const keyFigures = await lead.call(statsEndpoints.keyFigures, { query: { period: 'this-month' } }).expect(200);
    expect(keyFigures.body.period).toMatchObject({ from: '2026-12-01', to: '2026-12-01', partial: true });

    const { body } = await lead
      .call(statsEndpoints.levelMix, { query: { period: 'custom', from: '2026-10-01', to: '2026-12-01' } })
      .expect(200);
    const months: LevelMixResponse['data'] = body.data;
    expect(months.map((month) => [month.month, month.partial, month.solvedLowLevelShare])).toEqual([
      ['2026-10-01', false, null],
      ['2026-11-01', false, 0.75],
      ['2026-12-01', true, null],
    ]);
  });

  it('marks yesterday as a whole day and today as partial in visits over time', async () => {
    const { body } = await lead
      .call(statsEndpoints.visitsOverTime, { query: { period: 'custom', from: '2026-11-29', to: '2026-12-01' } })
      .expect(200);
    const days: VisitsOverTimeResponse['data'] = body.data;
    expect(days.map((day) => [day.start, day.partial])).toEqual([
      ['2026-11-29', false],
      ['2026-11-30', false],
      ['2026-12-01', true],
    ]);
  });
});
