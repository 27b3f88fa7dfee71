import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { GeneratedCase } from './case-generator';
import { triageColumns } from './cases.service';

const columns = [
  'created_at',
  'updated_at',
  'staff_id',
  'branch_key',
  'channel_key',
  'category_keys',
  'flow_version',
  'triage_answers',
  'recommended_level',
  'recommended_referral',
  'recommended_not_permitted',
  'level_given',
  'outcome',
  'referral_target',
  'minutes',
  'guide_slugs',
  'repeat_visit',
  'age_band',
  'note',
];

/** COPY's text format: \N is NULL; backslash, tab and line breaks are escaped. */
function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  return String(value).replace(
    /[\\\t\n\r]/g,
    (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!,
  );
}

// Keys and slugs are [a-z0-9-], so they need no quoting inside a PostgreSQL array literal.
const arrayLiteral = (values: string[]) => `{${values.join(',')}}`;

function copyLine(visit: GeneratedCase): string {
  const at = visit.createdAt.toISOString();
  return [
    at,
    at,
    visit.staffId,
    visit.branchKey,
    visit.channelKey,
    arrayLiteral(visit.categoryKeys),
    ...triageColumns(visit.triage),
    visit.levelGiven,
    visit.outcome,
    visit.referralTarget,
    visit.minutes,
    arrayLiteral(visit.guideSlugs),
    visit.repeatVisit,
    visit.ageBand,
    visit.note,
  ]
    .map(copyValue)
    .join('\t');
}

const LINES_PER_CHUNK = 2_000;

async function* copyChunks(cases: Iterable<GeneratedCase>, onProgress: (inserted: number) => void) {
  let lines: string[] = [];
  let sent = 0;
  for (const visit of cases) {
    lines.push(copyLine(visit));
    if (lines.length === LINES_PER_CHUNK) {
      yield `${lines.join('\n')}\n`;
      sent += lines.length;
      onProgress(sent);
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
  onProgress(sent + lines.length);
}

interface BulkOptions {
  onProgress?: (inserted: number) => void;
  /**
   * For large loads into an idle database: drop the table's indexes and keys, COPY, then build
   * them again in one go (PostgreSQL's "Populating a Database" advice) — many times faster than
   * maintaining them row by row. All in one transaction, which locks the table meanwhile.
   */
  rebuildIndexes?: boolean;
}

/** The cases table's keys and indexes, as the statements that create them again. */
async function dropKeysAndIndexes(client: PoolClient): Promise<string[]> {
  const { rows: constraints } = await client.query<{ name: string; definition: string }>(`
    SELECT conname AS name, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint WHERE conrelid = 'cases'::regclass AND contype IN ('p', 'f') ORDER BY contype DESC`);
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
    SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
    FROM pg_index WHERE indrelid = 'cases'::regclass
      AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = pg_index.indexrelid)`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  for (const constraint of constraints) await client.query(`ALTER TABLE cases DROP CONSTRAINT ${constraint.name}`);
  return [
    ...constraints.map((constraint) => `ALTER TABLE cases ADD CONSTRAINT ${constraint.name} ${constraint.definition}`),
    ...indexes.map((index) => index.definition),
  ];
}

/** Loads generated cases with one COPY (all or nothing). Bulk loads are not user actions: no audit rows. */
export async function insertCasesInBulk(
  dataSource: DataSource,
  cases: Iterable<GeneratedCase>,
  { onProgress = () => undefined, rebuildIndexes = false }: BulkOptions = {},
): Promise<number> {
  const runner = dataSource.createQueryRunner();
  const client: PoolClient = await runner.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const recreate = rebuildIndexes ? await dropKeysAndIndexes(client) : [];
    const copy = client.query(copyFrom(`COPY cases (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(copyChunks(cases, onProgress)), copy);
    for (const statement of recreate) await client.query(statement);
    await client.query('COMMIT');
    return copy.rowCount;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await runner.release();
  }
}
