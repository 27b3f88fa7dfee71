import type { DataSource } from 'typeorm';

/** Any fixed 64-bit number works; it only has to be the same for every instance of the app. */
const MIGRATION_LOCK_KEY = 7_265_481_112_001;

/**
 * Runs pending migrations, then `seed` (the first admin, demo data, standard flows), while holding
 * a PostgreSQL advisory lock, so two instances starting at once cannot race: the second waits,
 * then finds nothing left to do.
 */
export async function migrateUnderLock(
  dataSource: DataSource,
  seed?: (dataSource: DataSource) => Promise<void>,
): Promise<string[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await seed?.(dataSource);
    return applied.map((migration) => migration.name);
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
