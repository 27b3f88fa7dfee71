import type { EntityManager } from 'typeorm';

/**
 * The audit trail copies a corrected note's old and new text (so a lead can see what changed),
 * which makes it a second home for free text. These fragments are how the text leaves it: when
 * its case is deleted, when the retention job erases the case's notes, and when the audit row
 * itself passes the retention period (migration CaseAuditFreeText1764614000000 scrubbed the
 * trails of cases deleted before deletions did this).
 */

/**
 * An `updated` row that still holds free text. Written exactly as the partial index
 * `case_audit_free_text_at_idx` is, so the planner uses it and the daily scan stays small.
 */
export const holdsFreeText = `case_audit.action = 'updated' AND case_audit.changes @? '$[*] ? ((@.field == "note" || @.field == "deviationReason") && !exists(@.erased))'`;

/** The row's changes with every free-text value replaced by the erasure marker; counted fields stay. */
export const scrubbedChanges = `(
  SELECT jsonb_agg(
           CASE WHEN change->>'field' IN ('note', 'deviationReason')
                THEN jsonb_build_object('field', change->'field', 'old', null, 'new', null, 'erased', true)
                ELSE change END
           ORDER BY position)
  FROM jsonb_array_elements(case_audit.changes) WITH ORDINALITY AS t(change, position))`;

/** Scrubs the free text from one case's trail; the deletion runs it in its own transaction. */
export async function scrubCaseAudit(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(`UPDATE case_audit SET changes = ${scrubbedChanges} WHERE case_id = $1 AND ${holdsFreeText}`, [
    caseId,
  ]);
}
