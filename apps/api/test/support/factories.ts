import type { DataSource } from 'typeorm';
import type { Role } from '@digihjaelp/contract';
import { createStaffAccount } from '../../src/features/staff/staff.service';

let sequence = 0;

export async function buildStaffAccount(
  dataSource: DataSource,
  overrides: Partial<{ username: string; displayName: string; role: Role; password: string }> = {},
) {
  sequence += 1;
  return createStaffAccount(dataSource.manager, {
    username: overrides.username ?? `staff${sequence}`,
    displayName: overrides.displayName ?? `Medarbejder ${sequence}`,
    role: overrides.role ?? 'counter',
    password: overrides.password ?? 'correct horse battery',
  });
}

/** A valid `POST /api/cases` body: a visit after triage at the main library. */
export function buildCaseRequest(overrides: Record<string, unknown> = {}) {
  return {
    branchKey: 'hovedbiblioteket',
    channelKey: 'walk-in',
    categoryKeys: ['mitid-login'],
    triage: { flowVersion: 1, answers: { 'has-mitid': true, device: 'own-phone' }, recommended: { level: 2 } },
    levelGiven: 2,
    outcome: 'solved',
    minutes: 12,
    guideSlugs: ['mitid-ny-telefon'],
    repeatVisit: false,
    ageBand: '65-79',
    ...overrides,
  };
}
