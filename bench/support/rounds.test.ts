import {
  alternate,
  compare,
  type Contender,
  type LoadResult,
  type Measured,
  medianRound,
  percentile,
  summarise,
} from './rounds';

const load = (throughput: number, p95: number): LoadResult => ({
  requests: throughput,
  errors: 0,
  seconds: 1,
  throughput,
  p50: p95 / 2,
  p95,
  p99: p95 * 2,
});
const measured = (throughput: number, p95: number, loadAverage = 1): Measured => ({
  ...load(throughput, p95),
  cpuMsPerRequest: null,
  loadAverage,
});

describe('percentiles and a run summary', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted latencies', () => {
    const result = summarise([5, 1, 4, 2, 3], 2, 1);
    expect(result).toEqual({ requests: 5, errors: 1, seconds: 2, throughput: 2.5, p50: 3, p95: 5, p99: 5 });
  });
});

describe('the median round', () => {
  it('is the middle one by the key, for an odd number of rounds', () => {
    expect(medianRound([5, 1, 3], (x) => x)).toBe(3);
  });

  it('is the lower middle one for an even number, a round that happened', () => {
    expect(medianRound([4, 1, 3, 2], (x) => x)).toBe(2);
  });

  it('leaves the rounds in the order they were run', () => {
    const rounds = [3, 1, 2];
    medianRound(rounds, (x) => x);
    expect(rounds).toEqual([3, 1, 2]);
  });

  it('needs at least one round', () => {
    expect(() => medianRound([], (x: number) => x)).toThrow(/no rounds/);
  });
});

describe('a figure from alternating rounds', () => {
  // Throughput of [endpoint, baseline] per round: the ratios are 0.5, 0.2 and 0.4.
  const rounds = [
    [measured(500, 10, 1), measured(1000, 5, 3)],
    [measured(300, 30, 1), measured(1500, 4, 1)],
    [measured(800, 20, 2), measured(2000, 8, 4)],
  ];

  it('takes value and baseline from the round with the median ratio', () => {
    const f = compare({ name: 'g: x', rounds, metric: 'throughput', subject: 0, baseline: 1, target: 'ratio >= 0.65' });
    // Not the median of each column (500 and 1500): both numbers come from the same round.
    expect(f).toMatchObject({ value: 800, baseline: 2000, ratio: 0.4, unit: 'req/s', met: false, loadAverage: 3 });
  });

  it('judges each metric by its own median round', () => {
    // p95 ratios: 2, 7.5 and 2.5.
    expect(compare({ name: 'g: x', rounds, metric: 'p95', subject: 0, baseline: 1 })).toMatchObject({
      value: 20,
      baseline: 8,
      unit: 'ms',
    });
  });

  it('without a baseline, takes the median value', () => {
    expect(compare({ name: 'g: x', rounds, metric: 'p95', subject: 0 })).toMatchObject({ value: 20, baseline: null });
  });
});

describe('alternating rounds', () => {
  const quiet = () => undefined;
  const contender = (label: string, log: string[], result: () => LoadResult): Contender => ({
    label,
    run: async (seconds) => {
      log.push(`${label} ${seconds}`);
      return result();
    },
  });

  it('warms every contender up, then runs them in turn in every round', async () => {
    const log: string[] = [];
    const rounds = await alternate(
      [contender('app', log, () => load(10, 1)), contender('bare', log, () => load(20, 1))],
      { rounds: 2, seconds: 5, warmUpSeconds: 1 },
      quiet,
    );
    expect(log).toEqual(['app 1', 'bare 1', 'app 5', 'bare 5', 'app 5', 'bare 5']);
    expect(rounds.map((round) => round.map((m) => m.throughput))).toEqual([
      [10, 20],
      [10, 20],
    ]);
    expect(rounds[0]?.[0]?.loadAverage).toBeGreaterThanOrEqual(0);
  });

  it('refuses a round in which requests failed: a fast error is no measurement', async () => {
    const failing = contender('app', [], () => ({ ...load(10, 1), errors: 3 }));
    await expect(alternate([failing], { rounds: 1, seconds: 1, warmUpSeconds: 0 }, quiet)).rejects.toThrow(
      'app: 3 of the requests failed',
    );
  });

  it('charges the CPU of the server process to its answered requests', async () => {
    const busy: Contender = {
      label: 'self',
      serverPid: process.pid,
      run: async () => {
        // 200 ms of CPU (not of wall time: the machine may be shared) for 100 "requests".
        const start = process.cpuUsage();
        while (process.cpuUsage(start).user + process.cpuUsage(start).system < 200_000);
        return load(100, 1);
      },
    };
    const [round] = await alternate([busy], { rounds: 1, seconds: 1, warmUpSeconds: 0 }, quiet);
    const result = round?.[0];
    if (!result) throw new Error('no round was measured');
    // About 2 ms per request; the clock ticks in 10 ms steps.
    expect(result.cpuMsPerRequest).toBeGreaterThanOrEqual(1.7);
    expect(result.cpuMsPerRequest).toBeLessThan(2.6);
  });
});
