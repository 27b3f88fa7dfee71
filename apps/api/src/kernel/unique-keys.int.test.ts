import {
  branchEndpoints,
  categoryEndpoints,
  channelEndpoints,
  csrfHeader,
  guideEndpoints,
  staffEndpoints,
  type Endpoint,
} from '@digihjaelp/contract';
import { ensureStaffAccount } from '../features/staff/staff.service';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../test/support/test-app';

/*
 * Check-then-insert races: identical creates sent at the same moment. Exactly one is created (201),
 * every other one is told the key is taken (409 naming the field), and what the winner wrote is
 * what stays — no 500, no second row, no create turned into an overwrite.
 */

const PARALLEL = 8;

let testApp: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'kaploeb-admin');
});
afterAll(() => testApp.close());

/** The same create `PARALLEL` times at once, each with its own display name, so an overwrite would show. */
async function race(endpoint: Endpoint, body: (attempt: number) => object) {
  const responses = await Promise.all(
    // These creates have no path parameters, so their path is the address.
    Array.from({ length: PARALLEL }, (_, attempt) =>
      admin.agent.post(endpoint.path).set(csrfHeader, admin.csrfToken).send(body(attempt)),
    ),
  );
  const statuses = responses.map((response) => response.status).sort();
  const winner = responses.find((response) => response.status === 201);
  const losers = responses.filter((response) => response.status === 409);
  return { statuses, winner, losers };
}

const listItem = (key: string) => (attempt: number) => ({ key, nameDa: `Navn ${attempt}`, nameEn: `Name ${attempt}` });

describe.each([
  ['branches', branchEndpoints.create, 'branches', 'key', 'kaploebsby', listItem('kaploebsby')],
  ['channels', channelEndpoints.create, 'channels', 'key', 'kaploebskanal', listItem('kaploebskanal')],
  ['categories', categoryEndpoints.create, 'categories', 'key', 'kaploebskategori', listItem('kaploebskategori')],
] as const)('POST %s with the same key at once', (_name, endpoint, table, field, key, body) => {
  it('creates one (201), refuses the rest with 409 naming the key, and keeps the winner’s names', async () => {
    const { statuses, winner, losers } = await race(endpoint, body);
    expect(statuses).toEqual([201, ...Array(PARALLEL - 1).fill(409)]);
    for (const loser of losers)
      expect(loser.body.error.details.fields).toEqual([expect.objectContaining({ path: field })]);
    const rows = await testApp.dataSource.query(`SELECT name_da FROM ${table} WHERE key = $1`, [key]);
    expect(rows).toEqual([{ name_da: winner?.body.data.nameDa }]);
  });
});

it('POST /api/staff with the same username at once: one account (201), 409 naming username, the winner’s name kept', async () => {
  const { statuses, winner, losers } = await race(staffEndpoints.create, (attempt) => ({
    username: 'samtidig',
    displayName: `Samtidig ${attempt}`,
    role: 'counter',
    password: 'correct horse battery',
  }));
  expect(statuses).toEqual([201, ...Array(PARALLEL - 1).fill(409)]);
  for (const loser of losers) expect(loser.body.error.details.fields[0].path).toBe('username');
  const rows = await testApp.dataSource.query(`SELECT display_name FROM staff_accounts WHERE username = 'samtidig'`);
  expect(rows).toEqual([{ display_name: winner?.body.data.displayName }]);
});

it('POST /api/guides with the same slug at once: one guide with one revision (201), 409 naming slug', async () => {
  const { statuses, winner, losers } = await race(guideEndpoints.create, (attempt) => ({
    slug: 'samme-adresse',
    title: `Vejledning ${attempt}`,
    summary: 'Et kort resumé.',
    body: 'Brødtekst.',
    categoryKey: 'other',
    audience: 'staff',
    reviewBy: '2099-12-31',
  }));
  expect(statuses).toEqual([201, ...Array(PARALLEL - 1).fill(409)]);
  for (const loser of losers) expect(loser.body.error.details.fields[0].path).toBe('slug');
  const guides = await testApp.dataSource.query(
    `SELECT g.title, (SELECT count(*)::int FROM guide_revisions r WHERE r.guide_id = g.id) AS revisions
       FROM guides g WHERE g.slug = 'samme-adresse'`,
  );
  expect(guides).toEqual([{ title: winner?.body.data.title, revisions: 1 }]);
});

it('the first admin created at the same moment by two starts: one account, the other start carries on', async () => {
  const account = {
    username: 'foerste-admin',
    displayName: 'Administrator',
    role: 'admin' as const,
    password: 'correct horse battery',
  };
  const created = await Promise.all(
    Array.from({ length: 4 }, () => testApp.dataSource.transaction((manager) => ensureStaffAccount(manager, account))),
  );
  expect(created.filter(Boolean)).toHaveLength(1);
  expect(
    await testApp.dataSource.query(`SELECT count(*)::int AS n FROM staff_accounts WHERE username = 'foerste-admin'`),
  ).toEqual([{ n: 1 }]);
});
