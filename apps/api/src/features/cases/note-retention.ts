import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import { holdsFreeText, scrubbedChanges } from './audit-free-text';

/** Any fixed 64-bit number; the same in every instance, different from the migration lock. */
export const NOTE_RETENTION_LOCK_KEY = 7_265_481_112_005;
const BATCH_SIZE = 5_000;
const DAY_MS = 24 * 3_600_000;

const erasedChange = (field: string) =>
  `jsonb_build_object('field', '${field}', 'old', null, 'new', null, 'erased', true)`;

// One batch: erase the free text of cases older than the retention period, record the erasure
// (never the text) and scrub the text from earlier corrections in the trail. Counted fields stay.
const eraseBatchSql = `
  WITH due AS (
    SELECT id, note IS NOT NULL AS had_note, deviation_reason IS NOT NULL AS had_reason
    FROM cases
    WHERE (note IS NOT NULL OR deviation_reason IS NOT NULL) AND created_at < now() - make_interval(days => $1)
    ORDER BY created_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), erased AS (
    UPDATE cases SET note = NULL, deviation_reason = NULL, notes_erased_at = now(), updated_at = now(), version = cases.version + 1
    FROM due WHERE cases.id = due.id
    RETURNING cases.id, due.had_note, due.had_reason
  ), recorded AS (
    INSERT INTO case_audit (case_id, staff_id, action, changes)
    SELECT id, NULL, 'notes_erased',
           (CASE WHEN had_note THEN jsonb_build_array(${erasedChange('note')}) ELSE '[]'::jsonb END)
           || (CASE WHEN had_reason THEN jsonb_build_array(${erasedChange('deviationReason')}) ELSE '[]'::jsonb END)
    FROM erased
  ), scrubbed AS (
    UPDATE case_audit SET changes = ${scrubbedChanges}
    FROM erased
    WHERE case_audit.case_id = erased.id AND ${holdsFreeText}
  )
  SELECT count(*)::int AS erased FROM erased`;

// One batch of audit rows that hold free text past the retention period, judged by the row's own
// age alone: a trail whose case is gone (or was never erased) is scrubbed as surely as any other.
const scrubAuditBatchSql = `
  WITH due AS (
    SELECT id FROM case_audit
    WHERE ${holdsFreeText} AND case_audit.at < now() - make_interval(days => $1)
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), scrubbed AS (
    UPDATE case_audit SET changes = ${scrubbedChanges}
    FROM due WHERE case_audit.id = due.id
    RETURNING case_audit.id
  )
  SELECT count(*)::int AS scrubbed FROM scrubbed`;

async function eraseBatch(manager: EntityManager, retentionDays: number): Promise<number> {
  const [{ erased }] = await manager.query(eraseBatchSql, [retentionDays, BATCH_SIZE]);
  return erased;
}

async function scrubAuditBatch(manager: EntityManager, retentionDays: number): Promise<number> {
  const [{ scrubbed }] = await manager.query(scrubAuditBatchSql, [retentionDays, BATCH_SIZE]);
  return scrubbed;
}

/** Runs `batch` in its own transaction until a batch comes back short; the total. */
async function inBatches(
  connection: QueryRunner,
  batch: (manager: EntityManager, retentionDays: number) => Promise<number>,
  retentionDays: number,
): Promise<number> {
  let total = 0;
  let done: number;
  do {
    done = await connection.manager.transaction((manager) => batch(manager, retentionDays));
    total += done;
  } while (done === BATCH_SIZE);
  return total;
}

export interface NoteRetentionRun {
  /** False when another instance held the lock, so this one left the work to it. */
  ran: boolean;
  erased: number;
  /** Audit rows whose free text was scrubbed on their own account (not with their case's notes). */
  auditRowsScrubbed: number;
}

/**
 * Erases free-text notes (and reasons) older than `retentionDays`, then the free text of audit
 * rows that outlived it, in batches, under a
 * PostgreSQL advisory lock so two instances never run it at once.
 */
export async function eraseExpiredNotes(dataSource: DataSource, retentionDays: number): Promise<NoteRetentionRun> {
  const connection = dataSource.createQueryRunner();
  await connection.connect();
  try {
    const [{ locked }] = await connection.query('SELECT pg_try_advisory_lock($1) AS locked', [NOTE_RETENTION_LOCK_KEY]);
    if (!locked) return { ran: false, erased: 0, auditRowsScrubbed: 0 };
    try {
      const erased = await inBatches(connection, eraseBatch, retentionDays);
      const auditRowsScrubbed = await inBatches(connection, scrubAuditBatch, retentionDays);
      return { ran: true, erased, auditRowsScrubbed };
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [NOTE_RETENTION_LOCK_KEY]);
    }
  } finally {
    await connection.release();
  }
}

/** Runs the retention job now and then daily; `stop()` ends the schedule. */
export function scheduleNoteRetention(options: { dataSource: DataSource; retentionDays: number; logger: Logger }) {
  const run = () =>
    eraseExpiredNotes(options.dataSource, options.retentionDays).then(
      (result) => {
        if (result.erased > 0 || result.auditRowsScrubbed > 0)
          options.logger.info(
            { erased: result.erased, auditRowsScrubbed: result.auditRowsScrubbed },
            'case notes erased after the retention period',
          );
      },
      (error: unknown) => options.logger.error({ err: error }, 'case note retention failed; will try again tomorrow'),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
