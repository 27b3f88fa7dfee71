import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@digihjaelp/contract';
import { forgetSessions } from './session-cache';
import { type SessionMethod, type SessionStage, StaffSessionEntity } from './staff-session.entity';

/** What the database and the session cache know a cookie token by. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const PENDING_MINUTES = 15;

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionOptions {
  hours: number;
  method: SessionMethod;
  stage: SessionStage;
  addressPrefix: string | null;
  idToken?: string;
}

export async function openSession(
  manager: EntityManager,
  staffId: string,
  { hours, method, stage, addressPrefix, idToken }: SessionOptions,
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await manager.insert(StaffSessionEntity, {
    tokenHash: hashToken(token),
    staffId,
    csrfToken,
    // A login waiting for its second factor lasts minutes, not a working day, until it is complete.
    expiresAt: stage === 'full' ? expiresAt : new Date(Date.now() + PENDING_MINUTES * 60_000),
    method,
    stage,
    addressPrefix,
    idToken: idToken ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** The second factor is done: the session now reaches what the role may, for the usual hours. */
export async function completeSession(manager: EntityManager, tokenHash: string, hours: number): Promise<void> {
  await manager.update(
    StaffSessionEntity,
    { tokenHash },
    { stage: 'full', expiresAt: new Date(Date.now() + hours * 3_600_000) },
  );
  forgetSessions(manager, { tokenHash });
}

export interface ActiveSession {
  staff: AuthUser;
  tokenHash: string;
  csrfToken: string;
  stage: SessionStage;
  expiresAt: Date;
}

interface ActiveSessionRow {
  token_hash: string;
  csrf_token: string;
  id: string;
  username: string;
  display_name: string;
  role: AuthUser['role'];
  default_branch_key: string | null;
  stage: SessionStage;
  expires_at: Date;
}

/**
 * The live session with this token hash: not expired, and its account still active. Runs on every
 * signed-in request the session cache cannot answer, so it is one named statement straight on the
 * pool (see `poolOf`).
 */
export async function findActiveSession(pool: Pool, tokenHash: string): Promise<ActiveSession | undefined> {
  const {
    rows: [row],
  } = await pool.query<ActiveSessionRow>({
    name: 'find-active-session',
    text: `SELECT s.token_hash, s.csrf_token, s.stage, s.expires_at, a.id, a.username, a.display_name, a.role, a.default_branch_key
             FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id
            WHERE s.token_hash = $1 AND s.expires_at > now() AND a.active`,
    values: [tokenHash],
  });
  if (!row) return undefined;
  return {
    staff: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      defaultBranchKey: row.default_branch_key,
    },
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    stage: row.stage,
    expiresAt: row.expires_at,
  };
}

export async function findSession(manager: EntityManager, tokenHash: string) {
  return manager.findOneBy(StaffSessionEntity, { tokenHash });
}

export async function findOwnSessions(manager: EntityManager, staffId: string) {
  return manager
    .createQueryBuilder(StaffSessionEntity, 's')
    .where('s.staff_id = :staffId AND s.expires_at > now() AND s.stage = :full', { staffId, full: 'full' })
    .orderBy('s.created_at', 'DESC')
    .getMany();
}

export async function closeSession(manager: EntityManager, tokenHash: string): Promise<void> {
  await manager.delete(StaffSessionEntity, { tokenHash });
  forgetSessions(manager, { tokenHash });
}

export async function closeSessionsOf(manager: EntityManager, staffId: string, except?: string): Promise<void> {
  const query = manager
    .createQueryBuilder()
    .delete()
    .from(StaffSessionEntity)
    .where('staff_id = :staffId', { staffId });
  if (except) query.andWhere('token_hash <> :except', { except });
  await query.execute();
  forgetSessions(manager, { staffId });
}

export async function deleteExpiredSessions(manager: EntityManager): Promise<void> {
  await manager.createQueryBuilder().delete().from(StaffSessionEntity).where('expires_at <= now()').execute();
}
