import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `Idempotency-Key`s of logged visits, per staff account: a repeated `POST /api/cases` under a
 * key finds the case the first one made instead of making another. The key is claimed in the
 * same transaction that inserts the case, so two racing requests cannot both create one. A lead
 * deleting the case leaves the key: a late replay must not log the visit again.
 */
export class CaseIdempotencyKeys1764712000000 implements MigrationInterface {
  name = 'CaseIdempotencyKeys1764712000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_idempotency_keys (
        staff_id uuid NOT NULL REFERENCES staff_accounts(id),
        key uuid NOT NULL,
        -- SHA-256 of the parsed request: the same key with another body is refused.
        request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
        -- No foreign key, like case_audit: the key outlives a deleted case, and bulk loads may
        -- drop the cases' keys for a while. NULL only until the claiming transaction has inserted it.
        case_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (staff_id, key)
      )`);
    // Expired keys are removed per staff account, oldest first, as that account logs visits.
    await queryRunner.query(
      'CREATE INDEX case_idempotency_keys_staff_created_at_idx ON case_idempotency_keys (staff_id, created_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_idempotency_keys');
  }
}
