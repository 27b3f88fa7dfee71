import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { queryOnce } from '../../test/support/query-once';

const child = path.resolve(__dirname, '../../test/support/embedded-child.ts');

interface Running {
  process: ChildProcess;
  url: string;
}

/** Starts the embedded server in a child process without LANG/LC_ALL, as a bare shell would. */
function startServer(dataDir: string): Promise<Running> {
  const { LANG, LC_ALL, LC_CTYPE, ...environment } = process.env;
  // `node --import tsx` rather than the tsx wrapper, so a SIGKILL hits the process that owns the server.
  const started = spawn(process.execPath, ['--import', 'tsx', child, dataDir], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    started.stdout.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ process: started, url: match[1] });
    });
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.on('exit', (code) => reject(new Error(`embedded server exited (${code}): ${output}`)));
  });
}

function stopServer(running: Running): Promise<void> {
  return new Promise((resolve) => {
    running.process.once('exit', () => resolve());
    running.process.kill('SIGTERM');
  });
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const content = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => undefined);
  return content ? Number.parseInt(content.split('\n')[0] ?? '', 10) : undefined;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let privateHome: string;
let dataDir: string;
beforeAll(async () => {
  // Like a checkout under /root or a home folder: private to its owner.
  privateHome = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-private-home-'));
  await fs.chmod(privateHome, 0o700);
  dataDir = path.join(privateHome, 'data');
});
afterAll(async () => {
  // As root the cluster lives outside the private folder (see placeCluster in embedded-clusters.ts): remove it and any set aside.
  const cluster = await fs.realpath(path.join(dataDir, 'postgres')).catch(() => undefined);
  if (cluster && !cluster.startsWith(privateHome)) {
    const parent = path.dirname(cluster);
    for (const entry of await fs.readdir(parent)) {
      if (entry.startsWith(path.basename(cluster)))
        await fs.rm(path.join(parent, entry), { recursive: true, force: true });
    }
  }
  await fs.rm(privateHome, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('starts inside a private folder, speaks UTF-8 without LANG, and stops cleanly', async () => {
    const server = await startServer(dataDir);
    const [encoding] = await queryOnce<{ server_encoding: string }>(server.url, 'SHOW server_encoding');
    expect(encoding?.server_encoding).toBe('UTF8');
    const [danish] = await queryOnce<{ upper: string; stem: string }>(
      server.url,
      `SELECT upper('æøå blåbærgrød') AS upper, to_tsvector('danish', 'vejledningerne')::text AS stem`,
    );
    expect(danish?.upper).toBe('ÆØÅ BLÅBÆRGRØD');
    expect(danish?.stem).toBe("'vejledning':1");
    await queryOnce(server.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('bevaret')`);
    // Connections made while starting (to check for and create the database) are all closed.
    const open = await queryOnce<{ n: number }>(
      server.url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'postgres'`,
    );
    expect(open[0]?.n).toBe(0);

    const pid = await postmasterPid(dataDir);
    await stopServer(server);
    expect(pid && isAlive(pid)).toBe(false);
    expect(await postmasterPid(dataDir)).toBeUndefined();
  });

  it('keeps the data across a restart', async () => {
    const server = await startServer(dataDir);
    try {
      expect(await queryOnce(server.url, 'SELECT note FROM kept')).toEqual([{ note: 'bevaret' }]);
    } finally {
      await stopServer(server);
    }
  });

  it('recovers when the previous run was killed with SIGKILL and left its server running', async () => {
    const first = await startServer(dataDir);
    const leftover = await postmasterPid(dataDir);
    await new Promise<void>((resolve) => {
      first.process.once('exit', () => resolve());
      first.process.kill('SIGKILL');
    });
    expect(leftover && isAlive(leftover)).toBe(true);

    const second = await startServer(dataDir);
    try {
      expect(leftover && isAlive(leftover)).toBe(false);
      expect(await queryOnce(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'bevaret' }]);
    } finally {
      await stopServer(second);
    }
  });

  it('starts afresh when its data folder was deleted, leaving nothing of the old cluster in use', async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
    const server = await startServer(dataDir);
    try {
      expect(await queryOnce(server.url, `SELECT to_regclass('kept') AS kept`)).toEqual([{ kept: null }]);
    } finally {
      await stopServer(server);
    }
  });
});
