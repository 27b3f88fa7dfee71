import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from './database';

/** `npm run db:migrate`: applies pending migrations (openDatabase migrates) and exits. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ ...config, logger: createLogger(config.logLevel) });
  console.log('The database is up to date.');
  await database.close();
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
