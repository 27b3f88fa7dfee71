import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAccountsAndSessions1764115200000 implements MigrationInterface {
  name = 'StaffAccountsAndSessions1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
      CREATE TABLE staff_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 2 AND 40),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('counter', 'lead', 'admin')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX staff_sessions_staff_id_idx ON staff_sessions (staff_id)`);
    await queryRunner.query(`CREATE INDEX staff_sessions_expires_at_idx ON staff_sessions (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE staff_sessions`);
    await queryRunner.query(`DROP TABLE staff_accounts`);
  }
}
