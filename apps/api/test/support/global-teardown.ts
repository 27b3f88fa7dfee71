import fs from 'node:fs/promises';
import { withAdminClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.embeddedTestDatabase;
  if (embedded) {
    await embedded.server.stop();
    await fs.rm(embedded.dataDir, { recursive: true, force: true });
  } else if (process.env.TEST_DATABASE_SERVER_URL && process.env.TEST_TEMPLATE_DATABASE) {
    await withAdminClient(process.env.TEST_DATABASE_SERVER_URL, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DATABASE} WITH (FORCE)`),
    );
  }
}
