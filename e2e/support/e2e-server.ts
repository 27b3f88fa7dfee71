import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../apps/api/src/app';
import { seedDemo } from '../../apps/api/src/features/demo/seed-demo';
import { createTestDatabase } from '../../apps/api/test/support/test-database';

const webDist = path.resolve(__dirname, '../../apps/web/dist');

export interface E2eServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The product as `npm start` serves it — API plus built web app, demo content — on its own database. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test and npm run e2e do).');
  }
  const database = await createTestDatabase();
  await seedDemo(database.dataSource);
  const app = createApp({
    dataSource: database.dataSource,
    logger: pino({ level: 'silent' }),
    demoMode: true,
    sessionHours: 12,
    trustProxy: false,
    webDist,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.drop();
    },
  };
}
