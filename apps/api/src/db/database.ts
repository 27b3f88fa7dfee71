import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { migrateUnderLock } from './migrate';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when none is given; then migrates and
 * seeds under the migration lock, on connections of their own that no timeout cuts short, and
 * opens the pool that serves (with `queryTimeoutMs`, when given).
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  /** After the migrations, under the same lock: what an installation starts with. */
  seed?: (dataSource: DataSource) => Promise<void>;
  queryTimeoutMs?: number;
}): Promise<OpenDatabase> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        databaseName: 'digihjaelp',
        log: (message) => options.logger.info(message),
      });
  const url = options.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('no database: neither DATABASE_URL nor the embedded PostgreSQL');
  const maintenance = createDataSource(url, { poolSize: 2 });
  const dataSource = createDataSource(url, { queryTimeoutMs: options.queryTimeoutMs });
  try {
    await maintenance.initialize();
    const applied = await migrateUnderLock(maintenance, options.seed);
    if (applied.length > 0) options.logger.info({ migrations: applied }, 'database migrated');
    await maintenance.destroy();
    await dataSource.initialize();
  } catch (error) {
    for (const source of [maintenance, dataSource]) if (source.isInitialized) await source.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
