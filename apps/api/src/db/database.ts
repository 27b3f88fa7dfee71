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

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when none is given; then migrates. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
}): Promise<OpenDatabase> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        databaseName: 'digihjaelp',
        log: (message) => options.logger.info(message),
      });
  const databaseUrl = options.databaseUrl ?? embedded?.url;
  if (!databaseUrl) throw new Error('no database: neither DATABASE_URL nor the embedded PostgreSQL');
  const dataSource = createDataSource(databaseUrl);
  try {
    await dataSource.initialize();
    const applied = await migrateUnderLock(dataSource);
    if (applied.length > 0) options.logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
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
