import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on, a second factor, sign-in throttling and the sign-in audit. Only adds: existing
 * accounts keep their passwords and sessions (every existing session is a full password session).
 */
export class SignIn1764620000000 implements MigrationInterface {
  name = 'SignIn1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // An account from the identity provider has no password of ours.
    await queryRunner.query(`ALTER TABLE staff_accounts ALTER COLUMN password_hash DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE staff_accounts
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT staff_accounts_oidc_identity_check CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX staff_accounts_oidc_identity_idx ON staff_accounts (oidc_issuer, oidc_subject)
        WHERE oidc_issuer IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE staff_recovery_codes (
        staff_id uuid NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (staff_id, code_hash)
      )`);
    await queryRunner.query(`
      ALTER TABLE staff_sessions
        ADD COLUMN method text NOT NULL DEFAULT 'password' CHECK (method IN ('password', 'oidc')),
        ADD COLUMN stage text NOT NULL DEFAULT 'full' CHECK (stage IN ('full', 'second-factor', 'enrol')),
        ADD COLUMN address_prefix text,
        ADD COLUMN id_token text`);
    await queryRunner.query(`
      CREATE TABLE oidc_logins (
        state text PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        key text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        next_attempt_at timestamptz NOT NULL,
        last_failure_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A browser that has signed in to an account before: its failed guesses count apart (see sign-in-throttle.ts).
    await queryRunner.query(`
      CREATE TABLE sign_in_browsers (
        token_hash text NOT NULL,
        staff_id uuid NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
        last_used_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (token_hash, staff_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE sign_in_events (
        id bigserial PRIMARY KEY,
        staff_id uuid REFERENCES staff_accounts(id) ON DELETE CASCADE,
        event text NOT NULL CHECK (event IN ('sign-in', 'failure', 'refused', 'totp-enrolled', 'recovery-code-used', 'logout', 'logout-everywhere')),
        method text NOT NULL CHECK (method IN ('password', 'oidc', 'totp', 'recovery-code')),
        address_prefix text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_events_staff_idx ON sign_in_events (staff_id, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_events`);
    await queryRunner.query(`DROP TABLE sign_in_browsers`);
    await queryRunner.query(`DROP TABLE sign_in_failures`);
    await queryRunner.query(`DROP TABLE oidc_logins`);
    await queryRunner.query(
      `ALTER TABLE staff_sessions DROP COLUMN method, DROP COLUMN stage, DROP COLUMN address_prefix, DROP COLUMN id_token`,
    );
    await queryRunner.query(`DROP TABLE staff_recovery_codes`);
    await queryRunner.query(`DROP INDEX staff_accounts_oidc_identity_idx`);
    await queryRunner.query(`
      ALTER TABLE staff_accounts
        DROP CONSTRAINT staff_accounts_oidc_identity_check,
        DROP COLUMN oidc_issuer, DROP COLUMN oidc_subject,
        DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_last_step`);
  }
}
