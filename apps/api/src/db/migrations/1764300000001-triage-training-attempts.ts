import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training mode: each practice attempt, so leads can see every trainee's agreement with the engine. */
export class TriageTrainingAttempts1764300000001 implements MigrationInterface {
  name = 'TriageTrainingAttempts1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE triage_training_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
        scenario_id text NOT NULL,
        category_key text NOT NULL,
        flow_version int NOT NULL,
        chosen_kind text NOT NULL CHECK (chosen_kind IN ('level', 'referral', 'notPermitted')),
        chosen_level int CHECK (chosen_level BETWEEN 1 AND 5),
        chosen_notes text[] NOT NULL,
        engine_kind text NOT NULL CHECK (engine_kind IN ('level', 'referral', 'notPermitted')),
        engine_level int CHECK (engine_level BETWEEN 1 AND 5),
        engine_notes text[] NOT NULL,
        agreed boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX triage_training_attempts_staff_id_idx ON triage_training_attempts (staff_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE triage_training_attempts');
  }
}
