import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { readJsonRequest, runJsonProcess, type ServerProcess } from './processes';
import { type Contender, type LoadResult, summarise } from './rounds';

/** Many connections hammering one endpoint (autocannon): throughput and latency under load. */
export interface EndpointLoad {
  kind: 'endpoint';
  baseUrl: string;
  connections: number;
  method: 'GET' | 'POST';
  /** Taken in turn, request by request (e.g. different search queries). */
  paths: readonly string[];
  /** Taken in turn, request by request: e.g. one signed-in session per staff member. */
  headers: readonly Record<string, string>[];
  /** Taken in turn, request by request. */
  bodies?: readonly string[];
  /** A header sent with a new random UUID on every request, as the web app sends `Idempotency-Key`. */
  uniqueHeader?: string;
}

/** One browser loading a page's requests all at once, again and again: the page's time is the slowest request. */
export interface PageLoad {
  kind: 'page';
  baseUrl: string;
  paths: readonly string[];
  headers: Record<string, string>;
}

type Spec = (EndpointLoad | PageLoad) & { seconds: number };

/**
 * Runs the load in a process of its own (never inside the harness's or the server's), so the
 * server is measured as a client sees it.
 */
export function httpLoad(load: EndpointLoad | PageLoad, seconds: number): Promise<LoadResult> {
  return runJsonProcess<LoadResult>(__filename, { ...load, seconds } satisfies Spec);
}

/** A server under load from a generator process, its CPU charged per answered request. */
export function httpContender(
  label: string,
  server: ServerProcess,
  load: Omit<EndpointLoad, 'kind' | 'baseUrl'> | Omit<PageLoad, 'kind' | 'baseUrl'>,
): Contender {
  const spec = 'connections' in load ? { kind: 'endpoint' as const, ...load } : { kind: 'page' as const, ...load };
  return { label, serverPid: server.pid, run: (seconds) => httpLoad({ ...spec, baseUrl: server.baseUrl }, seconds) };
}

const cycle = <T>(items: readonly T[]) => {
  let next = 0;
  return () => items[next++ % items.length];
};

async function endpointLoad(spec: EndpointLoad & { seconds: number }): Promise<LoadResult> {
  const path = cycle(spec.paths);
  const headers = cycle(spec.headers);
  const body = spec.bodies ? cycle(spec.bodies) : undefined;
  const { uniqueHeader } = spec;
  const requestHeaders = uniqueHeader ? () => ({ ...headers(), [uniqueHeader]: randomUUID() }) : headers;
  const latencies: number[] = [];
  let unexpected = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.baseUrl,
        connections: spec.connections,
        duration: spec.seconds,
        requests: [
          {
            method: spec.method,
            setupRequest: (request) => ({ ...request, path: path(), headers: requestHeaders(), body: body?.() }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // autocannon's own histogram keeps whole milliseconds; sub-millisecond latencies need the raw times.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else unexpected += 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  return summarise(latencies, seconds, unexpected + result.errors + result.timeouts);
}

async function pageLoad(spec: PageLoad & { seconds: number }): Promise<LoadResult> {
  // Keep-alive like a browser; no limit on sockets, so every request of the page goes at once.
  const agent = new http.Agent({ keepAlive: true });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(spec.baseUrl + path, { agent, headers: spec.headers }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const pageTimes: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + spec.seconds * 1000;
  while (performance.now() < deadline) {
    const begin = performance.now();
    const statuses = await Promise.all(spec.paths.map((path) => get(path).catch(() => 0)));
    if (statuses.every((status) => status === 200)) pageTimes.push(performance.now() - begin);
    else errors += 1;
  }
  agent.destroy();
  return summarise(pageTimes, (performance.now() - started) / 1000, errors);
}

async function main() {
  const spec = await readJsonRequest<Spec>();
  const result = spec.kind === 'endpoint' ? await endpointLoad(spec) : await pageLoad(spec);
  process.stdout.write(JSON.stringify(result));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
