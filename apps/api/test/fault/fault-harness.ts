import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { authEndpoints, caseEndpoints, csrfHeader, pathFor, staffEndpoints } from '@digihjaelp/contract';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { freePort } from '../../../../bench/support/processes';
import { buildCaseRequest } from '../support/factories';

/*
 * What the fault tests need: a PostgreSQL of their own (never the machine's shared server: only
 * this one is stopped or frozen), the API as a real process on that database, and staff members
 * logging cases at the counter the whole time, so every answer is counted.
 */

const repositoryRoot = path.resolve(__dirname, '../../../..');

/** A PostgreSQL that may be stopped, started again on the same port, frozen and thawed. */
export class OwnPostgres {
  private constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private server: EmbeddedDatabase | undefined,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-fault-'));
    await fs.chmod(dataDir, 0o755);
    const port = await freePort();
    const own = new OwnPostgres(dataDir, port, undefined);
    await own.restart();
    return own;
  }

  get url(): string {
    if (!this.server) throw new Error('PostgreSQL is stopped');
    return this.server.url;
  }

  async restart(): Promise<void> {
    this.server = await startEmbeddedPostgres({
      dataDir: this.dataDir,
      databaseName: 'digihjaelp',
      port: this.port,
      log: () => undefined,
    });
  }

  /** Fast shutdown: sessions are ended, connections refused until `restart()`. */
  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  /** The postmaster and every backend of this server (and only this one's). */
  private async processes(): Promise<number[]> {
    const postmaster = this.server?.pid;
    if (!postmaster) return [];
    const children = await fs.readFile(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8');
    return [postmaster, ...children.split(' ').filter(Boolean).map(Number)];
  }

  /** SIGSTOP: the server keeps its sockets open but answers nothing, like a hung host. */
  async freeze(): Promise<void> {
    for (const pid of await this.processes()) process.kill(pid, 'SIGSTOP');
  }

  async thaw(): Promise<void> {
    for (const pid of await this.processes()) process.kill(pid, 'SIGCONT');
  }

  async destroy(): Promise<void> {
    await this.thaw().catch(() => undefined);
    await this.stop();
    await fs.rm(this.dataDir, { recursive: true, force: true });
  }

  async query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  }
}

export const ADMIN = { username: 'fault-admin', password: 'fault admin password' };

/** The API as `npm run serve` runs it, on its own port, with its log kept for the test to read. */
export class ApiProcess {
  readonly log: string[] = [];
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const keep = (chunk: Buffer) => this.log.push(...chunk.toString().split('\n').filter(Boolean));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(databaseUrl: string, port: number, environment: Record<string, string> = {}): Promise<ApiProcess> {
    // `node --import tsx` rather than the tsx wrapper, so a SIGKILL hits the process that serves.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        DEMO_MODE: 'false',
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'warn',
        // The harness's admin signs in with its password alone, to create the staff under load.
        TOTP_REQUIRED: 'off',
        ...environment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    await api.waitUntilReady();
    return api;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the API exited: ${this.log.join('\n')}`);
      const ready = await fetch(`${this.baseUrl}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await sleep(200);
    }
    throw new Error(`the API did not get ready: ${this.log.join('\n')}`);
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    this.child.kill(signal);
    return this.exited;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Session {
  cookie: string;
  csrfToken: string;
}

async function logIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}${authEndpoints.login.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username}: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Counter staff accounts, created by the admin and signed in one after the other. */
export async function signInCounterStaff(baseUrl: string, count: number): Promise<Session[]> {
  const admin = await logIn(baseUrl, ADMIN.username, ADMIN.password);
  const sessions: Session[] = [];
  for (let index = 0; index < count; index += 1) {
    const username = `skranke-${index}-${Date.now()}`;
    const password = 'correct horse battery';
    const created = await fetch(`${baseUrl}${staffEndpoints.create.path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: admin.cookie, [csrfHeader]: admin.csrfToken },
      body: JSON.stringify({ username, displayName: `Skranke ${index}`, role: 'counter', password }),
    });
    if (created.status !== 201) throw new Error(`creating ${username}: ${created.status}`);
    sessions.push(await logIn(baseUrl, username, password));
  }
  return sessions;
}

export interface Answer {
  kind: 'log-case' | 'list-cases' | 'readyz';
  status: number;
  startedAt: number;
  ms: number;
}

/**
 * Staff logging visits and reading the case list as fast as answers come, until `stop()`. Every
 * answer is kept; the id of every case answered 201 is an acknowledged write that must survive.
 * A request that gets no answer at all (the API killed) counts as status 0.
 */
export class CounterLoad {
  readonly answers: Answer[] = [];
  readonly acknowledged = new Set<string>();
  private running = true;
  private workers: Promise<void>[] = [];

  constructor(
    private baseUrl: string,
    sessions: Session[],
  ) {
    this.workers = sessions.map((session, index) => this.work(session, index));
  }

  /** After the API is started again on another address (the same port, in our tests). */
  retarget(baseUrl: string): void {
    this.baseUrl = baseUrl;
  }

  private async timed(kind: Answer['kind'], send: () => Promise<Response>): Promise<Response | undefined> {
    const startedAt = Date.now();
    const response = await send().catch(() => undefined);
    this.answers.push({ kind, status: response?.status ?? 0, startedAt, ms: Date.now() - startedAt });
    return response;
  }

  private async work(session: Session, worker: number): Promise<void> {
    const headers = { 'Content-Type': 'application/json', Cookie: session.cookie, [csrfHeader]: session.csrfToken };
    for (let round = 0; this.running; round += 1) {
      const body = JSON.stringify(
        buildCaseRequest({ guideSlugs: [], minutes: 1 + ((worker * 7 + round) % 60), note: `Belastning ${round}` }),
      );
      const logged = await this.timed('log-case', () =>
        fetch(`${this.baseUrl}${caseEndpoints.create.path}`, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(20_000),
        }),
      );
      if (logged?.status === 201) {
        const { data } = (await logged.json()) as { data: { id: string } };
        this.acknowledged.add(data.id);
      } else {
        await logged?.arrayBuffer().catch(() => undefined);
      }
      if (round % 4 === 0) {
        const listed = await this.timed('list-cases', () =>
          fetch(`${this.baseUrl}${pathFor(caseEndpoints.list)}?pageSize=10`, {
            headers,
            signal: AbortSignal.timeout(20_000),
          }),
        );
        await listed?.arrayBuffer().catch(() => undefined);
      }
      // A request that failed at once (nothing listening) would otherwise spin.
      if (!logged || logged.status >= 500) await sleep(20);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  /** Answers to requests sent in [from, to). */
  between(from: number, to: number): Answer[] {
    return this.answers.filter((answer) => answer.startedAt >= from && answer.startedAt < to);
  }
}

/** Asks `/readyz` until it answers `status` (or the deadline passes); returns when it did. */
export async function readiness(baseUrl: string): Promise<{ status: number; ms: number }> {
  const startedAt = Date.now();
  const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(20_000) }).catch(() => undefined);
  await response?.arrayBuffer();
  return { status: response?.status ?? 0, ms: Date.now() - startedAt };
}

/** The first moment from `from` on when a case was logged (201) again. */
export async function waitForRecovery(load: CounterLoad, from: number, timeoutMs: number): Promise<number> {
  const deadline = from + timeoutMs + 10_000;
  while (Date.now() < deadline) {
    const recovered = load.answers.find(
      (answer) => answer.kind === 'log-case' && answer.status === 201 && answer.startedAt >= from,
    );
    if (recovered) return recovered.startedAt + recovered.ms;
    await sleep(50);
  }
  throw new Error('no case was logged after the fault ended');
}

/** Acknowledged cases missing from the database, or stored without their "created" audit row. */
export async function missingCases(
  database: OwnPostgres,
  ids: Set<string>,
): Promise<{ missing: number; withoutAudit: number }> {
  const rows = await database.query<{ id: string; audited: boolean }>(
    `SELECT c.id, EXISTS (SELECT 1 FROM case_audit a WHERE a.case_id = c.id AND a.action = 'created') AS audited
       FROM cases c WHERE c.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  return { missing: ids.size - rows.length, withoutAudit: rows.filter((row) => !row.audited).length };
}

export const WEB_DIST = path.join(repositoryRoot, 'apps/web/dist');
