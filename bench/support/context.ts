import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { authEndpoints, healthEndpoints, staffEndpoints, type Role } from '@digihjaelp/contract';
import { createDataSource } from '../../apps/api/src/db/data-source';
import { type BaselineKind, baselineCommand } from './baseline-server';
import type { Figure } from './figures';
import { type BenchPostgres, startBenchPostgres } from './postgres';
import { freePort, type ServerProcess, serverCommand, startServer } from './processes';
import type { RoundOptions } from './rounds';
import { buildWebApp, type WebBuild } from './web-build';

export interface BenchOptions extends RoundOptions {
  /** Cases seeded for the statistics group. */
  statsCases: number;
  /** Lighthouse runs per page (the median run is reported). */
  lighthouseRuns: number;
}

/** The headers a signed-in browser sends: the session cookie and, for writes, the CSRF token. */
/** The headers of a signed-in request: the session cookie, its CSRF token and the JSON content type. */
export type Session = { Cookie: string; 'X-CSRF-Token': string; 'Content-Type': string };

export const BENCH_PASSWORD = 'bench-password-123';
const ADMIN = 'bench-admin';

/** The app's database pool size, read from its own data source so the baselines always match it. */
export const appPoolSize = (): number =>
  (createDataSource('postgres://localhost/unused').options.extra as { max: number }).max;

type StaffAccount = { username: string; role: Role; defaultBranchKey?: string };

export interface App extends ServerProcess {
  databaseUrl: string;
  signIn(username: string): Promise<Session>;
  /** Creates a staff account through the admin API (password BENCH_PASSWORD); resolves with its id. */
  createAccount(account: StaffAccount): Promise<string>;
  /** Creates staff accounts one after another; resolves with their ids in order. */
  createStaff(accounts: StaffAccount[]): Promise<string[]>;
}

export interface BenchGroup {
  name: string;
  /** What the group measures, printed before it runs. */
  description: string;
  run(context: BenchContext): Promise<Figure[]>;
}

async function signIn(baseUrl: string, username: string): Promise<Session> {
  const response = await fetch(baseUrl + authEndpoints.login.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`signing in as ${username} failed: ${response.status} ${await response.text()}`);
  const [cookie = ''] = (response.headers.get('set-cookie') ?? '').split(';');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
}

/**
 * What the groups share in one run: the PostgreSQL server, the web build, the options; and
 * everything started is stopped at the end, even when a group fails.
 */
export class BenchContext {
  private postgresServer?: Promise<BenchPostgres>;
  private web?: Promise<WebBuild>;
  private readonly stops: (() => Promise<void>)[] = [];
  private scratch?: string;

  constructor(readonly options: BenchOptions) {}

  postgres(): Promise<BenchPostgres> {
    this.postgresServer ??= startBenchPostgres();
    return this.postgresServer;
  }

  /** A temporary folder for this run, removed at the end. */
  async tempDir(name: string): Promise<string> {
    this.scratch ??= await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-bench-run-'));
    const dir = path.join(this.scratch, name);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  /** The web app built once per run (as `npm start` builds it), with Vite's manifest. */
  webBuild(): Promise<WebBuild> {
    this.web ??= this.tempDir('web').then((dir) => buildWebApp(dir));
    return this.web;
  }

  /** Registers something to stop when the group ends (last started, first stopped). */
  onStop(stop: () => Promise<void>): void {
    this.stops.push(stop);
  }

  /**
   * The app in its own process, exactly as production starts it (the `serve` command, no demo
   * mode, the built web app served beside the API), on a new database of its own; an admin
   * account is created at start from ADMIN_USERNAME/ADMIN_PASSWORD.
   */
  async startApp(purpose: string): Promise<App> {
    const [postgres, web] = await Promise.all([this.postgres(), this.webBuild()]);
    const databaseUrl = await postgres.createDatabase(purpose);
    const server = await startServer({
      label: `app (${purpose})`,
      command: serverCommand(),
      env: {
        DATABASE_URL: databaseUrl,
        DEMO_MODE: 'false',
        ADMIN_USERNAME: ADMIN,
        ADMIN_PASSWORD: BENCH_PASSWORD,
        WEB_DIST: web.dir,
      },
      port: await freePort(),
      readyPath: healthEndpoints.readyz.path,
    });
    this.onStop(server.stop);
    const admin = await signIn(server.baseUrl, ADMIN);
    const createAccount = async (account: StaffAccount) => {
      const response = await fetch(server.baseUrl + staffEndpoints.create.path, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ displayName: account.username, password: BENCH_PASSWORD, ...account }),
      });
      if (!response.ok) throw new Error(`creating ${account.username} failed: ${await response.text()}`);
      return ((await response.json()) as { data: { id: string } }).data.id;
    };
    return {
      ...server,
      databaseUrl,
      signIn: (username) => signIn(server.baseUrl, username),
      createAccount,
      createStaff: async (accounts) => {
        const ids: string[] = [];
        for (const account of accounts) ids.push(await createAccount(account));
        return ids;
      },
    };
  }

  /** A bare baseline server in its own process, on the given database, with the app's pool size. */
  async startBaseline(kind: BaselineKind, databaseUrl?: string, env: Record<string, string> = {}) {
    const server = await startServer({
      label: `bare ${kind}`,
      command: baselineCommand(kind),
      env: { DATABASE_URL: databaseUrl, POOL_SIZE: String(appPoolSize()), ...env },
      port: await freePort(),
      readyPath: '/readyz',
    });
    this.onStop(server.stop);
    return server;
  }

  /** Stops the servers a group started (after each group, so none idles beside the next). */
  async stopServers(): Promise<void> {
    for (const stop of this.stops.splice(0).reverse()) await stop().catch((error: unknown) => console.error(error));
  }

  async close(): Promise<void> {
    await this.stopServers();
    if (this.postgresServer) await (await this.postgresServer).stop();
    if (this.scratch) await fs.rm(this.scratch, { recursive: true, force: true });
  }
}
