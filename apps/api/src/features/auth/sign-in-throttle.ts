import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../kernel/app-error';

/**
 * Guessing is slowed per account, not per address: a counter PC's whole library shares one
 * address, and a proxy makes every client look alike. The count lives in PostgreSQL, so every
 * instance sees it and a restart does not reset it. From the `freeFailures`th failure on, each one
 * makes the next attempt wait longer (doubling up to `maxDelayMs`) — a delay, never a lock: the right
 * password works again as soon as the wait is over, and a browser that has signed in to the
 * account before counts its failures apart from everyone else's (see `throttleKeyFor`), so nobody
 * can keep a colleague out from the colleague's own PC.
 */
export interface ThrottleSettings {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultThrottle: ThrottleSettings = { freeFailures: 5, firstDelayMs: 1_000, maxDelayMs: 5 * 60_000 };

/** Failures this old no longer count. */
const FORGET_AFTER = '1 day';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

export const throttleKeys = {
  account: (username: string) => `account:${hash(username)}`,
  knownBrowser: (username: string, browserTokenHash: string) => `browser:${hash(`${username}|${browserTokenHash}`)}`,
  secondFactor: (staffId: string) => `second-factor:${staffId}`,
};

/** Seconds until `key` may try again; 0 when it may now. */
async function waitFor(manager: EntityManager, key: string): Promise<number> {
  const [row]: { wait: string }[] = await manager.query(
    `SELECT ceil(extract(epoch FROM next_attempt_at - now())) AS wait
       FROM sign_in_failures WHERE key = $1 AND next_attempt_at > now()`,
    [key],
  );
  return row ? Math.max(1, Number(row.wait)) : 0;
}

async function recordFailure(manager: EntityManager, key: string, settings: ThrottleSettings): Promise<void> {
  await manager.query(
    `WITH counted AS (
       SELECT CASE WHEN f.last_failure_at < now() - $5::interval THEN 1 ELSE coalesce(f.failures, 0) + 1 END AS failures
         FROM (SELECT 1) one LEFT JOIN sign_in_failures f ON f.key = $1
     )
     INSERT INTO sign_in_failures (key, failures, next_attempt_at, last_failure_at)
     SELECT $1, failures,
            now() + CASE WHEN failures < $2 THEN interval '0'
                         ELSE make_interval(secs => least($3::float8 * 2 ^ (failures - $2), $4::float8) / 1000) END,
            now()
       FROM counted
     ON CONFLICT (key) DO UPDATE
       SET failures = excluded.failures, next_attempt_at = excluded.next_attempt_at, last_failure_at = now()`,
    [key, settings.freeFailures, settings.firstDelayMs, settings.maxDelayMs, FORGET_AFTER],
  );
}

export async function forgetOldFailures(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM sign_in_failures WHERE last_failure_at < now() - $1::interval`, [FORGET_AFTER]);
}

/**
 * Runs one guess for `key`: refused with 429 (and Retry-After) while the key must wait, which
 * counts as nothing; a failed guess counts once it has failed, never while it is still running;
 * a success clears the count. Guesses for one key run one after another in this process, so a
 * burst of parallel guesses cannot all pass the check before the first failure is counted.
 */
export function throttled(dataSource: DataSource, settings: ThrottleSettings) {
  const queues = new Map<string, Promise<unknown>>();
  return async function attempt<T extends object | string>(
    key: string,
    response: Response,
    /** The guess's result when right, undefined when wrong. */
    guess: () => Promise<T | undefined>,
    failure: AppError,
    onFailure?: () => Promise<void>,
  ): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        const wait = await waitFor(dataSource.manager, key);
        if (wait > 0) {
          response.setHeader('Retry-After', String(wait));
          throw new AppError('rate_limited', `For mange forkerte forsøg. Vent ${wait} sekunder, og prøv igen.`, {
            retryAfterSeconds: wait,
          });
        }
        const outcome = await guess();
        if (outcome === undefined) {
          await recordFailure(dataSource.manager, key, settings);
          await onFailure?.();
          throw failure;
        }
        await dataSource.manager.query(`DELETE FROM sign_in_failures WHERE key = $1`, [key]);
        return outcome;
      });
    queues.set(key, run);
    try {
      return await run;
    } finally {
      if (queues.get(key) === run) queues.delete(key);
    }
  };
}
