import type { EntityManager } from 'typeorm';
import {
  caseOutcomes,
  DANISH_TIME_ZONE,
  helpLevels,
  type CaseOutcome,
  type DateRange,
  type HelpLevel,
  type ReferralTarget,
} from '@digihjaelp/contract';
import { SqlParams, sliceWhere, type Grain, type StatsSlice } from './stats-slice';

/**
 * All SQL of the statistics, built one way: `select()` takes the SELECT list as typed columns and
 * the rest of the statement, with every value a bound parameter, and returns rows typed by the
 * columns. Each column casts its expression to the type it declares (float8 → number, int →
 * number, text → string, boolean), so the row type is what the pg driver really hands back.
 * The rollups (`case_stats*`) are kept current by triggers on `cases`; all counts here are raw.
 */

/** One entry of a SELECT list: its SQL, cast so the driver returns a `T`. */
interface Column<T> {
  readonly sql: string;
  /** Never set: carries the row type only. */
  readonly type?: T;
}
type Columns = Record<string, Column<unknown>>;
type RowOf<C extends Columns> = { [Name in keyof C]: C[Name] extends Column<infer T> ? T : never };

/** A float8 (counts summed over rollup rows can pass 2³¹, and the driver returns bigint as text). */
const number = (sql: string): Column<number> => ({ sql: `(${sql})::float8` });
const integer = <T extends number = number>(sql: string): Column<T> => ({ sql: `(${sql})::int` });
/** `T`: the values a CHECK constraint allows, e.g. the referral targets. */
const text = <T extends string = string>(sql: string): Column<T> => ({ sql: `(${sql})::text` });
const boolean = (sql: string): Column<boolean> => ({ sql: `(${sql})::boolean` });
const nullable = <T>(column: Column<T>): Column<T | null> => ({ sql: column.sql });

/** The SELECT list, the rest of the statement, and the parameters both of them use. */
async function select<C extends Columns>(
  manager: EntityManager,
  statement: (p: SqlParams) => { columns: C; rest: string },
): Promise<RowOf<C>[]> {
  const params = new SqlParams();
  const { columns, rest } = statement(params);
  const list = Object.entries(columns).map(([name, column]) => `${column.sql} AS "${name}"`);
  return manager.query<RowOf<C>[]>(`SELECT ${list.join(', ')} ${rest}`, params.values);
}

/** A statement whose result nobody reads, e.g. a function call that changes the rollups. */
async function run(manager: EntityManager, statement: (p: SqlParams) => string): Promise<void> {
  const params = new SqlParams();
  await manager.query(statement(params), params.values);
}

/** `coalesce(sum(column), 0)` for each rollup column, under its own name. */
function sums<const Name extends string>(names: readonly Name[]): Record<Name, Column<number>> {
  const entries = names.map((name) => [name, number(`coalesce(sum(${name}), 0)`)] as const);
  return Object.fromEntries(entries) as Record<Name, Column<number>>;
}

const levelColumns = helpLevels.map((level) => `level_${level}` as const);
const outcomeColumn = (outcome: CaseOutcome) => `outcome_${outcome}` as const;
const outcomeColumns = caseOutcomes.map(outcomeColumn);
const hourColumns = Array.from({ length: 24 }, (_, hour) => `hour_${String(hour).padStart(2, '0')}`);
const recommendationColumns = helpLevels.flatMap((recommended) =>
  helpLevels.map((given) => ({ recommended, given, name: `recommended_${recommended}_given_${given}` as const })),
);

/** The rollups; each row is a cell (see migration LeanerStatistics1764800000000). */
type Rollup = 'case_stats' | 'case_stats_minutes' | 'case_stats_guides' | 'case_stats_referrals';

/**
 * Whether a rollup keeps the cells of a slice: every one keeps all staff together (every
 * category, and each category); only `case_stats` keeps each staff member's cells too, over
 * every category. Any other slice — a staff member's minutes, guides or referrals, a staff
 * member × a category — is a few thousand cases a year, cheaper to count from `cases` than to
 * keep cells for that hold one or two visits each.
 */
function rollupKeeps(rollup: Rollup, slice: StatsSlice, perCategory: boolean): boolean {
  if (!slice.staffId) return true;
  return rollup === 'case_stats' && !slice.categoryKey && !perCategory;
}

const countIf = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/**
 * What one case `c` adds to each column of a rollup, exactly as the triggers count it
 * (`local`: the case's time in Danish local time).
 */
function perCase(rollup: Rollup, local: string): Record<string, string> {
  switch (rollup) {
    case 'case_stats':
      return {
        visits: '1',
        solved_low_level: countIf(`c.outcome = 'solved' AND c.level_given <= 2`),
        repeat_visits: countIf('c.repeat_visit'),
        minutes_total: 'c.minutes',
        ...Object.fromEntries(helpLevels.map((level) => [`level_${level}`, countIf(`c.level_given = ${level}`)])),
        ...Object.fromEntries(
          caseOutcomes.map((outcome) => [outcomeColumn(outcome), countIf(`c.outcome = '${outcome}'`)]),
        ),
        ...Object.fromEntries(
          hourColumns.map((name, hour) => [name, countIf(`extract(hour FROM ${local}) = ${hour}`)]),
        ),
        ...Object.fromEntries(
          recommendationColumns.map(({ recommended, given, name }) => [
            name,
            countIf(`c.recommended_level = ${recommended} AND c.level_given = ${given}`),
          ]),
        ),
      };
    case 'case_stats_minutes':
      return { minutes: 'c.minutes', visits: '1' };
    case 'case_stats_guides':
      return { guide_slug: 'guide.slug', visits: '1', solved_visits: countIf(`c.outcome = 'solved'`) };
    case 'case_stats_referrals':
      return { referral_target: 'c.referral_target', visits: '1' };
  }
}

/**
 * A slice's rows to sum, as a FROM item with its conditions: the rollup's cells where it keeps
 * them, otherwise one row per case (per category with `perCategory`, per guide for the guides)
 * with the rollup's columns, found through the case log's indexes (`caseWhere`). The statement
 * after it (GROUP BY …) reads the same columns either way.
 */
function sliceRows(
  rollup: Rollup,
  slice: StatsSlice,
  p: SqlParams,
  options: { grain?: Grain; perCategory?: boolean } = {},
): string {
  const perCategory = options.perCategory ?? false;
  if (rollupKeeps(rollup, slice, perCategory)) return `${rollup} WHERE ${sliceWhere(slice, p, options)}`;
  const local = `(c.created_at AT TIME ZONE ${p.add(DANISH_TIME_ZONE)})`;
  const joins: string[] = [];
  const conditions = [caseWhere(slice, p)];
  const categoryKey = perCategory
    ? 'category.key'
    : slice.categoryKey
      ? `${p.add(slice.categoryKey)}::text`
      : 'NULL::text';
  if (perCategory) {
    joins.push('CROSS JOIN LATERAL unnest(c.category_keys) AS category(key)');
    if (slice.categoryKey) conditions.push(`category.key = ${p.add(slice.categoryKey)}`);
  }
  if (rollup === 'case_stats_guides') joins.push('CROSS JOIN LATERAL unnest(c.guide_slugs) AS guide(slug)');
  if (rollup === 'case_stats_referrals') conditions.push('c.referral_target IS NOT NULL');
  const columns = {
    period: `${local}::date`,
    branch_key: 'c.branch_key',
    channel_key: 'c.channel_key',
    category_key: categoryKey,
    ...perCase(rollup, local),
  };
  return `(SELECT ${Object.entries(columns)
    .map(([name, sql]) => `${sql} AS ${name}`)
    .join(', ')}
             FROM cases c ${joins.join(' ')}
            WHERE ${conditions.join(' AND ')}) AS case_rows`;
}

export interface Totals {
  visits: number;
  solvedLowLevel: number;
  repeatVisits: number;
  minutesTotal: number;
  levels: number[];
  outcomes: Record<CaseOutcome, number>;
  recommendation: { recommended: HelpLevel; given: HelpLevel; visits: number }[];
}

const totalsColumns = sums([
  'visits',
  'solved_low_level',
  'repeat_visits',
  'minutes_total',
  ...levelColumns,
  ...outcomeColumns,
  ...recommendationColumns.map(({ name }) => name),
]);

type OutcomeRow = Record<ReturnType<typeof outcomeColumn>, number>;
const outcomesFrom = (row: OutcomeRow) =>
  Object.fromEntries(caseOutcomes.map((outcome) => [outcome, row[outcomeColumn(outcome)]])) as Totals['outcomes'];

function totalsFrom(row: RowOf<typeof totalsColumns>): Totals {
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

/**
 * Moves the cases logged, corrected or deleted since the last read into the rollups (the
 * triggers on `cases` only queue them), so what follows counts every case committed so far.
 * Call it once before reading statistics.
 */
export async function foldPendingCases(manager: EntityManager): Promise<void> {
  await run(manager, () => 'SELECT case_stats_fold()');
}

/** Everything countable about a slice, in one row. */
export async function readTotals(manager: EntityManager, slice: StatsSlice): Promise<Totals> {
  const [row] = await select(manager, (p) => ({
    columns: totalsColumns,
    rest: `FROM ${sliceRows('case_stats', slice, p)}`,
  }));
  if (!row) throw new Error('An aggregate without GROUP BY returns one row');
  return totalsFrom(row);
}

/** Totals per branch. */
export async function readTotalsByBranch(
  manager: EntityManager,
  slice: StatsSlice,
): Promise<(Totals & { branchKey: string })[]> {
  const rows = await select(manager, (p) => ({
    columns: { branchKey: text('branch_key'), ...totalsColumns },
    rest: `FROM ${sliceRows('case_stats', slice, p)} GROUP BY branch_key`,
  }));
  return rows.map((row) => ({ ...totalsFrom(row), branchKey: row.branchKey }));
}

/** Visits with each number of minutes, for medians; per branch when asked. */
export function readMinutes(manager: EntityManager, slice: StatsSlice, byBranch = false) {
  return select(manager, (p) => ({
    columns: {
      branchKey: text(byBranch ? 'branch_key' : `''`),
      minutes: integer('minutes'),
      visits: number('sum(visits)'),
    },
    rest: `FROM ${sliceRows('case_stats_minutes', slice, p)} GROUP BY 1, 2 HAVING sum(visits) > 0`,
  }));
}

/** Visits per rollup period (a day, or a month with `mixed`), for time series. */
export async function readVisitsByPeriod(manager: EntityManager, slice: StatsSlice, grain: Grain) {
  const rows = await select(manager, (p) => ({
    columns: {
      period: text(`to_char(period, 'YYYY-MM-DD')`),
      visits: number('sum(visits)'),
      ...sums([...levelColumns, 'solved_low_level']),
    },
    rest: `FROM ${sliceRows('case_stats', slice, p, { grain })} GROUP BY period ORDER BY period`,
  }));
  return rows.map((row) => ({
    period: row.period,
    visits: row.visits,
    solvedLowLevel: row.solved_low_level,
    levels: levelColumns.map((name) => row[name]),
  }));
}

/** Visits per ISO weekday (1 = Monday) and hour. */
export async function readWeekdayHours(manager: EntityManager, slice: StatsSlice) {
  const rows = await select(manager, (p) => ({
    // Object.assign keeps the hour columns' index signature, which a spread would drop.
    columns: Object.assign({ weekday: integer('extract(isodow FROM period)') }, sums(hourColumns)),
    rest: `FROM ${sliceRows('case_stats', slice, p, { grain: 'days' })} GROUP BY 1`,
  }));
  return rows.flatMap((row) =>
    hourColumns.map((name, hour) => ({ weekday: row.weekday, hour, visits: row[name] ?? 0 })),
  );
}

/** Per category (a visit with two categories counts under both): visits, levels and outcomes. */
export async function readCategories(manager: EntityManager, slice: StatsSlice) {
  const rows = await select(manager, (p) => ({
    columns: { categoryKey: text('category_key'), ...sums(['visits', ...levelColumns, ...outcomeColumns]) },
    rest: `FROM ${sliceRows('case_stats', slice, p, { perCategory: true })}
           GROUP BY category_key HAVING sum(visits) > 0 ORDER BY sum(visits) DESC, category_key`,
  }));
  return rows.map((row) => ({
    categoryKey: row.categoryKey,
    visits: row.visits,
    levels: levelColumns.map((name) => row[name]),
    outcomes: outcomesFrom(row),
  }));
}

/** Guides by visits they were used in, solved ones first; at most `limit`. */
export function readGuides(manager: EntityManager, slice: StatsSlice, limit: number) {
  return select(manager, (p) => ({
    columns: {
      guideSlug: text('guide_slug'),
      solvedVisits: number('sum(solved_visits)'),
      visits: number('sum(visits)'),
    },
    rest: `FROM ${sliceRows('case_stats_guides', slice, p)}
           GROUP BY guide_slug HAVING sum(visits) > 0
           ORDER BY "solvedVisits" DESC, visits DESC, "guideSlug" LIMIT ${p.add(limit)}`,
  }));
}

/** Referrals by target, most first. */
export function readReferrals(manager: EntityManager, slice: StatsSlice) {
  return select(manager, (p) => ({
    columns: { target: text<ReferralTarget>('referral_target'), visits: number('sum(visits)') },
    rest: `FROM ${sliceRows('case_stats_referrals', slice, p)}
           GROUP BY referral_target HAVING sum(visits) > 0 ORDER BY visits DESC, target`,
  }));
}

/** A case's time as Danish local time, formatted, e.g. `YYYY-MM-DD`. */
const danishLocal = (p: SqlParams, format: string) =>
  text(`to_char(c.created_at AT TIME ZONE ${p.add(DANISH_TIME_ZONE)}, '${format}')`);

/** The first instant of a Danish calendar day. */
const dayStart = (p: SqlParams, day: string) =>
  `CAST(CAST(${p.add(day)} AS date) AS timestamp) AT TIME ZONE ${p.add(DANISH_TIME_ZONE)}`;

/** The cases of a slice, straight from the case log (for reasons and the case export). */
function caseWhere(slice: StatsSlice, p: SqlParams, range: DateRange = slice.range): string {
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
export function readDeviationReasons(manager: EntityManager, slice: StatsSlice, limit: number) {
  return select(manager, (p) => ({
    columns: {
      date: danishLocal(p, 'YYYY-MM-DD'),
      recommended: integer<HelpLevel>('c.recommended_level'),
      given: integer<HelpLevel>('c.level_given'),
      reason: text('c.deviation_reason'),
    },
    rest: `FROM cases c
           WHERE c.deviation_reason IS NOT NULL AND c.recommended_level IS NOT NULL AND c.level_given IS NOT NULL AND ${caseWhere(slice, p)}
           ORDER BY c.created_at DESC LIMIT ${p.add(limit)}`,
  }));
}

/** Where a case export batch ends, to start the next one after it. */
export interface CaseExportCursor {
  createdAt: string;
  id: string;
}

/**
 * One batch of the case export, oldest first, with Danish names and local times — WITHOUT the
 * free text (note, reason for deviating, triage answers). Keyset-paged after `after`.
 */
export function readCaseExportBatch(
  manager: EntityManager,
  slice: StatsSlice,
  after: CaseExportCursor | undefined,
  limit: number,
) {
  return select(manager, (p) => ({
    columns: {
      id: text('c.id'),
      createdAt: text('c.created_at'),
      localDate: danishLocal(p, 'YYYY-MM-DD'),
      localTime: danishLocal(p, 'HH24:MI'),
      branch: text('b.name_da'),
      channel: text('ch.name_da'),
      staff: text('s.display_name'),
      categories: text(`(SELECT string_agg(cat.name_da, ', ' ORDER BY k.ordinality)
                          FROM unnest(c.category_keys) WITH ORDINALITY k(key, ordinality)
                          JOIN categories cat ON cat.key = k.key)`),
      recommendedLevel: nullable(integer<HelpLevel>('c.recommended_level')),
      recommendedReferral: nullable(text<ReferralTarget>('c.recommended_referral')),
      recommendedNotPermitted: boolean('c.recommended_not_permitted'),
      levelGiven: nullable(integer<HelpLevel>('c.level_given')),
      outcome: text<CaseOutcome>('c.outcome'),
      referralTarget: nullable(text<ReferralTarget>('c.referral_target')),
      minutes: integer('c.minutes'),
      guides: text(`array_to_string(c.guide_slugs, ', ')`),
      repeatVisit: boolean('c.repeat_visit'),
      ageBand: nullable(text('c.age_band')),
    },
    rest: `FROM cases c
           JOIN branches b ON b.key = c.branch_key
           JOIN channels ch ON ch.key = c.channel_key
           JOIN staff_accounts s ON s.id = c.staff_id
           WHERE ${caseWhere(slice, p)}${
             after
               ? ` AND (c.created_at, c.id) > (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`
               : ''
           }
           ORDER BY c.created_at, c.id
           LIMIT ${p.add(limit)}`,
  }));
}
export type CaseExportRow = Awaited<ReturnType<typeof readCaseExportBatch>>[number];

/** The tables of the lists statistics are filtered by. */
export type ListTable = 'branches' | 'channels' | 'categories';

/** Every entry of a list, closed ones included (their old cases still count), in display order. */
export function readListNames(manager: EntityManager, table: ListTable) {
  return select(manager, () => ({
    columns: { key: text('key'), nameDa: text('name_da'), nameEn: text('name_en') },
    rest: `FROM ${table} ORDER BY sort_order, key`,
  }));
}

/** Everyone who has logged cases or still may, by name. */
export function readStaffNames(manager: EntityManager) {
  return select(manager, () => ({
    columns: { id: text('id'), displayName: text('display_name') },
    rest: 'FROM staff_accounts ORDER BY display_name',
  }));
}

/** Whether a filter value names something that exists (closed branches and inactive staff too). */
export async function filterValueExists(
  manager: EntityManager,
  field: 'branchKey' | 'channelKey' | 'categoryKey' | 'staffId',
  value: string,
): Promise<boolean> {
  const lookup = {
    branchKey: 'branches WHERE key =',
    channelKey: 'channels WHERE key =',
    categoryKey: 'categories WHERE key =',
    staffId: 'staff_accounts WHERE id =',
  }[field];
  const [row] = await select(manager, (p) => ({
    columns: { found: boolean(`EXISTS (SELECT 1 FROM ${lookup} ${p.add(value)})`) },
    rest: '',
  }));
  return row?.found === true;
}
