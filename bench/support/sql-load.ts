import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { readJsonRequest, runJsonProcess } from './processes';
import { type LoadResult, summarise } from './rounds';

/** One unit of bare SQL work (a search, a whole dashboard …) on a plain `pg` pool. */
export type SqlWorkload = (pool: Pool, iteration: number) => Promise<void>;

/** A bench file exports `sqlWorkloads`: named factories, so the load process can build them from JSON arguments. */
export type SqlWorkloads = Record<string, (args: never) => SqlWorkload>;

export interface SqlLoad {
  databaseUrl: string;
  /** The app's pool size, so the baseline has the same number of connections to work with. */
  poolSize: number;
  clients: number;
  /** The bench file that exports `sqlWorkloads`, and the workload's name and arguments. */
  module: string;
  workload: string;
  args?: unknown;
}

/**
 * The bare SQL of a product query, run through `pg` directly from a process of its own: the
 * baseline that shows what the database alone costs, without HTTP, Express or the app.
 */
export function sqlLoad(load: SqlLoad, seconds: number): Promise<LoadResult> {
  return runJsonProcess<LoadResult>(__filename, { ...load, seconds });
}

async function main() {
  const spec = await readJsonRequest<SqlLoad & { seconds: number }>();
  const workloads = ((await import(spec.module)) as { sqlWorkloads: SqlWorkloads }).sqlWorkloads;
  const factory = workloads[spec.workload] as ((args: unknown) => SqlWorkload) | undefined;
  if (!factory) throw new Error(`${spec.module} has no SQL workload "${spec.workload}"`);
  const work = factory(spec.args);
  const pool = new Pool({ connectionString: spec.databaseUrl, max: spec.poolSize });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.clients }, async (_, client) => {
      for (let iteration = client; performance.now() < deadline; iteration += spec.clients) {
        const begin = performance.now();
        try {
          await work(pool, iteration);
          latencies.push(performance.now() - begin);
        } catch (error) {
          if (errors === 0) console.error(error);
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  process.stdout.write(JSON.stringify(summarise(latencies, seconds, errors)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
