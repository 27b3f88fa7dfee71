import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { type AppDependencies, createApp } from '../../apps/api/src/app';
import { seedDemo } from '../../apps/api/src/features/demo/seed-demo';
import { createTestDatabase } from '../../apps/api/test/support/test-database';

const webDist = path.resolve(__dirname, '../../apps/web/dist');

export interface E2eServer {
  baseUrl: string;
  /** The server's database, for a test that logs visits at a chosen time. */
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** What a test changes of the app's setup, knowing the address it is served at (e.g. for single sign-on). */
export type ConfigureApp = (baseUrl: string) => Promise<Partial<AppDependencies>> | Partial<AppDependencies>;

export interface E2eServerOptions {
  /** A fixed moment the server takes as now (its figures' today; the demo's visits end the day before). */
  now?: Date;
  configure?: ConfigureApp;
}

/** The product as `npm start` serves it — API plus built web app, demo content — on its own database. */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test and npm run e2e do).');
  }
  const database = await createTestDatabase();
  const { now, configure = () => ({}) } = options;
  await seedDemo(database.dataSource, { now });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = createApp({
    dataSource: database.dataSource,
    logger: pino({ level: 'silent' }),
    demoMode: true,
    sessionHours: 12,
    trustProxy: false,
    webDist,
    ...(now && { now: () => now }),
    ...(await configure(baseUrl)),
  });
  server.on('request', app);
  return {
    baseUrl,
    dataSource: database.dataSource,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.drop();
    },
  };
}
