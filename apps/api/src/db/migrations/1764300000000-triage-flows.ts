import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Triage flows with versions: a new version is a new row, so the version a logged case used stays
 * readable. The seeded flows are inserted at start (seedTriageFlows), not here, so the data in
 * the code can evolve without editing this migration.
 */
export class TriageFlows1764300000000 implements MigrationInterface {
  name = 'TriageFlows1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE triage_flows (
        category_key text NOT NULL REFERENCES categories(key) ON UPDATE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES staff_accounts(id) ON DELETE SET NULL,
        PRIMARY KEY (category_key, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE triage_flows');
  }
}
