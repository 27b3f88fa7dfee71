import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';

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
    UPDATE case_audit SET changes = (
      SELECT jsonb_agg(
               CASE WHEN change->>'field' IN ('note', 'deviationReason')
                    THEN jsonb_build_object('field', change->'field', 'old', null, 'new', null, 'erased', true)
                    ELSE change END
               ORDER BY position)
      FROM jsonb_array_elements(case_audit.changes) WITH ORDINALITY AS t(change, position))
    FROM erased
    WHERE case_audit.case_id = erased.id AND case_audit.action = 'updated'
  )
  SELECT count(*)::int AS erased FROM erased`;

async function eraseBatch(manager: EntityManager, retentionDays: number): Promise<number> {
  const [{ erased }] = await manager.query(eraseBatchSql, [retentionDays, BATCH_SIZE]);
  return erased;
}

export interface NoteRetentionRun {
  /** False when another instance held the lock, so this one left the work to it. */
  ran: boolean;
  erased: number;
}

/**
 * Erases free-text notes (and reasons) older than `retentionDays`, in batches, under a
 * PostgreSQL advisory lock so two instances never run it at once.
 */
export async function eraseExpiredNotes(dataSource: DataSource, retentionDays: number): Promise<NoteRetentionRun> {
  const connection = dataSource.createQueryRunner();
  await connection.connect();
  try {
    const [{ locked }] = await connection.query('SELECT pg_try_advisory_lock($1) AS locked', [NOTE_RETENTION_LOCK_KEY]);
    if (!locked) return { ran: false, erased: 0 };
    try {
      let erased = 0;
      let batch: number;
      do {
        batch = await connection.manager.transaction((manager) => eraseBatch(manager, retentionDays));
        erased += batch;
      } while (batch === BATCH_SIZE);
      return { ran: true, erased };
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
        if (result.erased > 0)
          options.logger.info({ erased: result.erased }, 'case notes erased after the retention period');
      },
      (error: unknown) => options.logger.error({ err: error }, 'case note retention failed; will try again tomorrow'),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
