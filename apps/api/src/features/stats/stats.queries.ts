import type { EntityManager } from 'typeorm';
import { caseOutcomes, helpLevels, type DateRange, type ReferralTarget } from '@digihjaelp/contract';
import { SqlParams, sliceWhere, type Grain, type StatsSlice } from './stats-slice';

/** Reads of the rollups (`case_stats*`, kept current by triggers on `cases`). All counts are raw here. */

const levelColumns = helpLevels.map((level) => `level_${level}`);
const outcomeColumns = caseOutcomes.map((outcome) => `outcome_${outcome}`);
const hourColumns = Array.from({ length: 24 }, (_, hour) => `hour_${String(hour).padStart(2, '0')}`);
const recommendationColumns = helpLevels.flatMap((recommended) =>
  helpLevels.map((given) => ({ recommended, given, name: `recommended_${recommended}_given_${given}` })),
);

const sums = (columns: readonly string[]) =>
  columns.map((name) => `coalesce(sum(${name}), 0)::float8 AS ${name}`).join(', ');

type Row = Record<string, number>;

export interface Totals {
  visits: number;
  solvedLowLevel: number;
  repeatVisits: number;
  minutesTotal: number;
  levels: number[];
  outcomes: Record<(typeof caseOutcomes)[number], number>;
  recommendation: { recommended: number; given: number; visits: number }[];
}

const totalsColumns = [
  'visits',
  'solved_low_level',
  'repeat_visits',
  'minutes_total',
  ...levelColumns,
  ...outcomeColumns,
  ...recommendationColumns.map(({ name }) => name),
];

const outcomesFrom = (row: Row) =>
  Object.fromEntries(caseOutcomes.map((outcome) => [outcome, row[`outcome_${outcome}`]])) as Totals['outcomes'];

function totalsFrom(row: Row): Totals {
  return {
    visits: row.visits,
    solvedLowLevel: row.solved_low_level,
    repeatVisits: row.repeat_visits,
    minutesTotal: row.minutes_total,
    levels: levelColumns.map((name) => row[name]),
    outcomes: outcomesFrom(row),
    recommendation: recommendationColumns.map(({ recommended, given, name }) => ({
      recommended,
      given,
      visits: row[name],
    })),
  };
}

async function select(manager: EntityManager, sql: (params: SqlParams) => string): Promise<Row[]> {
  const params = new SqlParams();
  const text = sql(params);
  return manager.query(text, params.values);
}

/**
 * Moves the cases logged, corrected or deleted since the last read into the rollups (the
 * triggers on `cases` only queue them), so what follows counts every case committed so far.
 * Call it once before reading statistics.
 */
export async function foldPendingCases(manager: EntityManager): Promise<void> {
  await manager.query('SELECT case_stats_fold()');
}

/** Everything countable about a slice, in one row. */
export async function readTotals(manager: EntityManager, slice: StatsSlice): Promise<Totals> {
  const [row] = await select(
    manager,
    (p) => `SELECT ${sums(totalsColumns)} FROM case_stats WHERE ${sliceWhere(slice, p)}`,
  );
  return totalsFrom(row);
}

/** Totals per branch. */
export async function readTotalsByBranch(
  manager: EntityManager,
  slice: StatsSlice,
): Promise<(Totals & { branchKey: string })[]> {
  const rows = await select(
    manager,
    (p) =>
      `SELECT branch_key, ${sums(totalsColumns)} FROM case_stats WHERE ${sliceWhere(slice, p)} GROUP BY branch_key`,
  );
  return rows.map((row) => ({ ...totalsFrom(row), branchKey: row.branch_key as unknown as string }));
}

/** Visits with each number of minutes, for medians; per branch when asked. */
export async function readMinutes(
  manager: EntityManager,
  slice: StatsSlice,
  byBranch = false,
): Promise<{ branchKey: string; minutes: number; visits: number }[]> {
  const branch = byBranch ? 'branch_key' : `''`;
  return (await select(
    manager,
    (p) => `SELECT ${branch} AS "branchKey", minutes, sum(visits)::float8 AS visits
              FROM case_stats_minutes WHERE ${sliceWhere(slice, p)}
             GROUP BY 1, 2 HAVING sum(visits) > 0`,
  )) as unknown as { branchKey: string; minutes: number; visits: number }[];
}

/** Visits per rollup period (a day, or a month with `mixed`), for time series. */
export async function readVisitsByPeriod(manager: EntityManager, slice: StatsSlice, grain: Grain) {
  const rows = await select(
    manager,
    (p) => `SELECT to_char(period, 'YYYY-MM-DD') AS period, sum(visits)::float8 AS visits,
                   ${sums([...levelColumns, 'solved_low_level'])}
              FROM case_stats WHERE ${sliceWhere(slice, p, { grain })} GROUP BY period ORDER BY period`,
  );
  return rows.map((row) => ({
    period: row.period as unknown as string,
    visits: row.visits,
    solvedLowLevel: row.solved_low_level,
    levels: levelColumns.map((name) => row[name]),
  }));
}

/** Visits per ISO weekday (1 = Monday) and hour. */
export async function readWeekdayHours(manager: EntityManager, slice: StatsSlice) {
  const rows = await select(
    manager,
    (p) => `SELECT extract(isodow FROM period)::int AS weekday, ${sums(hourColumns)}
              FROM case_stats WHERE ${sliceWhere(slice, p, { grain: 'days' })} GROUP BY 1`,
  );
  return rows.flatMap((row) => hourColumns.map((name, hour) => ({ weekday: row.weekday, hour, visits: row[name] })));
}

/** Per category (a visit with two categories counts under both): visits, levels and outcomes. */
export async function readCategories(manager: EntityManager, slice: StatsSlice) {
  const rows = await select(
    manager,
    (p) => `SELECT category_key, ${sums(['visits', ...levelColumns, ...outcomeColumns])}
              FROM case_stats WHERE ${sliceWhere(slice, p, { perCategory: true })}
             GROUP BY category_key HAVING sum(visits) > 0 ORDER BY sum(visits) DESC, category_key`,
  );
  return rows.map((row) => ({
    categoryKey: row.category_key as unknown as string,
    visits: row.visits,
    levels: levelColumns.map((name) => row[name]),
    outcomes: outcomesFrom(row),
  }));
}

/** Guides by visits they were used in, solved ones first; at most `limit`. */
export async function readGuides(manager: EntityManager, slice: StatsSlice, limit: number) {
  return (await select(
    manager,
    (
      p,
    ) => `SELECT guide_slug AS "guideSlug", sum(solved_visits)::float8 AS "solvedVisits", sum(visits)::float8 AS visits
              FROM case_stats_guides WHERE ${sliceWhere(slice, p)}
             GROUP BY guide_slug HAVING sum(visits) > 0
             ORDER BY 2 DESC, 3 DESC, 1 LIMIT ${Number(limit)}`,
  )) as unknown as { guideSlug: string; solvedVisits: number; visits: number }[];
}

/** Referrals by target, most first. */
export async function readReferrals(manager: EntityManager, slice: StatsSlice) {
  return (await select(
    manager,
    (p) => `SELECT referral_target AS target, sum(visits)::float8 AS visits
              FROM case_stats_referrals WHERE ${sliceWhere(slice, p)}
             GROUP BY referral_target HAVING sum(visits) > 0 ORDER BY 2 DESC, 1`,
  )) as unknown as { target: ReferralTarget; visits: number }[];
}

const dayStart = (p: SqlParams, day: string) =>
  `CAST(CAST(${p.add(day)} AS date) AS timestamp) AT TIME ZONE 'Europe/Copenhagen'`;

/** The cases of a slice, straight from the case log (for reasons and the case export). */
export function caseWhere(slice: StatsSlice, p: SqlParams, range: DateRange = slice.range): string {
  const conditions = [
    `c.created_at >= ${dayStart(p, range.from)}`,
    `c.created_at < ${dayStart(p, range.to)} + interval '1 day'`,
  ];
  if (slice.branchKey) conditions.push(`c.branch_key = ${p.add(slice.branchKey)}`);
  if (slice.channelKey) conditions.push(`c.channel_key = ${p.add(slice.channelKey)}`);
  if (slice.staffId) conditions.push(`c.staff_id = ${p.add(slice.staffId)}::uuid`);
  if (slice.categoryKey) conditions.push(`c.category_keys @> ARRAY[${p.add(slice.categoryKey)}::text]`);
  return conditions.join(' AND ');
}

/** The latest reasons staff gave for giving another level than triage recommended. */
export async function readDeviationReasons(manager: EntityManager, slice: StatsSlice, limit: number) {
  return (await select(
    manager,
    (p) => `SELECT to_char(c.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS date,
                   c.recommended_level AS recommended, c.level_given AS given, c.deviation_reason AS reason
              FROM cases c
             WHERE c.deviation_reason IS NOT NULL AND c.recommended_level IS NOT NULL AND ${caseWhere(slice, p)}
             ORDER BY c.created_at DESC LIMIT ${Number(limit)}`,
  )) as unknown as { date: string; recommended: 1 | 2 | 3 | 4 | 5; given: 1 | 2 | 3 | 4 | 5; reason: string }[];
}
