import fc from 'fast-check';
import type request from 'supertest';
import {
  allEndpoints,
  authEndpoints,
  branchEndpoints,
  caseEndpoints,
  categoryEndpoints,
  channelEndpoints,
  csrfHeader,
  goalEndpoints,
  guideEndpoints,
  staffEndpoints,
  trainingEndpoints,
  triageEndpoints,
  type Endpoint,
} from '@digihjaelp/contract';
import { seededFlows, trainingScenarios } from '@digihjaelp/triage';
import { buildCaseRequest, buildGuide } from '../../test/support/factories';
import { hostileRequests, jsonText, type HostileRequest } from '../../test/support/hostile-requests';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../test/support/test-app';

/*
 * Hostile bodies, query strings and path values at every endpoint of the contract, new ones on
 * every run (fast-check prints the seed and the smallest failing request): never a 5xx, and a
 * refused request changes nothing in the database.
 */

const RUNS_PER_ENDPOINT = 12;

let testApp: TestApp;
let admin: SignedIn;
let known: Record<string, string[]>;
let tables: string[];
let examples: Map<Endpoint, object[]>;

const PASSWORD = 'correct horse battery';
const guideContent = {
  title: 'Glemt kode til MitID',
  summary: 'Sådan får borgeren en ny kode.',
  body: '1. Gå til mitid.dk\n2. Vælg "Glemt kode"',
  categoryKey: 'mitid-login',
  tags: ['mitid', 'kode'],
  audience: 'citizen',
  sources: [{ title: 'MitID', url: 'https://www.mitid.dk/' }],
  reviewBy: '2027-06-30',
  related: [],
};

/** Valid bodies, which most requests send with one or two values made hostile. */
function validBodies(): Map<Endpoint, object[]> {
  const listItem = { key: 'ny-post', nameDa: 'Ny post', nameEn: 'New entry' };
  const [scenario] = trainingScenarios;
  return new Map<Endpoint, object[]>([
    [authEndpoints.login, [{ username: 'fuzz-kollega', password: PASSWORD }]],
    [authEndpoints.changePassword, [{ currentPassword: PASSWORD, newPassword: `${PASSWORD} igen` }]],
    [
      staffEndpoints.create,
      [{ username: 'ny-kollega', displayName: 'Ny Kollega', role: 'counter', password: PASSWORD }],
    ],
    [staffEndpoints.update, [{ displayName: 'Kollega', role: 'counter', active: true }]],
    [staffEndpoints.resetPassword, [{ password: `${PASSWORD} ny` }]],
    [categoryEndpoints.create, [listItem]],
    [categoryEndpoints.update, [{ nameDa: 'Andet', nameEn: 'Other', urgent: false, active: true }]],
    [branchEndpoints.create, [listItem]],
    [branchEndpoints.update, [{ nameDa: 'Hovedbiblioteket', nameEn: 'Main library', sortOrder: 10, active: true }]],
    [channelEndpoints.create, [listItem]],
    [
      triageEndpoints.evaluate,
      [
        {
          categoryKey: 'digital-post',
          answers: { behov: 'brev-frist', frist: true, evner: 'forklaring', forhold: 'ingen' },
        },
      ],
    ],
    [triageEndpoints.check, [{ definition: seededFlows.other }]],
    [triageEndpoints.saveVersion, [{ definition: seededFlows.other }]],
    [
      trainingEndpoints.attempt,
      [{ scenarioId: scenario?.id ?? 'x', choice: { kind: 'level', level: 2 }, legalNotes: ['mitid-personal'] }],
    ],
    [guideEndpoints.create, [{ ...guideContent, slug: 'ny-vejledning', changeNote: 'Første udgave' }]],
    [guideEndpoints.update, [{ ...guideContent, version: 1, changeNote: 'Rettet' }]],
    [guideEndpoints.propose, [{ ...guideContent, version: 1, changeNote: 'Forslag' }]],
    [guideEndpoints.changeStatus, [{ status: 'in_review', version: 1, changeNote: 'Klar' }]],
    [guideEndpoints.giveFeedback, [{ helpful: true, comment: 'Den hjalp' }]],
    [guideEndpoints.confirmRead, [{ version: 1 }]],
    [caseEndpoints.create, [buildCaseRequest({ note: 'Borgeren fik hjælp', deviationReason: null })]],
    [caseEndpoints.update, [{ version: 1, minutes: 15, note: 'Rettet note' }]],
    [
      goalEndpoints.create,
      [{ year: 2026, measure: 'visits', target: 100, title: 'Besøg', branchKey: 'hovedbiblioteket' }],
    ],
    [goalEndpoints.update, [{ target: 200, title: 'Flere besøg' }]],
  ]);
}

/**
 * What a refused request writes on purpose: a wrong sign-in or authenticator code is counted (the
 * throttle slows the next guess) and kept in the sign-in audit. Everything else must stay as it was.
 */
const recordsRefusals = ['sign_in_failures', 'sign_in_events'];

/**
 * Every table's content as one fingerprint per table. The statistics queue is folded first, so a
 * read that folds it (every statistics read does) is not taken for a change.
 */
async function fingerprint(): Promise<Record<string, string>> {
  await testApp.dataSource.query('SELECT case_stats_fold()');
  const columns = tables.map(
    (table) =>
      `(SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "${table}" t) AS "${table}"`,
  );
  const [row] = await testApp.dataSource.query(`SELECT ${columns.join(', ')}`);
  return row;
}

async function rowCount(): Promise<number> {
  const counts = Object.values(await fingerprint()).map((value) => Number(value.split(':')[0]));
  return counts.reduce((sum, count) => sum + count, 0);
}

function send(endpoint: Endpoint, hostile: HostileRequest): request.Test {
  const url = hostile.query ? `${hostile.path}?${hostile.query}` : hostile.path;
  let test = admin.agent[endpoint.method](url);
  if (endpoint.method !== 'get') test = test.set(csrfHeader, admin.csrfToken);
  const { body } = hostile;
  if (body.kind === 'json') return test.set('Content-Type', 'application/json').send(jsonText(body.value));
  test = test.set('Content-Type', body.contentType);
  if (body.contentEncoding) test = test.set('Content-Encoding', body.contentEncoding);
  return test.send(body.payload);
}

const tally = { requests: 0, bodies: 0, queries: 0, refused: 0, accepted: 0, serverErrors: 0 };

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'fuzz-admin');
  const colleague = await signInAs(testApp, 'counter', 'fuzz-kollega');
  const guide = await buildGuide(testApp.dataSource, admin.user, { slug: 'fuzz-vejledning' });
  const visit = await colleague.call(caseEndpoints.create, { body: buildCaseRequest() }).expect(201);
  const goal = await admin
    .call(goalEndpoints.create, { body: { year: 2026, measure: 'visits', target: 100, title: 'Besøg' } })
    .expect(201);
  // Values that exist, so requests with them get past the lookup to the code that writes.
  known = {
    id: [visit.body.data.id, goal.body.data.id, colleague.user.id],
    slug: [guide.slug],
    key: ['hovedbiblioteket', 'walk-in', 'other'],
    categoryKey: ['mitid-login', 'other'],
    version: ['1'],
    number: ['1'],
  };
  const rows: { table_name: string }[] = await testApp.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      ORDER BY table_name`,
  );
  tables = rows.map((row) => row.table_name).filter((table) => !recordsRefusals.includes(table));
  examples = validBodies();
});
afterAll(async () => {
  console.log(
    `hostile input: ${tally.requests} requests at ${allEndpoints.length} endpoints — ${tally.bodies} bodies, ` +
      `${tally.queries} query strings; ${tally.refused} refused, ${tally.accepted} accepted, ${tally.serverErrors} × 5xx`,
  );
  await testApp?.close();
});

// Logging out ends the session every other request uses, so it goes last.
const endpoints = [...allEndpoints].sort(
  (a, b) => Number(a === authEndpoints.logout) - Number(b === authEndpoints.logout),
);

describe.each(endpoints.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
  '%s',
  (_name, endpoint) => {
    it('answers hostile requests with 4xx (or a success), never 5xx; a refused one changes nothing', async () => {
      const rowsBefore = await rowCount();
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(hostileRequests(endpoint, known, examples.get(endpoint)), async (hostile) => {
          const response = await send(endpoint, hostile);
          tally.requests += 1;
          tally.bodies += 1;
          if (hostile.query) tally.queries += 1;
          if (response.status >= 500) tally.serverErrors += 1;
          expect(response.status).toBeLessThan(500);
          const after = await fingerprint();
          if (response.status >= 400) {
            tally.refused += 1;
            expect(response.body).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
            expect(after).toEqual(before);
          } else {
            tally.accepted += 1;
            if (endpoint.method === 'get') expect(after).toEqual(before);
          }
          before = after;
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
      // Nothing refused wrote a row; what was accepted is the only difference.
      if (endpoint.method === 'get') expect(await rowCount()).toBe(rowsBefore);
    });
  },
);
