import { Writable } from 'node:stream';
import request from 'supertest';
import { caseEndpoints, guideEndpoints, staffEndpoints } from '@digihjaelp/contract';
import { createLogger } from '../logger';
import { buildCaseRequest } from '../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../test/support/test-app';

// Everything the process writes while a test runs: our log (pino, level info) and the console,
// where TypeORM's own logger would print a failed query with its parameters.
let written: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    written.push(chunk.toString('utf8'));
    done();
  },
});
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;

let testApp: TestApp;
let lead: SignedIn;
let admin: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp({ logger: createLogger('info', logStream) });
  lead = await signInAs(testApp, 'lead', 'lene');
  admin = await signInAs(testApp, 'admin', 'ada');
});
afterAll(() => testApp.close());
beforeEach(() => {
  written = [];
  for (const method of consoleMethods) {
    jest
      .spyOn(console, method)
      .mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
  }
});
afterEach(() => jest.restoreAllMocks());

const output = () => written.join('\n');
const requestLines = () =>
  written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'request');

/** Makes PostgreSQL refuse a row for the length of one test, so the query fails with its values. */
async function whileRefused(table: string, check: string, work: () => Promise<unknown>) {
  await testApp.dataSource.query(`ALTER TABLE ${table} ADD CONSTRAINT refused_for_test CHECK (${check}) NOT VALID`);
  try {
    await work();
  } finally {
    await testApp.dataSource.query(`ALTER TABLE ${table} DROP CONSTRAINT refused_for_test`);
  }
}

describe('request log', () => {
  it('one line per request: method, route pattern, status, duration and request id; no query string', async () => {
    const response = await lead.call(guideEndpoints.list, { query: { q: 'mitid 241263-1358' } }).expect(200);
    await lead.call(caseEndpoints.get, { params: { id: '241263-1358' } }).expect(400);
    await request(testApp.app).get('/borger/241263-1358').expect(404);

    expect(requestLines()).toEqual([
      expect.objectContaining({ method: 'GET', route: '/api/guides', status: 200 }),
      expect.objectContaining({ method: 'GET', route: '/api/cases/:id', status: 400 }),
      expect.objectContaining({ method: 'GET', route: '/borger/[cpr]', status: 404 }),
    ]);
    expect(requestLines()[0]).toEqual({
      level: 30,
      time: expect.any(Number),
      service: 'digihjaelp',
      reqId: response.headers['x-request-id'],
      method: 'GET',
      route: '/api/guides',
      status: 200,
      ms: expect.any(Number),
      msg: 'request',
    });
    expect(output()).not.toMatch(/241263|1358|mitid/);
    expect(output()).not.toMatch(/dh_session|cookie/i);
  });

  it('a failing query is logged without its parameters, the failing row or the note text', async () => {
    await whileRefused('cases', 'minutes <> 13', () =>
      lead
        .call(caseEndpoints.create, {
          body: buildCaseRequest({ minutes: 13, note: 'Hjalp med Digital Post og NemKonto' }),
        })
        .expect(500),
    );
    const log = output();
    expect(log).toContain('unhandled error');
    expect(log).toContain('refused_for_test');
    expect(log).not.toMatch(/NemKonto|Digital Post|PARAMETERS|parameters|Failing row/);
  });

  it('a failing staff insert is logged without the password hash', async () => {
    await whileRefused('staff_accounts', "display_name <> 'Ny Kollega'", () =>
      admin
        .call(staffEndpoints.create, {
          body: { username: 'kollega', displayName: 'Ny Kollega', role: 'counter', password: 'et langt nyt kodeord' },
        })
        .expect(500),
    );
    const log = output();
    expect(log).toContain('unhandled error');
    expect(log).not.toMatch(/argon2|Ny Kollega|kollega/);
  });
});
