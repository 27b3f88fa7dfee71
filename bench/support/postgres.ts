import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/db/embedded';

export interface BenchPostgres {
  /** A new, empty database on that server (the app migrates it at start, as in production). */
  createDatabase(purpose: string): Promise<string>;
  /** Drops the databases it made; stops the embedded server and removes its data. */
  stop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL for the run: the embedded one that `npm start` uses (its own process, started
 * from the same binaries and settings), or the server in DATABASE_URL. Each group gets a database
 * of its own on it, so the cases one group writes never slow another's queries.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  let serverUrl: string;
  let stopServer: () => Promise<void> = async () => {};
  if (given) {
    serverUrl = given;
  } else {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-bench-'));
    await fs.chmod(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, databaseName: 'postgres', log: () => undefined });
    serverUrl = embedded.url;
    stopServer = embedded.stop;
  }
  const urlOf = (name: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const created: string[] = [];
  return {
    createDatabase: async (purpose) => {
      const name = `digihjaelp_bench_${purpose.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
      await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return urlOf(name);
    },
    stop: async () => {
      if (given) {
        for (const name of created)
          await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
      await stopServer();
      if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
