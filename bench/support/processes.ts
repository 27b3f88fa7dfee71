import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const repositoryRoot = path.resolve(__dirname, '../..');

/**
 * The command that runs the server in production, in one place: the root package.json's `serve`
 * script (what `npm start` runs after building the web app), or BENCH_SERVER_COMMAND to try
 * another. It is run directly (not through npm), so the process we measure is the server itself.
 */
export function serverCommand(): string[] {
  const scripts = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')).scripts;
  const command: string = process.env.BENCH_SERVER_COMMAND ?? scripts.serve;
  if (/[;&|<>`$]/.test(command))
    throw new Error(`the server command must be one plain command to measure its process alone: ${command}`);
  return command.trim().split(/\s+/);
}

/** A command line as spawn() takes it: the program, then its arguments. */
function programAndArguments(command: string[]): [string, string[]] {
  const [executable, ...args] = command;
  if (!executable) throw new Error('an empty command cannot be run');
  return [executable, args];
}

/** Runs a TypeScript file of ours the way the server runs: node with the tsx loader. */
export const tsxCommand = (file: string, ...args: string[]) => ['node', '--import', 'tsx', file, ...args];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  label: string;
  pid: number;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Ends a process we started, by its id: SIGTERM (a process group gets SIGINT, as Ctrl+C in a
 * terminal sends it), then SIGKILL if it has not exited in time.
 */
async function end(child: ChildProcess, group = false): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group ? -pid : pid, name);
    } catch {
      // Already gone.
    }
  };
  signal(group ? 'SIGINT' : 'SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers 200; fails at once if the process exits first. */
export async function waitUntilReady(url: string, child: ChildProcess, describe: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${describe()} exited before it was ready (${child.exitCode ?? child.signalCode})`);
    const status = await fetch(url).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await sleep(50);
  }
  throw new Error(`${describe()} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Starts a server in its own process and waits for `readyPath`. Its standard output (one log line
 * per request in production) goes to /dev/null, as cheaply as a log shipper would take it; the
 * last lines of standard error are kept for the error message if it fails.
 */
export async function startServer(options: {
  label: string;
  command: string[];
  env: Record<string, string | undefined>;
  port: number;
  readyPath: string;
  /** Its own process group, for commands that start children (npm → sh → node). */
  group?: boolean;
}): Promise<ServerProcess & { readyAfterMs: number }> {
  const [executable, args] = programAndArguments(options.command);
  const started = performance.now();
  const child = spawn(executable, args, {
    cwd: repositoryRoot,
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: options.group ?? false,
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 20) stderr.shift();
  });
  const describe = () =>
    `${options.label} (${options.command.join(' ')})${stderr.length ? `:\n${stderr.join('')}` : ''}`;
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(baseUrl + options.readyPath, child, describe);
  } catch (error) {
    await end(child, options.group);
    throw error;
  }
  const readyAfterMs = performance.now() - started;
  if (child.pid === undefined) throw new Error(`${describe()} has no process id`);
  return { label: options.label, pid: child.pid, baseUrl, readyAfterMs, stop: () => end(child, options.group) };
}

/** Runs a command to its end; its output is shown only if it fails (a progress bar would fill the log). */
export async function runCommand(command: string[], env: Record<string, string> = {}): Promise<void> {
  const [executable, args] = programAndArguments(command);
  const child = spawn(executable, args, { cwd: repositoryRoot, env: { ...process.env, ...env } });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command.join(' ')} exited with ${code}:\n${output}`);
}

/** Runs a script of ours as its own process with a JSON request on stdin; resolves with its JSON answer. */
export async function runJsonProcess<T>(file: string, request: unknown): Promise<T> {
  const [executable, args] = programAndArguments(tsxCommand(file));
  const child = spawn(executable, args, { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(JSON.stringify(request));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${path.basename(file)} failed (${code}):\n${stderr}`);
  return JSON.parse(stdout) as T;
}

/** Reads the JSON request that `runJsonProcess` sent. */
export async function readJsonRequest<T>(): Promise<T> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  return JSON.parse(input) as T;
}
