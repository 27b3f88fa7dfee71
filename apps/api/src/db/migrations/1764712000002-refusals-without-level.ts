import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refusal ("Ikke tilladt") is an outcome of its own, beside the help ladder: it has no level
 * given, unless staff helped the citizen at another level (the alternative offered). Until now the
 * case form logged every refusal at level 1 (Vejvisning) by default, which counted refusals as
 * signposting in the statistics. Those rows — refused, level 1, no reason for deviating given —
 * lose the level; the change is versioned (an open correction gets 409) and written to each case's
 * audit trail as the system's. The statistics triggers on `cases` move the counts themselves.
 */
export class RefusalsWithoutLevel1764712000002 implements MigrationInterface {
  name = 'RefusalsWithoutLevel1764712000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE cases ALTER COLUMN level_given DROP NOT NULL');
    await queryRunner.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_level_given_unless_refused
        CHECK (level_given IS NOT NULL OR outcome = 'refused_not_permitted')`);
    await queryRunner.query(`
      WITH changed AS (
        UPDATE cases SET level_given = NULL, version = version + 1, updated_at = now()
         WHERE outcome = 'refused_not_permitted' AND level_given = 1 AND deviation_reason IS NULL
        RETURNING id
      )
      INSERT INTO case_audit (case_id, staff_id, action, changes)
      SELECT id, NULL, 'updated', '[{"field": "levelGiven", "old": 1, "new": null}]'::jsonb FROM changed`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE cases DROP CONSTRAINT cases_level_given_unless_refused');
    await queryRunner.query('UPDATE cases SET level_given = 1 WHERE level_given IS NULL');
    await queryRunner.query('ALTER TABLE cases ALTER COLUMN level_given SET NOT NULL');
  }
}
