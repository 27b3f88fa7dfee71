import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied here, not imported: a migration keeps meaning what it meant when it landed.
const holdsFreeText = `case_audit.action = 'updated' AND case_audit.changes @? '$[*] ? ((@.field == "note" || @.field == "deviationReason") && !exists(@.erased))'`;

/**
 * The audit rows that still hold a note's or reason's text, by their age: the retention job
 * scrubs them once they pass the retention period, and a scrubbed row leaves the index, so the
 * daily scan reads only what is still to do. The predicate is `holdsFreeText` in
 * features/cases/audit-free-text.ts, which the planner needs word for word.
 *
 * Deleting a case now scrubs its trail; this also scrubs the trails of cases deleted before, whose
 * corrections still held the text the deletion should have taken with it. Counted fields stay.
 */
export class CaseAuditFreeText1764614000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX case_audit_free_text_at_idx ON case_audit (at) WHERE ${holdsFreeText}`);
    await queryRunner.query(`
      UPDATE case_audit SET changes = (
        SELECT jsonb_agg(
                 CASE WHEN change->>'field' IN ('note', 'deviationReason')
                      THEN jsonb_build_object('field', change->'field', 'old', null, 'new', null, 'erased', true)
                      ELSE change END
                 ORDER BY position)
        FROM jsonb_array_elements(case_audit.changes) WITH ORDINALITY AS t(change, position))
      WHERE ${holdsFreeText}
        AND case_audit.case_id IN (SELECT case_id FROM case_audit WHERE action = 'deleted')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX case_audit_free_text_at_idx');
  }
}
