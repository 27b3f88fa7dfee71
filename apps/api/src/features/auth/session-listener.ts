import { Client, type Notification } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { poolOf } from '../../db/pool';
import { closeSessionCache, openSessionCache, type SessionCache, type SessionChange } from './session-cache';

/** The channel the database's triggers notify (migration SessionChangeNotifications1764900000000). */
export const SESSION_CHANGES_CHANNEL = 'staff_session_changes';

/** How this connection shows in `pg_stat_activity`. */
export const SESSION_LISTENER_NAME = 'digihjaelp-session-listener';

/**
 * A connection can look open and hear nothing (a frozen server, a cut network): it is asked this
 * often whether it still answers, and given this long to, before the cache stops trusting it.
 */
const HEARTBEAT_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 2_000;

/** Reconnecting after a lost connection: first after this long, doubling up to the longest. */
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;

/** A notification's payload, as the triggers write it; anything else forgets everything. */
function changeFrom(payload: string | undefined): SessionChange {
  if (payload?.startsWith('session:')) return { tokenHash: payload.slice('session:'.length) };
  if (payload?.startsWith('staff:')) return { staffId: payload.slice('staff:'.length) };
  return 'all';
}

export interface SessionListener {
  /** Turns the cache off and closes the connection. */
  stop(): Promise<void>;
}

/**
 * Keeps the session cache of `dataSource` and listens, on a connection of its own (not one of the
 * pool's, which requests need), for the database's notifications of session changes. The cache is
 * trusted only while this connection is listening: until LISTEN has succeeded, and from the moment
 * the connection errors, ends or stops answering, it is empty and off (requests read their session
 * from the database, and fail with 503 when it is away), and the connection is made again.
 */
export function listenForSessionChanges(dataSource: DataSource, logger: Logger): SessionListener {
  const cache: SessionCache = openSessionCache(dataSource);
  // The pool's own settings (address, credentials, connection timeout), on a connection of its own
  // whose every statement (LISTEN, the heartbeat) must answer within the heartbeat's timeout.
  const settings = {
    ...poolOf(dataSource).options,
    application_name: SESSION_LISTENER_NAME,
    query_timeout: HEARTBEAT_TIMEOUT_MS,
    keepAlive: true,
  };
  let client: Client | undefined;
  let connecting: Promise<void> = Promise.resolve();
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;
  let stopped = false;
  /** So a long outage is logged once, not at every attempt. */
  let reportedLoss = false;

  const lost = (candidate: Client) => {
    if (client !== candidate) return;
    client = undefined;
    cache.distrust();
    clearInterval(heartbeat);
    // end() also frees a socket that a frozen server never closes (it destroys it when a query is waiting).
    candidate.end().catch(() => undefined);
    if (stopped) return;
    if (!reportedLoss) {
      logger.warn(
        'session cache off: lost the connection that hears of session changes; reading sessions from the database',
      );
      reportedLoss = true;
    }
    retry = setTimeout(() => {
      connecting = connect();
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  };

  const connect = async () => {
    const candidate = new Client(settings);
    client = candidate;
    candidate.on('error', () => lost(candidate));
    candidate.on('end', () => lost(candidate));
    candidate.on('notification', (notification: Notification) => cache.forget(changeFrom(notification.payload)));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`);
    } catch {
      lost(candidate);
      return;
    }
    if (client !== candidate || stopped) return;
    cache.trust();
    retryMs = FIRST_RETRY_MS;
    if (reportedLoss) logger.info('session cache on again: listening for session changes');
    reportedLoss = false;
    heartbeat = setInterval(() => {
      candidate.query('SELECT 1').catch(() => lost(candidate));
    }, HEARTBEAT_MS);
    heartbeat.unref();
  };

  connecting = connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await connecting;
      clearInterval(heartbeat);
      closeSessionCache(dataSource);
      const open = client;
      client = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}
