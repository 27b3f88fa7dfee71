import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app';
import { seedDemo } from '../../apps/api/src/features/demo/seed-demo';
import { createTestDatabase } from '../../apps/api/test/support/test-database';

const webDist = path.resolve(__dirname, '../../apps/web/dist');

export interface E2eServer {
  baseUrl: string;
  /** The server's database, for a test that logs visits at a chosen time. */
  dataSource: DataSource;
  stop(): Promise<void>;
}

export interface E2eServerOptions {
  /** A fixed moment the server takes as now (its figures' today; the demo's visits end the day before). */
  now?: Date;
}

/** The product as `npm start` serves it — API plus built web app, demo content — on its own database. */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test and npm run e2e do).');
  }
  const database = await createTestDatabase();
  const { now } = options;
  await seedDemo(database.dataSource, { now });
  const app = createApp({
    dataSource: database.dataSource,
    logger: pino({ level: 'silent' }),
    demoMode: true,
    sessionHours: 12,
    trustProxy: false,
    webDist,
    ...(now && { now: () => now }),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataSource: database.dataSource,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.drop();
    },
  };
}
