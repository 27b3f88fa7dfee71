import type { DateRange } from '@digihjaelp/contract';
import { buildStaffAccount } from '../../../test/support/factories';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { LeanerStatistics1764800000000 } from '../../db/migrations/1764800000000-leaner-statistics';
import { insertCasesInBulk } from '../cases/bulk-insert-cases';
import { generateCases } from '../demo/case-generator';
import { loadCaseCatalogue } from '../demo/demo-cases';
import type { StatsSlice } from './stats-slice';
import {
  foldPendingCases,
  readCategories,
  readGuides,
  readMinutes,
  readReferrals,
  readTotals,
  readTotalsByBranch,
  readVisitsByPeriod,
  readWeekdayHours,
} from './stats.queries';

/**
 * The spec of the statistics storage: whatever the rollups keep and whatever is counted from the
 * case log at read time, every figure of every slice equals the same figure counted case by case.
 */

let testApp: TestApp;
let staff: string[];

/** A case as the reference counts it: its counted fields, with its Danish day, weekday and hour. */
interface CountedCase {
  day: string;
  weekday: number;
  hour: number;
  branch_key: string;
  channel_key: string;
  staff_id: string;
  category_keys: string[];
  recommended_level: number | null;
  level_given: number | null;
  outcome: string;
  referral_target: string | null;
  minutes: number;
  guide_slugs: string[];
  repeat_visit: boolean;
}

beforeAll(async () => {
  testApp = await startTestApp();
  staff = [];
  for (let n = 0; n < 3; n += 1) staff.push((await buildStaffAccount(testApp.dataSource)).id);
  const catalogue = await loadCaseCatalogue(testApp.dataSource.manager);
  // The test database has no published guides: slugs of its own, so the guide figures have rows.
  const guides = new Map(catalogue.categories.map((key) => [key, [`${key}-a`, `${key}-b`]]));
  const cases = [
    ...generateCases({
      seed: 7,
      end: new Date('2026-06-30T00:00:00Z'),
      days: 150,
      count: 4_000,
      staffIds: staff,
      catalogue: { ...catalogue, guides },
    }),
  ];
  // Most in one bulk statement (folded at once from the statement), the rest as a day's small
  // statements (queued, folded by the next read).
  await insertCasesInBulk(testApp.dataSource, cases.slice(0, 3_400));
  for (let first = 3_400; first < cases.length; first += 150)
    await insertCasesInBulk(testApp.dataSource, cases.slice(first, first + 150));
  // Corrections and deletions, large and small, move cases between cells.
  await testApp.dataSource.query(
    `UPDATE cases SET staff_id = $1, minutes = minutes + 1 WHERE id IN (SELECT id FROM cases ORDER BY id LIMIT 600)`,
    [staff[1]],
  );
  await testApp.dataSource.query(
    `UPDATE cases SET category_keys = ARRAY['tax', 'health'], level_given = 3
      WHERE id IN (SELECT id FROM cases WHERE outcome = 'solved' ORDER BY id DESC LIMIT 40)`,
  );
  await testApp.dataSource.query(`DELETE FROM cases WHERE id IN (SELECT id FROM cases ORDER BY created_at LIMIT 30)`);
  await foldPendingCases(testApp.dataSource.manager);
});
afterAll(() => testApp.close());

/** The cases of a slice, straight from the case log. */
async function casesOf(slice: StatsSlice): Promise<CountedCase[]> {
  return testApp.dataSource.query(
    `SELECT to_char(local, 'YYYY-MM-DD') AS day, extract(isodow FROM local)::int AS weekday,
            extract(hour FROM local)::int AS hour, branch_key, channel_key, staff_id::text, category_keys,
            recommended_level, level_given, outcome, referral_target, minutes, guide_slugs, repeat_visit
       FROM (SELECT *, created_at AT TIME ZONE 'Europe/Copenhagen' AS local FROM cases) c
      WHERE local::date BETWEEN $1::date AND $2::date
        AND ($3::text IS NULL OR branch_key = $3) AND ($4::text IS NULL OR channel_key = $4)
        AND ($5::uuid IS NULL OR staff_id = $5) AND ($6::text IS NULL OR $6 = ANY (category_keys))`,
    [
      slice.range.from,
      slice.range.to,
      slice.branchKey ?? null,
      slice.channelKey ?? null,
      slice.staffId ?? null,
      slice.categoryKey ?? null,
    ],
  );
}

const tally = <K>(keys: K[]) => {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};
const sortedEntries = <K>(counts: Map<K, number>) =>
  [...counts].filter(([, count]) => count !== 0).sort(([a], [b]) => String(a).localeCompare(String(b)));

function totalsOf(cases: CountedCase[]) {
  const levels = [1, 2, 3, 4, 5];
  return {
    visits: cases.length,
    solvedLowLevel: cases.filter((c) => c.outcome === 'solved' && (c.level_given ?? 9) <= 2).length,
    repeatVisits: cases.filter((c) => c.repeat_visit).length,
    minutesTotal: cases.reduce((sum, c) => sum + c.minutes, 0),
    levels: levels.map((level) => cases.filter((c) => c.level_given === level).length),
    outcomes: Object.fromEntries(
      ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'].map((outcome) => [
        outcome,
        cases.filter((c) => c.outcome === outcome).length,
      ]),
    ),
    recommendation: levels.flatMap((recommended) =>
      levels.map((given) => ({
        recommended,
        given,
        visits: cases.filter((c) => c.recommended_level === recommended && c.level_given === given).length,
      })),
    ),
  };
}

const ranges: DateRange[] = [
  // Ragged at both ends: whole months from month cells, the edges from day cells.
  { from: '2026-02-13', to: '2026-06-09' },
  { from: '2026-04-01', to: '2026-04-30' },
  { from: '2026-05-04', to: '2026-05-04' },
];
const filters = (): Omit<StatsSlice, 'range'>[] => [
  {},
  { branchKey: 'glumsoe' },
  { channelKey: 'phone' },
  { categoryKey: 'tax' },
  { staffId: staff[0] },
  { staffId: staff[1], categoryKey: 'mitid-login' },
  { staffId: staff[2], branchKey: 'glumsoe', channelKey: 'walk-in' },
];

describe('the statistics storage', () => {
  it('has cases in every slice tested, so the comparisons below compare something', async () => {
    for (const filter of filters())
      expect((await casesOf({ ...filter, range: ranges[0] as DateRange })).length).toBeGreaterThan(20);
  });

  it.each(ranges)('counts every figure of every slice from $from to $to as the cases do', async (range) => {
    const manager = testApp.dataSource.manager;
    for (const filter of filters()) {
      const slice = { ...filter, range };
      const cases = await casesOf(slice);
      const where = JSON.stringify(slice);

      expect({ where, totals: await readTotals(manager, slice) }).toEqual({ where, totals: totalsOf(cases) });

      const byBranch = await readTotalsByBranch(manager, slice);
      const branches = [...new Set(cases.map((c) => c.branch_key))];
      expect({
        where,
        byBranch: byBranch.filter((row) => row.visits > 0).sort((a, b) => a.branchKey.localeCompare(b.branchKey)),
      }).toEqual({
        where,
        byBranch: branches
          .sort()
          .map((branchKey) => ({ branchKey, ...totalsOf(cases.filter((c) => c.branch_key === branchKey)) })),
      });

      const minutes = (await readMinutes(manager, slice, true)).map((bin) => [
        `${bin.branchKey} ${bin.minutes}`,
        bin.visits,
      ]);
      expect({ where, minutes: minutes.sort(([a], [b]) => String(a).localeCompare(String(b))) }).toEqual({
        where,
        minutes: sortedEntries(tally(cases.map((c) => `${c.branch_key} ${c.minutes}`))),
      });

      const days = new Map<string, number>();
      for (const row of await readVisitsByPeriod(manager, slice, 'days')) days.set(row.period, row.visits);
      expect({ where, days: sortedEntries(days) }).toEqual({
        where,
        days: sortedEntries(tally(cases.map((c) => c.day))),
      });

      // Mixed grain: month cells for whole months, day cells at the edges; summed per month they are the cases' months.
      const months = new Map<string, number>();
      for (const row of await readVisitsByPeriod(manager, slice, 'mixed'))
        months.set(row.period.slice(0, 7), (months.get(row.period.slice(0, 7)) ?? 0) + row.visits);
      expect({ where, months: sortedEntries(months) }).toEqual({
        where,
        months: sortedEntries(tally(cases.map((c) => c.day.slice(0, 7)))),
      });

      const hours = (await readWeekdayHours(manager, slice)).map(
        (cell) => [`${cell.weekday} ${cell.hour}`, cell.visits] as const,
      );
      expect({ where, hours: sortedEntries(new Map(hours)) }).toEqual({
        where,
        hours: sortedEntries(tally(cases.map((c) => `${c.weekday} ${c.hour}`))),
      });

      const categories = (await readCategories(manager, slice)).map((row) => [row.categoryKey, row.visits] as const);
      const expectedCategories = tally(
        cases.flatMap((c) => c.category_keys).filter((key) => !slice.categoryKey || key === slice.categoryKey),
      );
      expect({ where, categories: sortedEntries(new Map(categories)) }).toEqual({
        where,
        categories: sortedEntries(expectedCategories),
      });

      const guides = tally(cases.flatMap((c) => c.guide_slugs));
      const solved = tally(cases.filter((c) => c.outcome === 'solved').flatMap((c) => c.guide_slugs));
      // More than there are guides, so the database's collation cannot cut a tie differently.
      const readGuideRows = await readGuides(manager, slice, 1_000);
      expect({
        where,
        guides: readGuideRows.map((row) => [row.guideSlug, row.solvedVisits, row.visits]).sort(),
      }).toEqual({
        where,
        guides: [...guides].map(([slug, visits]) => [slug, solved.get(slug) ?? 0, visits]).sort(),
      });

      const referrals = (await readReferrals(manager, slice)).map((row) => [row.target, row.visits] as const);
      expect({ where, referrals: sortedEntries(new Map(referrals)) }).toEqual({
        where,
        referrals: sortedEntries(tally(cases.flatMap((c) => (c.referral_target ? [c.referral_target] : [])))),
      });
    }
  });
});

describe('the migration to the leaner rollups', () => {
  const staffCategoryCells = async () =>
    (
      await testApp.dataSource.query(
        'SELECT count(*)::int AS n FROM case_stats WHERE staff_id IS NOT NULL AND category_key IS NOT NULL',
      )
    )[0].n;
  const allStaffVisits = async () =>
    (
      await testApp.dataSource.query(
        `SELECT coalesce(sum(visits), 0)::int AS n FROM case_stats WHERE grain = 'd' AND staff_id IS NULL AND category_key IS NULL`,
      )
    )[0].n;
  const migrate = async (step: 'up' | 'down') => {
    const runner = testApp.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new LeanerStatistics1764800000000()[step](runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  };

  it('builds the rollups from the cases on the way down and up again, losing no case', async () => {
    const [{ cases }] = await testApp.dataSource.query('SELECT count(*)::int AS cases FROM cases');
    expect(await staffCategoryCells()).toBe(0);

    await migrate('down');
    expect(await staffCategoryCells()).toBeGreaterThan(0);
    expect(await allStaffVisits()).toBe(cases);

    await migrate('up');
    expect(await staffCategoryCells()).toBe(0);
    expect(await allStaffVisits()).toBe(cases);
    const slice = { range: ranges[0] as DateRange, staffId: staff[0] };
    expect(await readTotals(testApp.dataSource.manager, slice)).toEqual(totalsOf(await casesOf(slice)));
  });
});
