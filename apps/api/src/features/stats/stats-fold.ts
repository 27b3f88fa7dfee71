import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** Often enough that a statistics read finds at most a few seconds of logged cases still queued. */
export const STATS_FOLD_INTERVAL_MS = 2_000;

/**
 * The advisory lock `case_stats_fold()` takes (migration Statistics1764500000000, which cannot
 * import it; a test holds the two equal).
 */
export const STATS_FOLD_LOCK_KEY = 1_764_500_000;

/** The cases logged, corrected or deleted that the rollups do not count yet. */
export async function pendingStatsChanges(dataSource: DataSource): Promise<number> {
  const [{ pending }] = await dataSource.query('SELECT count(*)::int AS pending FROM case_stats_pending');
  return pending;
}

/**
 * One background fold of the statistics queue. Where another instance is folding already, this
 * one does not wait for it: it leaves the queue to that instance.
 */
export async function foldStatsQueue(dataSource: DataSource): Promise<{ folded: boolean }> {
  const [{ queued }] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM case_stats_pending) AS queued');
  if (!queued) return { folded: false };
  return dataSource.transaction(async (manager) => {
    // A backlog (a busy day, a restart) can take longer than a request may; this is no request.
    await manager.query(`SET LOCAL statement_timeout = '10min'`);
    const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [STATS_FOLD_LOCK_KEY]);
    if (locked) await manager.query('SELECT case_stats_fold()');
    return { folded: locked };
  });
}

/**
 * Folds the statistics queue every few seconds, on every instance (the lock keeps them from
 * folding the same rows), so a statistics read, which folds what is left first, never folds a
 * backlog. `stop()` ends the schedule and waits for a fold under way.
 */
export function scheduleStatsFold(options: { dataSource: DataSource; logger: Logger; intervalMs?: number }) {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const fold = () => {
    running = foldStatsQueue(options.dataSource).then(
      () => undefined,
      (error: unknown) => options.logger.error({ err: error }, 'statistics fold failed; trying again shortly'),
    );
    return running;
  };
  // One fold after the other: the next is scheduled when this one ends, however long it took.
  const loop = async () => {
    while (!stopped) {
      await fold();
      if (stopped) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs ?? STATS_FOLD_INTERVAL_MS);
        timer.unref();
        stopTimer = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  let stopTimer = () => {};
  void loop();
  return {
    stop: async () => {
      stopped = true;
      stopTimer();
      await running;
    },
  };
}
