import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  EventSubscriber,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import type { ActiveSession } from './sessions.service';

/*
 * The sessions a signed-in request needs, kept in memory so that it normally costs no round trip
 * to PostgreSQL. Trusted only while this process is told of every change: `session-listener.ts`
 * listens for the database's notifications and turns the cache off (empty, every lookup read from
 * the database as before) whenever it is not listening. A change made in this process is forgotten
 * here as soon as it is committed, so the next request already sees it.
 */

/** Sessions kept at most: a few thousand staff members' working days; the least recently used go first. */
const SESSION_CACHE_CAPACITY = 5_000;

/** What a session change concerns: one session, every session of one staff member, or every session. */
export type SessionChange = { tokenHash: string } | { staffId: string } | 'all';

export class SessionCache {
  /** By token hash (never the token itself), least recently used first. */
  private readonly sessions = new Map<string, ActiveSession>();
  private trusted = false;
  /**
   * Moves on at every change forgotten: a lookup that began before it may have read the old row, so
   * it must not put that into the cache after the change was forgotten.
   */
  private generation = 0;

  /** A live session kept here, or undefined (then the database is asked). */
  find(tokenHash: string): ActiveSession | undefined {
    const session = this.sessions.get(tokenHash);
    if (!session) return undefined;
    if (session.expiresAt.getTime() <= Date.now()) {
      this.sessions.delete(tokenHash);
      return undefined;
    }
    this.sessions.delete(tokenHash);
    this.sessions.set(tokenHash, session);
    return session;
  }

  /** Taken before reading the database: whether what is read then may be kept. */
  beginLookup(): number | undefined {
    return this.trusted ? this.generation : undefined;
  }

  keep(session: ActiveSession, lookup: number | undefined): void {
    if (!this.trusted || lookup !== this.generation) return;
    // Shared by every request of this session from now on: no handler may change it for the others.
    Object.freeze(session.staff);
    this.sessions.set(session.tokenHash, Object.freeze(session));
    if (this.sessions.size > SESSION_CACHE_CAPACITY) {
      const leastRecent = this.sessions.keys().next().value;
      if (leastRecent !== undefined) this.sessions.delete(leastRecent);
    }
  }

  forget(change: SessionChange): void {
    this.generation += 1;
    if (change === 'all') this.sessions.clear();
    else if ('tokenHash' in change) this.sessions.delete(change.tokenHash);
    else {
      for (const [tokenHash, session] of this.sessions) {
        if (session.staff.id === change.staffId) this.sessions.delete(tokenHash);
      }
    }
  }

  /** Listening: from now on every change reaches `forget`. */
  trust(): void {
    this.forget('all');
    this.trusted = true;
  }

  /** Not listening (not yet, or no longer): changes may go unnoticed, so nothing is kept. */
  distrust(): void {
    this.trusted = false;
    this.forget('all');
  }
}

const caches = new WeakMap<DataSource, SessionCache>();

/** The cache of the sessions of this database; off until its listener is listening. */
export function openSessionCache(dataSource: DataSource): SessionCache {
  const cache = new SessionCache();
  caches.set(dataSource, cache);
  return cache;
}

export function closeSessionCache(dataSource: DataSource): void {
  caches.get(dataSource)?.distrust();
  caches.delete(dataSource);
}

/** Undefined where no listener was started (a command-line tool): every lookup reads the database. */
export function sessionCacheOf(dataSource: DataSource): SessionCache | undefined {
  return caches.get(dataSource);
}

/** Changes waiting for their transaction's commit, on its query runner's `data`. */
const PENDING = 'pendingSessionChanges';

/**
 * Forgets what `change` concerns as soon as it is committed: at once when `manager` runs outside a
 * transaction, after COMMIT when inside one (forgotten earlier, another request could read the old
 * row again before the commit and keep it). Call it after the statement that made the change.
 */
export function forgetSessions(manager: EntityManager, change: SessionChange): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    const pending: SessionChange[] = runner.data[PENDING] ?? [];
    pending.push(change);
    runner.data[PENDING] = pending;
    return;
  }
  caches.get(manager.connection)?.forget(change);
}

/**
 * Forgets the changes of a transaction when it ends. After a rollback too: forgetting a session
 * that did not change costs one read of it, and a savepoint's rollback cannot say which changes
 * it took back.
 */
@EventSubscriber()
export class SessionChangesSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    forgetPending(event);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    forgetPending(event);
  }
}

function forgetPending({ queryRunner, connection }: TransactionCommitEvent | TransactionRollbackEvent): void {
  // A savepoint released or rolled back: the transaction itself is still open.
  if (queryRunner.isTransactionActive) return;
  const pending: SessionChange[] | undefined = queryRunner.data[PENDING];
  if (!pending) return;
  delete queryRunner.data[PENDING];
  const cache = caches.get(connection);
  for (const change of pending) cache?.forget(change);
}
