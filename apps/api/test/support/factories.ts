import type { DataSource } from 'typeorm';
import type { CreateGuideRequest, GuideStatus, Role } from '@digihjaelp/contract';
import { createGuide } from '../../src/features/guides/guides.service';
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

/** A guide written by `author`; published unless `status` says otherwise. */
export async function buildGuide(
  dataSource: DataSource,
  author: { id: string; role: Role },
  overrides: Partial<CreateGuideRequest> & { status?: GuideStatus } = {},
) {
  sequence += 1;
  const { status = 'published', ...content } = overrides;
  return dataSource.transaction((manager) =>
    createGuide(
      manager,
      {
        slug: `vejledning-${sequence}`,
        title: `Vejledning ${sequence}`,
        summary: 'Et kort resumé.',
        body: 'Brødtekst.',
        categoryKey: 'other',
        tags: [],
        audience: 'staff',
        sources: [],
        reviewBy: '2099-12-31',
        related: [],
        ...content,
      },
      author,
      { status },
    ),
  );
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
