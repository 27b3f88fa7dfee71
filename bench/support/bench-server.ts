import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app';
import { openDatabase } from '../../apps/api/src/db/database';

export interface BenchServer {
  baseUrl: string;
  dataSource: DataSource;
  /** The connection string, for bare `pg` baselines against the same database. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real app, listening on a loopback port, on a fresh embedded PostgreSQL (or on DATABASE_URL
 * when set — then it uses that database as it is).
 */
export async function startBenchServer(): Promise<BenchServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-bench-'));
  await fs.chmod(dataDir, 0o755);
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, logger });
  const app = createApp({
    dataSource: database.dataSource,
    logger,
    demoMode: false,
    sessionHours: 12,
    trustProxy: false,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const options = database.dataSource.options as { url: string };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataSource: database.dataSource,
    databaseUrl: options.url,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in over HTTP and returns the headers a benchmark client sends (cookie + CSRF token). */
export async function signInForBench(baseUrl: string, username: string, password: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`bench login failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
}
