import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied here, not imported: a migration must keep meaning what it meant when it landed, even
// after the session cache's listener changes (it reads the same channel and payloads).
const CHANNEL = 'staff_session_changes';

/** A trigger function that notifies the channel with `payload` (SQL, over the row `OLD`) and changes nothing. */
const notifyingFunction = (name: string, payload: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('${CHANNEL}', ${payload});
    RETURN NULL;
  END $$`;

/**
 * Every API instance keeps the sessions it read in memory (`session-cache.ts`) and must forget one
 * the moment it changes, whoever changed it: another instance, a command-line tool, SQL by hand.
 * So the database says so itself, on commit, to every listener: `session:<token hash>` when a
 * session row is updated or deleted (logout, the second factor done, expiry cleaned up, an
 * account's sessions ended or deleted with it), `staff:<id>` when an account changes what its
 * sessions carry (name, role, default branch) or whether they may go on at all (active, password),
 * and `*` when the sessions table is truncated. Inserts say nothing: a new session is in no cache.
 */
export class SessionChangeNotifications1764900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(notifyingFunction('notify_staff_session_change', `'session:' || OLD.token_hash`));
    await queryRunner.query(`
      CREATE TRIGGER staff_sessions_notify_change AFTER UPDATE OR DELETE ON staff_sessions
        FOR EACH ROW EXECUTE FUNCTION notify_staff_session_change()`);

    await queryRunner.query(notifyingFunction('notify_staff_sessions_truncated', `'*'`));
    // Truncating staff_accounts must cascade to staff_sessions, which fires this one too.
    await queryRunner.query(`
      CREATE TRIGGER staff_sessions_notify_truncate AFTER TRUNCATE ON staff_sessions
        FOR EACH STATEMENT EXECUTE FUNCTION notify_staff_sessions_truncated()`);

    await queryRunner.query(notifyingFunction('notify_staff_account_change', `'staff:' || OLD.id`));
    // Only what a session carries or depends on: a second factor's last used step, written at
    // every code, says nothing to the cache.
    await queryRunner.query(`
      CREATE TRIGGER staff_accounts_notify_change AFTER UPDATE ON staff_accounts
        FOR EACH ROW
        WHEN ((OLD.username, OLD.display_name, OLD.role, OLD.default_branch_key, OLD.active, OLD.password_hash)
              IS DISTINCT FROM
              (NEW.username, NEW.display_name, NEW.role, NEW.default_branch_key, NEW.active, NEW.password_hash))
        EXECUTE FUNCTION notify_staff_account_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER staff_accounts_notify_change ON staff_accounts');
    await queryRunner.query('DROP FUNCTION notify_staff_account_change()');
    await queryRunner.query('DROP TRIGGER staff_sessions_notify_truncate ON staff_sessions');
    await queryRunner.query('DROP FUNCTION notify_staff_sessions_truncated()');
    await queryRunner.query('DROP TRIGGER staff_sessions_notify_change ON staff_sessions');
    await queryRunner.query('DROP FUNCTION notify_staff_session_change()');
  }
}
