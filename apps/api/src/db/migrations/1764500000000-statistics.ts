import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied here, not imported from the contract: a migration must keep meaning what it meant when
// it landed, even after the contract's lists grow.
const outcomes = ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'];
const levels = [1, 2, 3, 4, 5];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

const countIf = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/** Rollup measure columns and how one case row `c` contributes to each. */
const measures: [name: string, perCase: string][] = [
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

/** The slice a rollup row counts: a day or a month × branch × channel × (one staff member or all) × (one category or all). */
const cellKey = ['grain', 'period', 'branch_key', 'channel_key', 'staff_id', 'category_key'];
const cellKeyColumns = `
  grain char(1) NOT NULL CHECK (grain IN ('d', 'm')),
  period date NOT NULL,
  branch_key text NOT NULL,
  channel_key text NOT NULL,
  -- NULL: every staff member / every category. A case counts once in the NULL row and once per
  -- own category (1–2) or staff member, so any single filter reads one slice, never a sum of slices.
  staff_id uuid,
  category_key text`;

/**
 * Folds changed case rows (`source` yields them plus `sign`: +1 added, −1 removed) into one
 * table: first summed per day × branch × channel × staff × category set (a bulk load shrinks
 * here), then spread over every cell each counts in — day and month, all and own staff, all
 * and each own category — and added to what is there.
 */
function upsert(
  table: string,
  tableMeasures: [name: string, perCase: string][],
  source: string,
  extraKey?: { name: string; perCase: string; unnest?: boolean; onlyWhenSet?: boolean },
) {
  const key = [...cellKey, ...(extraKey ? [extraKey.name] : [])];
  const extraValue = extraKey ? (extraKey.unnest ? 'extra.value' : extraKey.perCase) : undefined;
  const extraJoin = extraKey?.unnest ? ` CROSS JOIN LATERAL unnest(${extraKey.perCase}) AS extra(value)` : '';
  const baseKey = [
    'local_day',
    'branch_key',
    'channel_key',
    'staff_id',
    'category_keys',
    ...(extraKey ? ['extra_key'] : []),
  ];
  const positions = (count: number) => Array.from({ length: count }, (_, index) => index + 1).join(', ');
  return `
    INSERT INTO ${table} (${key.join(', ')}, ${tableMeasures.map(([name]) => name).join(', ')})
    SELECT grains.grain,
           CASE WHEN grains.grain = 'd' THEN base.local_day ELSE date_trunc('month', base.local_day)::date END,
           base.branch_key, base.channel_key, staff.staff_id, category.category_key${extraKey ? ', base.extra_key' : ''},
           ${tableMeasures.map(([name]) => `sum(base.${name})`).join(', ')}
      FROM (
        SELECT (c.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS local_day,
               c.branch_key, c.channel_key, c.staff_id, c.category_keys${extraValue ? `, ${extraValue} AS extra_key` : ''},
               ${tableMeasures.map(([name, perCase]) => `sum(c.sign * (${perCase})) AS ${name}`).join(',\n               ')}
          FROM (SELECT changed.*, extract(hour FROM changed.created_at AT TIME ZONE 'Europe/Copenhagen')::int AS local_hour
                  FROM (${source}) changed) c${extraJoin}
         ${extraKey?.onlyWhenSet ? `WHERE ${extraKey.perCase} IS NOT NULL` : ''}
         GROUP BY ${positions(baseKey.length)}
      ) base
      CROSS JOIN (VALUES ('d'), ('m')) AS grains(grain)
      CROSS JOIN LATERAL (VALUES (NULL::uuid), (base.staff_id)) AS staff(staff_id)
      CROSS JOIN LATERAL (SELECT NULL::text UNION ALL SELECT unnest(base.category_keys)) AS category(category_key)
     GROUP BY ${positions(key.length)}
     -- The same lock order in every fold, so a fold never deadlocks with a bulk load's fold.
     ORDER BY ${positions(key.length)}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET
      ${tableMeasures.map(([name]) => `${name} = ${table}.${name} + excluded.${name}`).join(',\n      ')}`;
}

/** The statements that fold case rows (with a sign) into all four rollups, as CTEs of one statement. */
function applyChanges(source: string): string[] {
  return [
    upsert('case_stats', measures, source),
    upsert('case_stats_minutes', [['visits', '1']], source, { name: 'minutes', perCase: 'c.minutes' }),
    upsert(
      'case_stats_guides',
      [
        ['visits', '1'],
        ['solved_visits', countIf(`c.outcome = 'solved'`)],
      ],
      source,
      {
        name: 'guide_slug',
        perCase: 'c.guide_slugs',
        unnest: true,
      },
    ),
    // A table of its own, so a new referral target (a cases migration) needs no change here.
    upsert('case_stats_referrals', [['visits', '1']], source, {
      name: 'referral_target',
      perCase: 'c.referral_target',
      onlyWhenSet: true,
    }),
  ];
}

/** What the rollups are made of: the counted fields of a case, never its free text. */
const countedColumns: [name: string, type: string][] = [
  ['created_at', 'timestamptz'],
  ['branch_key', 'text'],
  ['channel_key', 'text'],
  ['staff_id', 'uuid'],
  ['category_keys', 'text[]'],
  ['recommended_level', 'smallint'],
  ['level_given', 'smallint'],
  ['outcome', 'text'],
  ['referral_target', 'text'],
  ['minutes', 'smallint'],
  ['guide_slugs', 'text[]'],
  ['repeat_visit', 'boolean'],
];
const counted = (sign: number, from: string) =>
  `SELECT ${sign}, ${countedColumns.map(([name]) => name).join(', ')} FROM ${from}`;

/** Folds run one at a time (pg_advisory_xact_lock key). */
const FOLD_LOCK = 1_764_500_000;
/** A statement changing at least this many cases (a bulk load) is folded at once. */
const FOLD_AT_ONCE = 500;

/**
 * Statistics: yearly goals (målindsatser), and rollups of the case log that PostgreSQL keeps
 * current itself. Statement triggers on `cases` append every insert, correction and deletion
 * (+1/−1 rows of the counted fields) to `case_stats_pending` in the same transaction: a plain
 * insert, so concurrent case writes never queue for the same rollup rows. `case_stats_fold()`
 * moves pending rows into the rollups; statistics call it before every read, so a figure is never
 * stale after a case is logged, and a bulk load folds itself at once.
 */
export class Statistics1764500000000 implements MigrationInterface {
  name = 'Statistics1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stats_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2020 AND 2100),
        measure text NOT NULL CHECK (measure IN (
          'solved-low-level-share', 'median-minutes', 'repeat-visit-share', 'referral-share',
          'recommendation-agreement', 'visits')),
        target numeric NOT NULL CHECK (target >= 0),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        branch_key text REFERENCES branches(key),
        created_by uuid NOT NULL REFERENCES staff_accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX stats_goals_year_idx ON stats_goals (year)`);
    // The latest reasons for deviating from the recommendation: few rows, found without a scan.
    await queryRunner.query(
      `CREATE INDEX cases_deviation_reason_created_at_idx ON cases (created_at) WHERE deviation_reason IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE case_stats (${cellKeyColumns},
        ${measures.map(([name]) => `${name} ${name === 'minutes_total' ? 'bigint' : 'int'} NOT NULL DEFAULT 0`).join(',\n        ')}
      )`);
    await queryRunner.query(
      `CREATE TABLE case_stats_minutes (${cellKeyColumns}, minutes smallint NOT NULL, visits int NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE case_stats_guides (${cellKeyColumns}, guide_slug text NOT NULL, visits int NOT NULL, solved_visits int NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE case_stats_referrals (${cellKeyColumns}, referral_target text NOT NULL, visits int NOT NULL)`,
    );
    // Lookups name staff and category (or their absence) first, then grain and a range of periods.
    const lookupOrder = ['staff_id', 'category_key', 'grain', 'period', 'branch_key', 'channel_key'];
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_cell_idx ON case_stats (${lookupOrder.join(', ')}) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_minutes_cell_idx ON case_stats_minutes (${lookupOrder.join(', ')}, minutes) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_guides_cell_idx ON case_stats_guides (${lookupOrder.join(', ')}, guide_slug) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_referrals_cell_idx ON case_stats_referrals (${lookupOrder.join(', ')}, referral_target) NULLS NOT DISTINCT`,
    );

    await queryRunner.query(`
      CREATE TABLE case_stats_pending (sign smallint NOT NULL CHECK (sign IN (-1, 1)),
        ${countedColumns.map(([name, type]) => `${name} ${type}`).join(', ')})`);
    const upserts = applyChanges('SELECT * FROM moved');
    await queryRunner.query(`
      CREATE FUNCTION case_stats_fold() RETURNS void LANGUAGE plpgsql AS $fold$
      DECLARE
        folded bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM case_stats_pending) THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(${FOLD_LOCK});
        WITH moved AS (DELETE FROM case_stats_pending RETURNING *),
        ${upserts.map((sql, index) => `folded_${index} AS (${sql})`).join(',\n        ')}
        SELECT count(*) INTO folded FROM moved;
      END
      $fold$`);
    await queryRunner.query(`
      CREATE FUNCTION case_stats_track() RETURNS trigger LANGUAGE plpgsql AS $track$
      DECLARE
        changed bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_stats_pending ${counted(1, 'new_cases')};
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_stats_pending ${counted(-1, 'old_cases')};
        ELSE
          INSERT INTO case_stats_pending ${counted(-1, 'old_cases')} UNION ALL ${counted(1, 'new_cases')};
        END IF;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed >= ${FOLD_AT_ONCE} THEN PERFORM case_stats_fold(); END IF;
        RETURN NULL;
      END
      $track$`);
    await queryRunner.query(`
      CREATE TRIGGER case_stats_on_insert AFTER INSERT ON cases
        REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION case_stats_track()`);
    await queryRunner.query(`
      CREATE TRIGGER case_stats_on_update AFTER UPDATE ON cases
        REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION case_stats_track()`);
    await queryRunner.query(`
      CREATE TRIGGER case_stats_on_delete AFTER DELETE ON cases
        REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION case_stats_track()`);

    // Cases logged before this migration.
    await queryRunner.query(`INSERT INTO case_stats_pending ${counted(1, 'cases')}`);
    await queryRunner.query('SELECT case_stats_fold()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER case_stats_on_delete ON cases');
    await queryRunner.query('DROP TRIGGER case_stats_on_update ON cases');
    await queryRunner.query('DROP TRIGGER case_stats_on_insert ON cases');
    await queryRunner.query('DROP FUNCTION case_stats_track()');
    await queryRunner.query('DROP FUNCTION case_stats_fold()');
    await queryRunner.query('DROP TABLE case_stats_pending');
    await queryRunner.query('DROP TABLE case_stats_referrals');
    await queryRunner.query('DROP TABLE case_stats_guides');
    await queryRunner.query('DROP TABLE case_stats_minutes');
    await queryRunner.query('DROP TABLE case_stats');
    await queryRunner.query('DROP TABLE stats_goals');
    await queryRunner.query('DROP INDEX cases_deviation_reason_created_at_idx');
  }
}
