import type { EntityManager } from 'typeorm';
import type { Role } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import type { ProviderIdentity } from './oidc';
import { forgetSessions } from './session-cache';
import { closeSessionsOf } from './sessions.service';

const claimText = (claims: Record<string, unknown>, name: string) =>
  typeof claims[name] === 'string' && claims[name].trim() ? claims[name].trim() : undefined;

/** A username of our own shape (a-z, digits, . _ -) from the provider's login name or e-mail. */
function usernameFrom(claims: Record<string, unknown>): string {
  const login = claimText(claims, 'preferred_username') ?? claimText(claims, 'email') ?? '';
  const base = (login.split('@')[0] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9._-]+/g, '.')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 34);
  return base.length >= 2 ? base : 'medarbejder';
}

function displayNameFrom(claims: Record<string, unknown>, username: string): string {
  const given = [claimText(claims, 'given_name'), claimText(claims, 'family_name')].filter(Boolean).join(' ');
  return (claimText(claims, 'name') ?? (given || username)).slice(0, 100);
}

/** Inserts the account under the first free username: `anne`, `anne-2`, `anne-3` … */
async function createProviderAccount(
  manager: EntityManager,
  identity: ProviderIdentity,
  role: Role,
): Promise<StaffAccountEntity> {
  const base = usernameFrom(identity.claims);
  for (let attempt = 1; ; attempt += 1) {
    const username = attempt === 1 ? base : `${base}-${attempt}`;
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO staff_accounts (username, display_name, role, password_hash, oidc_issuer, oidc_subject)
       VALUES ($1, $2, $3, NULL, $4, $5)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      [username, displayNameFrom(identity.claims, username), role, identity.issuer, identity.subject],
    );
    if (row) return manager.findOneByOrFail(StaffAccountEntity, { id: row.id });
  }
}

/**
 * The staff account of someone who signed in at the identity provider, keyed by issuer and
 * subject (never by e-mail, which a municipality may give to someone else later). Name, role and
 * active state follow the provider at every sign-in; the default branch stays ours. Without a
 * mapped group (`role` undefined) no account is created, and an existing one is deactivated and
 * its sessions ended: that is how removing someone from the group takes away their access.
 */
export async function accountFromProvider(
  manager: EntityManager,
  identity: ProviderIdentity,
  role: Role | undefined,
): Promise<{ account: StaffAccountEntity | undefined; existing: StaffAccountEntity | null }> {
  const existing = await manager.findOneBy(StaffAccountEntity, {
    oidcIssuer: identity.issuer,
    oidcSubject: identity.subject,
  });
  if (!role) {
    if (existing?.active) {
      await manager.update(StaffAccountEntity, { id: existing.id }, { active: false });
      await closeSessionsOf(manager, existing.id);
    }
    return { account: undefined, existing };
  }
  if (!existing) return { account: await createProviderAccount(manager, identity, role), existing };
  await manager.update(
    StaffAccountEntity,
    { id: existing.id },
    { role, active: true, displayName: displayNameFrom(identity.claims, existing.username) },
  );
  forgetSessions(manager, { staffId: existing.id });
  return { account: await manager.findOneByOrFail(StaffAccountEntity, { id: existing.id }), existing };
}
