import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@digihjaelp/contract';
import { presentAuthUser } from './auth.presenter';
import { StaffSessionEntity } from './staff-session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(manager: EntityManager, staffId: string, hours: number): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await manager.insert(StaffSessionEntity, { tokenHash: hashToken(token), staffId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  staff: AuthUser;
  tokenHash: string;
  csrfToken: string;
}

/** The live session behind a cookie token: not expired, and its account still active. */
export async function findActiveSession(manager: EntityManager, token: string): Promise<ActiveSession | undefined> {
  const session = await manager
    .createQueryBuilder(StaffSessionEntity, 'session')
    .innerJoinAndSelect('session.staff', 'staff', 'staff.active = true')
    .where('session.tokenHash = :tokenHash', { tokenHash: hashToken(token) })
    .andWhere('session.expiresAt > now()')
    .getOne();
  if (!session?.staff) return undefined;
  return { staff: presentAuthUser(session.staff), tokenHash: session.tokenHash, csrfToken: session.csrfToken };
}

export async function closeSession(manager: EntityManager, tokenHash: string): Promise<void> {
  await manager.delete(StaffSessionEntity, { tokenHash });
}

export async function closeSessionsOf(manager: EntityManager, staffId: string, except?: string): Promise<void> {
  const query = manager.createQueryBuilder().delete().from(StaffSessionEntity).where('staff_id = :staffId', { staffId });
  if (except) query.andWhere('token_hash <> :except', { except });
  await query.execute();
}

export async function deleteExpiredSessions(manager: EntityManager): Promise<void> {
  await manager.createQueryBuilder().delete().from(StaffSessionEntity).where('expires_at <= now()').execute();
}
