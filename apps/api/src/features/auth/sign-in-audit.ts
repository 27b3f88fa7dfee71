import { isIPv4 } from 'node:net';
import type { EntityManager } from 'typeorm';
import type { SignInEvent, signInEventMethods, signInEvents } from '@digihjaelp/contract';

/**
 * The first three parts of an address: enough to tell the library's network from an unknown
 * one, not enough to point at one PC or home. IPv4 "10.20.30.40" → "10.20.30"; IPv6 the first
 * three groups.
 */
export function addressPrefix(address: string | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
  if (isIPv4(plain)) return plain.split('.').slice(0, 3).join('.');
  const groups = plain.split(':').filter(Boolean).slice(0, 3);
  return groups.length > 0 ? groups.join(':') : null;
}

export interface SignInRecord {
  /** Null for a failure with a username that names no account: the typed name is never stored. */
  staffId: string | null;
  event: (typeof signInEvents)[number];
  method: (typeof signInEventMethods)[number];
  addressPrefix: string | null;
}

export async function recordSignInEvent(manager: EntityManager, record: SignInRecord): Promise<void> {
  await manager.query(`INSERT INTO sign_in_events (staff_id, event, method, address_prefix) VALUES ($1, $2, $3, $4)`, [
    record.staffId,
    record.event,
    record.method,
    record.addressPrefix,
  ]);
}

export interface SignInEventRow {
  created_at: Date;
  event: SignInEvent['event'];
  method: SignInEvent['method'];
  address_prefix: string | null;
}

export async function findSignInEvents(manager: EntityManager, staffId: string, limit = 200) {
  const rows: SignInEventRow[] = await manager.query(
    `SELECT created_at, event, method, address_prefix FROM sign_in_events
      WHERE staff_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [staffId, limit],
  );
  return rows;
}
