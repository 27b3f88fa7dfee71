import os from 'node:os';
import { type Figure, figure } from './figures';
import { cpuTimeMs } from './process-cpu';

/** What a load generator reports for one run (latencies in milliseconds). */
export interface LoadResult {
  /** Answered as expected (2xx). */
  requests: number;
  /** Refused connections, timeouts and unexpected statuses. */
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

/** A run as the harness measured it: the load generator's figures plus the server's side. */
export interface Measured extends LoadResult {
  /** Node CPU (user + system) of the server process per answered request; null when not a process of ours. */
  cpuMsPerRequest: number | null;
  /** 1-minute load average at the end of the run. */
  loadAverage: number;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export function summarise(latenciesMs: number[], seconds: number, errors: number): LoadResult {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    throughput: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/**
 * The median round by `key` (for an even count, the lower of the two middle rounds, so the
 * reported round is always one that happened, never an average of two).
 */
export function medianRound<T>(rounds: T[], key: (round: T) => number): T {
  const sorted = [...rounds].sort((a, b) => key(a) - key(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error('no rounds to take the median of');
  return median;
}

export interface Contender {
  label: string;
  /** The server process whose CPU is charged to this contender's requests. */
  serverPid?: number;
  run(seconds: number): Promise<LoadResult>;
}

export interface RoundOptions {
  rounds: number;
  seconds: number;
  warmUpSeconds: number;
}

/** The 1-minute load average, printed beside every figure. */
export function oneMinuteLoad(): number {
  const [oneMinute = Number.NaN] = os.loadavg();
  return oneMinute;
}

async function measure(contender: Contender, seconds: number): Promise<Measured> {
  const cpuBefore = contender.serverPid === undefined ? 0 : await cpuTimeMs(contender.serverPid);
  const result = await contender.run(seconds);
  const cpuAfter = contender.serverPid === undefined ? 0 : await cpuTimeMs(contender.serverPid);
  if (result.requests === 0) throw new Error(`${contender.label}: no request was answered (${result.errors} errors)`);
  if (result.errors > 0) throw new Error(`${contender.label}: ${result.errors} of the requests failed`);
  return {
    ...result,
    cpuMsPerRequest: contender.serverPid === undefined ? null : (cpuAfter - cpuBefore) / result.requests,
    loadAverage: oneMinuteLoad(),
  };
}

/**
 * Every contender once to warm up (JIT, pools, caches), then `rounds` rounds in which each runs in
 * turn for `seconds`: an endpoint and its baseline see the same background load on a shared machine.
 * Returns the rounds, each with one measurement per contender in the order given.
 */
export async function alternate(
  contenders: Contender[],
  options: RoundOptions,
  log: (line: string) => void = console.log,
): Promise<Measured[][]> {
  for (const contender of contenders) await contender.run(options.warmUpSeconds);
  const rounds: Measured[][] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const measured: Measured[] = [];
    const line: string[] = [];
    for (const contender of contenders) {
      const m = await measure(contender, options.seconds);
      measured.push(m);
      line.push(`${contender.label} ${m.throughput.toFixed(0)}/s p95 ${m.p95.toFixed(1)} ms`);
    }
    rounds.push(measured);
    log(`  round ${round + 1}/${options.rounds}: ${line.join(' | ')}`);
  }
  return rounds;
}

export type Metric = 'throughput' | 'p50' | 'p95' | 'p99' | 'cpuMsPerRequest';

const metricUnits: Record<Metric, string> = {
  throughput: 'req/s',
  p50: 'ms',
  p95: 'ms',
  p99: 'ms',
  cpuMsPerRequest: 'ms CPU/req',
};

/**
 * A figure from alternating rounds: `metric` of the contender at `subject` beside the one at
 * `baseline`, both from the median round by their ratio (so value, baseline and ratio come from one
 * round that happened). Without a baseline, the median round by the value.
 */
export function compare(options: {
  name: string;
  rounds: Measured[][];
  metric: Metric;
  subject: number;
  baseline?: number;
  unit?: string;
  target?: string;
}): Figure {
  const { rounds, metric, subject, baseline } = options;
  const contender = (round: Measured[], index: number) => {
    const measured = round[index];
    if (!measured) throw new Error(`${options.name}: no contender ${index} in a round`);
    return measured;
  };
  const subjectOf = (round: Measured[]) => contender(round, subject)[metric] ?? Number.NaN;
  const baselineOf = (round: Measured[]) => (baseline === undefined ? null : contender(round, baseline)[metric]);
  const median = medianRound(rounds, (round) => {
    const base = baselineOf(round);
    return base === null ? subjectOf(round) : subjectOf(round) / base;
  });
  const loads = [subject, ...(baseline === undefined ? [] : [baseline])].map(
    (index) => contender(median, index).loadAverage,
  );
  return figure({
    name: options.name,
    value: subjectOf(median),
    unit: options.unit ?? metricUnits[metric],
    baseline: baselineOf(median),
    target: options.target,
    loadAverage: loads.reduce((sum, load) => sum + load, 0) / loads.length,
  });
}
