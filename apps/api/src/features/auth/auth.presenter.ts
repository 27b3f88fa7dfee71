import type { AuthUser, OwnSession, SignInEvent } from '@digihjaelp/contract';
import type { StaffAccountEntity } from '../staff/staff-account.entity';
import type { SignInEventRow } from './sign-in-audit';
import type { StaffSessionEntity } from './staff-session.entity';

export function presentAuthUser(account: StaffAccountEntity): AuthUser {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    defaultBranchKey: account.defaultBranchKey,
  };
}

export function presentOwnSession(session: StaffSessionEntity, currentTokenHash: string): OwnSession {
  return {
    createdAt: session.createdAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    method: session.method,
    addressPrefix: session.addressPrefix,
    current: session.tokenHash === currentTokenHash,
  };
}

export function presentSignInEvent(row: SignInEventRow): SignInEvent {
  return { at: row.created_at.toISOString(), event: row.event, method: row.method, addressPrefix: row.address_prefix };
}
