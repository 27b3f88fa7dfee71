import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { type CaseRowFields, type CaseValue, caseValues, timedCaseColumnNames } from './case-columns';

/** A case with the time it happened: bulk loads are history, not visits logged now. */
export interface TimedCase extends CaseRowFields {
  createdAt: Date;
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * COPY's text format: \N is NULL; backslash, tab and line breaks are escaped. Keys and slugs are
 * [a-z0-9-], so an array needs no quoting inside its PostgreSQL literal.
 */
function copyValue(value: CaseValue): string {
  if (value === null) return '\\N';
  const text = Array.isArray(value) ? `{${value.join(',')}}` : String(value);
  return text.replace(/[\\\t\n\r]/g, (character) => copyEscapes[character] ?? character);
}

function copyLine(visit: TimedCase): string {
  const at = visit.createdAt.toISOString();
  return [at, at, ...caseValues(visit)].map(copyValue).join('\t');
}

const LINES_PER_CHUNK = 2_000;

async function* copyChunks(cases: Iterable<TimedCase>, onProgress: (inserted: number) => void) {
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
  cases: Iterable<TimedCase>,
  { onProgress = () => undefined, rebuildIndexes = false }: BulkOptions = {},
): Promise<number> {
  const runner = dataSource.createQueryRunner();
  const client: PoolClient = await runner.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const recreate = rebuildIndexes ? await dropKeysAndIndexes(client) : [];
    const copy = client.query(copyFrom(`COPY cases (${timedCaseColumnNames.join(', ')}) FROM STDIN`));
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
