import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { binaryPath, installedBinaries, removeBrokenBinaryCopies, sharedCopyOf } from './embedded-binaries';
import { placeCluster, removeStaleClusters } from './embedded-clusters';
import { initialiseCluster, startServer, stopLeftoverServer } from './embedded-server';
import { fileIsReachableBy, type Account } from './reachable';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** The postmaster's process id (fault tests freeze it). */
  pid: number;
  /** Shuts PostgreSQL down cleanly (fast shutdown: ends sessions, checkpoints, exits). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Our data folder; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  databaseName: string;
  log: (message: string) => void;
  /** Where root keeps what the `postgres` account must reach when the checkout sits in a private folder. */
  sharedDir?: string;
  /** Listen here instead of on a free port: a server started again keeps its address. */
  port?: number;
}

const DEFAULT_SHARED_DIR = '/var/lib/digihjaelp';

export class EmbeddedPostgresError extends Error {}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function postgresAccount(): Promise<Account> {
  const id = async (flag: string) => Number.parseInt((await run('id', [flag, 'postgres'])).stdout, 10);
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(24).toString('hex');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Checks for the database and creates it when missing; always closes its connection. */
async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Root cannot run PostgreSQL, so it runs as the `postgres` account, which must reach the binaries
 * and the cluster. What it cannot reach in the checkout (e.g. under /root, mode 0700) is kept in
 * `sharedDir`: a verified copy of the binaries, and the cluster. Nothing there points back into a
 * checkout, so deleting, moving or re-cloning one never breaks another.
 */
async function prepare(options: EmbeddedOptions, account: Account | undefined) {
  const { dataDir, log } = options;
  const sharedDir = options.sharedDir ?? DEFAULT_SHARED_DIR;
  if (account && (await exists(sharedDir))) {
    await removeBrokenBinaryCopies(sharedDir, log);
    await removeStaleClusters(sharedDir, log);
  }
  const installed = await installedBinaries();
  const binaries =
    account && !(await fileIsReachableBy(binaryPath(installed, 'postgres'), account))
      ? await sharedCopyOf(installed, sharedDir, log)
      : installed;
  const clusterOutOfReach = account && !(await fileIsReachableBy(path.join(dataDir, 'postgres'), account));
  const clusterDir = await placeCluster(dataDir, clusterOutOfReach ? sharedDir : undefined, log);
  return { binaries, clusterDir };
}

/**
 * Starts a real PostgreSQL from the binaries installed with the app, with its data under `dataDir`,
 * so `npm start` needs no database server. Handles the pitfalls seen on our machines: running as
 * root, private folders, checkouts that come and go, non-UTF-8 defaults, a server left over from a
 * killed run.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, databaseName, log } = options;
  const recentOutput: string[] = [];
  const failure = (what: string, cause: unknown) =>
    new EmbeddedPostgresError(
      `${what} (${cause instanceof Error ? cause.message : String(cause)}).\n` +
        (recentOutput.length > 0 ? `Its last output:\n${recentOutput.join('\n')}\n` : '') +
        'To run on your own PostgreSQL server instead, set DATABASE_URL=postgres://user:password@host:5432/database.',
    );

  const account = process.getuid?.() === 0 ? await postgresAccount().catch(() => undefined) : undefined;
  if (process.getuid?.() === 0 && !account) {
    throw failure(
      'The embedded PostgreSQL needs a postgres account to run as when started by root',
      'it could not be created',
    );
  }
  const { binaries, clusterDir } = await prepare(options, account).catch((cause: unknown) => {
    throw failure('The embedded PostgreSQL could not be prepared', cause);
  });
  log(`Embedded PostgreSQL ${binaries.version}: binaries in ${binaries.root}, cluster in ${clusterDir}`);
  const password = await readOrCreatePassword(dataDir);
  await stopLeftoverServer(clusterDir, log);

  const serverRun = {
    binaries,
    account,
    onOutput: (line: string) => {
      recentOutput.push(line);
      if (recentOutput.length > 30) recentOutput.shift();
    },
  };
  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    log(`Creating a new PostgreSQL cluster in ${clusterDir}`);
    await initialiseCluster(serverRun, clusterDir, password).catch((cause: unknown) => {
      throw failure('The embedded PostgreSQL could not be initialised', cause);
    });
  }
  const port = options.port ?? (await freePort());
  const server = await startServer(serverRun, clusterDir, port).catch((cause: unknown) => {
    throw failure('The embedded PostgreSQL did not start', cause);
  });
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, databaseName).catch(async (cause: unknown) => {
    await server.stop();
    throw failure(`The embedded PostgreSQL in ${clusterDir} refused our connection`, cause);
  });
  return { url: `${base}/${databaseName}`, pid: server.pid, stop: () => server.stop() };
}
