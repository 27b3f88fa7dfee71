import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied here, not imported from the contract: a migration must keep meaning what it meant when
// it landed, even after the contract's lists grow.
const outcomes = ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'];
const referralTargets = [
  'mitid-support',
  'bank',
  'tax-authority',
  'police',
  'citizen-service',
  'volunteer-it-help',
  'library-course',
  'other-authority',
];
const levels = [1, 2, 3, 4, 5];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

const column = (name: string) => name.replaceAll('-', '_');
const countIf = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/** Rollup measure columns and how one case row `c` contributes to each. */
const measures: [name: string, perCase: string][] = [
  ['visits', '1'],
  ['solved_low_level', countIf(`c.outcome = 'solved' AND c.level_given <= 2`)],
  ['repeat_visits', countIf('c.repeat_visit')],
  ['minutes_total', 'c.minutes'],
  ...levels.map((level): [string, string] => [`level_${level}`, countIf(`c.level_given = ${level}`)]),
  ...outcomes.map((outcome): [string, string] => [`outcome_${outcome}`, countIf(`c.outcome = '${outcome}'`)]),
  ...referralTargets.map((target): [string, string] => [`referral_${column(target)}`, countIf(`c.referral_target = '${target}'`)]),
  ...hours.map((hour): [string, string] => [`hour_${String(hour).padStart(2, '0')}`, countIf(`c.local_hour = ${hour}`)]),
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
 * Every cell a changed case `c` (with its sign) contributes to: day and month, all and own staff,
 * all and each own category. `source` yields case rows plus `sign` (+1 added, −1 removed).
 */
function cellsOf(source: string): string {
  return `
    (SELECT changed.*,
            (changed.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS local_day,
            extract(hour FROM changed.created_at AT TIME ZONE 'Europe/Copenhagen')::int AS local_hour
       FROM (${source}) changed) c
    CROSS JOIN (VALUES ('d'), ('m')) AS grains(grain)
    CROSS JOIN LATERAL (VALUES (NULL::uuid), (c.staff_id)) AS staff(staff_id)
    CROSS JOIN LATERAL (SELECT NULL::text UNION ALL SELECT unnest(c.category_keys)) AS category(category_key)`;
}

const cellKeyValues = `grains.grain,
  CASE WHEN grains.grain = 'd' THEN c.local_day ELSE date_trunc('month', c.local_day)::date END,
  c.branch_key, c.channel_key, staff.staff_id, category.category_key`;

function upsert(table: string, extraKey: string[], extraKeyValues: string[], tableMeasures: [string, string][], from: string, where = 'TRUE') {
  const key = [...cellKey, ...extraKey];
  return `
    INSERT INTO ${table} (${key.join(', ')}, ${tableMeasures.map(([name]) => name).join(', ')})
    SELECT ${cellKeyValues}${extraKeyValues.map((value) => `, ${value}`).join('')},
           ${tableMeasures.map(([, perCase]) => `sum(c.sign * (${perCase}))`).join(',\n           ')}
      FROM ${from}
     WHERE ${where}
     GROUP BY ${key.map((_, index) => index + 1).join(', ')}
     -- The same lock order in every transaction, so concurrent case writes never deadlock here.
     ORDER BY ${key.map((_, index) => index + 1).join(', ')}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET
      ${tableMeasures.map(([name]) => `${name} = ${table}.${name} + excluded.${name}`).join(',\n      ')}`;
}

/** The statements that fold case rows (with a sign) into all three rollups. */
function applyChanges(source: string): string[] {
  const from = (extra = '') => cellsOf(source) + extra;
  return [
    upsert('case_stats', [], [], measures, from()),
    upsert('case_stats_minutes', ['minutes'], ['c.minutes'], [['visits', '1']], from()),
    upsert(
      'case_stats_guides',
      ['guide_slug'],
      ['guide.guide_slug'],
      [['visits', '1'], ['solved_visits', countIf(`c.outcome = 'solved'`)]],
      from(' CROSS JOIN LATERAL unnest(c.guide_slugs) AS guide(guide_slug)'),
    ),
  ];
}

const statements = (source: string) => applyChanges(source).map((sql) => `${sql};`).join('\n');

/**
 * Statistics: yearly goals (målindsatser), and rollups of the case log that PostgreSQL keeps
 * current itself. Statement triggers on `cases` fold every insert, correction and deletion into
 * the rollups inside the same transaction, so a figure is never stale after a case is logged —
 * and bulk inserts (the seeder) cost one aggregated upsert per statement, not one per row.
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

    await queryRunner.query(`
      CREATE TABLE case_stats (${cellKeyColumns},
        ${measures.map(([name]) => `${name} ${name === 'minutes_total' ? 'bigint' : 'int'} NOT NULL DEFAULT 0`).join(',\n        ')}
      )`);
    await queryRunner.query(`CREATE TABLE case_stats_minutes (${cellKeyColumns}, minutes smallint NOT NULL, visits int NOT NULL)`);
    await queryRunner.query(
      `CREATE TABLE case_stats_guides (${cellKeyColumns}, guide_slug text NOT NULL, visits int NOT NULL, solved_visits int NOT NULL)`,
    );
    // Lookups name staff and category (or their absence) first, then grain and a range of periods.
    const lookupOrder = ['staff_id', 'category_key', 'grain', 'period', 'branch_key', 'channel_key'];
    await queryRunner.query(`CREATE UNIQUE INDEX case_stats_cell_idx ON case_stats (${lookupOrder.join(', ')}) NULLS NOT DISTINCT`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_minutes_cell_idx ON case_stats_minutes (${lookupOrder.join(', ')}, minutes) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX case_stats_guides_cell_idx ON case_stats_guides (${lookupOrder.join(', ')}, guide_slug) NULLS NOT DISTINCT`,
    );

    await queryRunner.query(`
      CREATE FUNCTION case_stats_track() RETURNS trigger LANGUAGE plpgsql AS $track$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${statements('SELECT 1 AS sign, * FROM new_cases')}
        ELSIF TG_OP = 'DELETE' THEN
          ${statements('SELECT -1 AS sign, * FROM old_cases')}
        ELSE
          ${statements('SELECT -1 AS sign, * FROM old_cases UNION ALL SELECT 1 AS sign, * FROM new_cases')}
        END IF;
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
    for (const sql of applyChanges('SELECT 1 AS sign, * FROM cases')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER case_stats_on_delete ON cases');
    await queryRunner.query('DROP TRIGGER case_stats_on_update ON cases');
    await queryRunner.query('DROP TRIGGER case_stats_on_insert ON cases');
    await queryRunner.query('DROP FUNCTION case_stats_track()');
    await queryRunner.query('DROP TABLE case_stats_guides');
    await queryRunner.query('DROP TABLE case_stats_minutes');
    await queryRunner.query('DROP TABLE case_stats');
    await queryRunner.query('DROP TABLE stats_goals');
  }
}
