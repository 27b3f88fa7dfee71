import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied here, not imported: a migration must keep meaning what it meant when it landed, even
// after the contract's lists or the statistics queries change.
const outcomes = ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'];
const levels = [1, 2, 3, 4, 5];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

const countIf = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

type Measures = [name: string, perCase: string][];

/** `case_stats`' measure columns and how one case row `c` contributes to each (as in Statistics1764500000000). */
const measures: Measures = [
  ['visits', '1'],
  ['solved_low_level', countIf(`c.outcome = 'solved' AND c.level_given <= 2`)],
  ['repeat_visits', countIf('c.repeat_visit')],
  ['minutes_total', 'c.minutes'],
  ...levels.map((level): [string, string] => [`level_${level}`, countIf(`c.level_given = ${level}`)]),
  ...outcomes.map((outcome): [string, string] => [`outcome_${outcome}`, countIf(`c.outcome = '${outcome}'`)]),
  ...hours.map((hour): [string, string] => [
    `hour_${String(hour).padStart(2, '0')}`,
    countIf(`c.local_hour = ${hour}`),
  ]),
  ...levels.flatMap((recommended) =>
    levels.map((given): [string, string] => [
      `recommended_${recommended}_given_${given}`,
      countIf(`c.recommended_level = ${recommended} AND c.level_given = ${given}`),
    ]),
  ),
];

/**
 * Which slices a rollup keeps, beyond the all-staff cells (every category together, and each
 * category): `staff`, each staff member's cells over every category; `staffAndCategory`, each
 * staff member × each category. A slice a rollup does not keep is summed from `cases` at read
 * time (`stats-source.ts`), where an index finds its few rows.
 */
interface Cells {
  staff: boolean;
  staffAndCategory: boolean;
}

interface Rollup {
  table: string;
  measures: Measures;
  extraKey?: { name: string; perCase: string; unnest?: boolean; onlyWhenSet?: boolean };
}

const rollups: Rollup[] = [
  { table: 'case_stats', measures },
  { table: 'case_stats_minutes', measures: [['visits', '1']], extraKey: { name: 'minutes', perCase: 'c.minutes' } },
  {
    table: 'case_stats_guides',
    measures: [
      ['visits', '1'],
      ['solved_visits', countIf(`c.outcome = 'solved'`)],
    ],
    extraKey: { name: 'guide_slug', perCase: 'c.guide_slugs', unnest: true },
  },
  {
    table: 'case_stats_referrals',
    measures: [['visits', '1']],
    extraKey: { name: 'referral_target', perCase: 'c.referral_target', onlyWhenSet: true },
  },
];

/**
 * The cells of this migration. Measured at 100,000 generated cases, staff × category cells
 * were a third of `case_stats` and the staff cells of the three detail tables more than half of
 * theirs, nearly one row per case: a staff member's cases are few enough to count from `cases`.
 */
const leanCells = (table: string): Cells => ({ staff: table === 'case_stats', staffAndCategory: false });
/** The cells of Statistics1764500000000, for `down`. */
const everyCell = (): Cells => ({ staff: true, staffAndCategory: true });

const cellKey = ['grain', 'period', 'branch_key', 'channel_key', 'staff_id', 'category_key'];
/** The column order of the rollups' unique cell indexes (`case_stats_cell_idx` and its siblings). */
const cellIndexOrder = ['staff_id', 'category_key', 'grain', 'period', 'branch_key', 'channel_key'];

/**
 * Folds changed case rows (`source` yields them plus `sign`: +1 added, −1 removed) into one
 * rollup. First they are summed per day × branch × channel in grouping sets, each case once per
 * set: all staff by category set, and — where the table keeps them — each staff member over every
 * category and each staff member by category set (a bulk load shrinks here, and a staff member's
 * cases are never multiplied by their categories unless those cells are kept). Then each group is
 * spread over the cells it counts in — day and month; its every-category cell and each of its
 * categories' cells — and added to what is there.
 */
function upsert({ table, measures: tableMeasures, extraKey }: Rollup, cells: Cells, source: string) {
  const key = [...cellKey, ...(extraKey ? [extraKey.name] : [])];
  const indexOrder = [...cellIndexOrder, ...(extraKey ? [extraKey.name] : [])];
  const extraValue = extraKey ? (extraKey.unnest ? 'extra.value' : extraKey.perCase) : undefined;
  const extraJoin = extraKey?.unnest ? ` CROSS JOIN LATERAL unnest(${extraKey.perCase}) AS extra(value)` : '';
  const perDay = ['local_day', 'branch_key', 'channel_key', ...(extraKey ? ['extra_key'] : [])];
  // Outside its grouping set a column is NULL: staff_id NULL is all staff, category_keys NULL every category.
  const groupingSets = [
    [...perDay, 'category_keys'],
    ...(cells.staff ? [[...perDay, 'staff_id']] : []),
    ...(cells.staffAndCategory ? [[...perDay, 'staff_id', 'category_keys']] : []),
  ];
  const staff = cells.staff || cells.staffAndCategory ? 'c.staff_id' : 'NULL::uuid';
  const positions = (count: number) => Array.from({ length: count }, (_, index) => index + 1).join(', ');
  return `
    INSERT INTO ${table} (${key.join(', ')}, ${tableMeasures.map(([name]) => name).join(', ')})
    SELECT grains.grain,
           CASE WHEN grains.grain = 'd' THEN base.local_day ELSE date_trunc('month', base.local_day)::date END,
           base.branch_key, base.channel_key, base.staff_id, slice.category_key${extraKey ? ', base.extra_key' : ''},
           ${tableMeasures.map(([name]) => `sum(base.${name})`).join(', ')}
      FROM (
        SELECT (c.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS local_day,
               c.branch_key, c.channel_key, ${staff} AS staff_id, c.category_keys${extraValue ? `, ${extraValue} AS extra_key` : ''},
               -- int: a day's counts fit, and the sums of ints below stay bigint rather than numeric.
               ${tableMeasures.map(([name, perCase]) => `sum(c.sign * (${perCase}))::int AS ${name}`).join(',\n               ')}
          FROM (SELECT changed.*, extract(hour FROM changed.created_at AT TIME ZONE 'Europe/Copenhagen')::int AS local_hour
                  FROM (${source}) changed) c${extraJoin}
         ${extraKey?.onlyWhenSet ? `WHERE ${extraKey.perCase} IS NOT NULL` : ''}
         GROUP BY GROUPING SETS (${groupingSets.map((set) => `(${set.join(', ')})`).join(', ')})
      ) base
      CROSS JOIN (VALUES ('d'), ('m')) AS grains(grain)
      -- Grouped without staff or without categories: its every-category cell. By category set: each category's.
      CROSS JOIN LATERAL (SELECT NULL::text AS category_key WHERE base.staff_id IS NULL OR base.category_keys IS NULL
                          UNION ALL SELECT unnest(base.category_keys)) AS slice
     GROUP BY ${positions(key.length)}
     -- The same lock order in every fold, so a fold never deadlocks with a bulk load's fold; the
     -- cell index's own order, so a load into empty rollups fills its pages instead of splitting them.
     ORDER BY ${indexOrder.map((column) => key.indexOf(column) + 1).join(', ')}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET
      ${tableMeasures.map(([name]) => `${name} = ${table}.${name} + excluded.${name}`).join(',\n      ')}`;
}

/** One statement folding `source` into every rollup, each an INSERT in a CTE; `into` counts the source rows. */
function foldStatement(source: string, cells: (table: string) => Cells, into: string): string {
  return `
        WITH changed AS (${source}),
        ${rollups.map((rollup, index) => `folded_${index} AS (${upsert(rollup, cells(rollup.table), 'SELECT * FROM changed')})`).join(',\n        ')}
        SELECT count(*) INTO ${into} FROM changed`;
}

/** What the rollups are made of: the counted fields of a case, never its free text. */
const countedColumns = [
  'created_at',
  'branch_key',
  'channel_key',
  'staff_id',
  'category_keys',
  'recommended_level',
  'level_given',
  'outcome',
  'referral_target',
  'minutes',
  'guide_slugs',
  'repeat_visit',
];
const counted = (sign: number, from: string) => `SELECT ${sign} AS sign, ${countedColumns.join(', ')} FROM ${from}`;

/** Folds run one at a time (pg_advisory_xact_lock key, as in Statistics1764500000000). */
const FOLD_LOCK = 1_764_500_000;
/** A statement changing at least this many cases (a bulk load) is folded at once. */
const FOLD_AT_ONCE = 500;

/**
 * The fold and the trigger function for a set of cells. A statement changing fewer than
 * FOLD_AT_ONCE cases queues them (a plain insert, so concurrent case writes never wait on the
 * same rollup rows); a larger one (a bulk load, a migration's correction) is folded straight from
 * its transition tables, set-based, without going through the queue.
 */
async function createFunctions(queryRunner: QueryRunner, cells: (table: string) => Cells): Promise<void> {
  await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_stats_fold() RETURNS void LANGUAGE plpgsql AS $fold$
      DECLARE
        folded bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM case_stats_pending) THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(${FOLD_LOCK});
        ${foldStatement('DELETE FROM case_stats_pending RETURNING *', cells, 'folded')};
      END
      $fold$`);
  const changes = {
    INSERT: counted(1, 'new_cases'),
    DELETE: counted(-1, 'old_cases'),
    UPDATE: `${counted(-1, 'old_cases')} UNION ALL ${counted(1, 'new_cases')}`,
  };
  await queryRunner.query(`
      CREATE OR REPLACE FUNCTION case_stats_track() RETURNS trigger LANGUAGE plpgsql AS $track$
      DECLARE
        changed bigint;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          SELECT count(*) INTO changed FROM old_cases;
        ELSE
          SELECT count(*) INTO changed FROM new_cases;
        END IF;
        IF changed = 0 THEN RETURN NULL; END IF;
        IF changed < ${FOLD_AT_ONCE} THEN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO case_stats_pending ${changes.INSERT};
          ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO case_stats_pending ${changes.DELETE};
          ELSE
            INSERT INTO case_stats_pending ${changes.UPDATE};
          END IF;
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(${FOLD_LOCK});
        IF TG_OP = 'INSERT' THEN
          ${foldStatement(changes.INSERT, cells, 'changed')};
        ELSIF TG_OP = 'DELETE' THEN
          ${foldStatement(changes.DELETE, cells, 'changed')};
        ELSE
          ${foldStatement(changes.UPDATE, cells, 'changed')};
        END IF;
        RETURN NULL;
      END
      $track$`);
}

/** Empties the rollups and the queue and counts every case again, with the functions in place. */
async function rebuildFromCases(queryRunner: QueryRunner, cells: (table: string) => Cells): Promise<void> {
  await queryRunner.query('SELECT pg_advisory_xact_lock($1)', [FOLD_LOCK]);
  await queryRunner.query(`TRUNCATE case_stats_pending, ${rollups.map(({ table }) => table).join(', ')}`);
  await queryRunner.query(
    `DO $rebuild$ DECLARE folded bigint; BEGIN ${foldStatement(counted(1, 'cases'), cells, 'folded')}; END $rebuild$`,
  );
}

/**
 * Leaner statistics (issue 17): the rollups keep the all-staff cells — every category and each
 * category, day and month — and each staff member's cells in `case_stats` only; a staff member's
 * minutes, guides and referrals, and staff × category, are summed from `cases` through
 * `cases_staff_created_at_idx` (a few thousand rows a year). A bulk load folds once, set-based,
 * from the statement's transition table instead of through the queue. The existing rollups are
 * rebuilt from the cases.
 */
export class LeanerStatistics1764800000000 implements MigrationInterface {
  name = 'LeanerStatistics1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFunctions(queryRunner, leanCells);
    await rebuildFromCases(queryRunner, leanCells);
    // Which slice a row is (staff or all, category or all, day or month) are correlated columns:
    // estimated apart, the all-staff day rows of a year looked ten times as many as they are and
    // the heat map scanned the table (49 ms at 1,000,000 cases) instead of using the cell index (2 ms).
    await queryRunner.query(
      'CREATE STATISTICS case_stats_slice_stats (mcv) ON staff_id, category_key, grain FROM case_stats',
    );
    await queryRunner.query('ANALYZE case_stats');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP STATISTICS case_stats_slice_stats');
    await createFunctions(queryRunner, everyCell);
    await rebuildFromCases(queryRunner, everyCell);
  }
}
