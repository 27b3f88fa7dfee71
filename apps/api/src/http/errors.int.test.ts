import request from 'supertest';
import { authEndpoints, healthEndpoints, staffEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { anonymousCall, type Call } from '../../test/support/api-client';
import { signInAs, startTestApp, type TestApp } from '../../test/support/test-app';

let testApp: TestApp;
let anonymous: Call;
beforeAll(async () => {
  testApp = await startTestApp();
  anonymous = anonymousCall(testApp.app);
});
afterAll(() => testApp.close());

const errorShape = (code: string) => ({ error: expect.objectContaining({ code, message: expect.any(String) }) });

describe('one JSON error shape for every failure under /api', () => {
  it('malformed JSON → 400 invalid_json', async () => {
    const response = await anonymous(authEndpoints.login)
      .set('Content-Type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect(response.body).toEqual(errorShape('invalid_json'));
  });

  it('failed validation → 400 validation naming the fields', async () => {
    const response = await anonymous(authEndpoints.login, { body: { username: '' } }).expect(400);
    expect(response.body).toEqual(errorShape('validation'));
    const paths = response.body.error.details.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('body too large → 413 payload_too_large', async () => {
    const response = await anonymous(authEndpoints.login, {
      body: { username: 'x', password: 'y'.repeat(300_000) },
    }).expect(413);
    expect(response.body).toEqual(errorShape('payload_too_large'));
  });

  it('a corrupt gzip body, an undecodable one and an unknown encoding → 400 in the same shape', async () => {
    for (const [encoding, payload] of [
      ['gzip', Buffer.from('not gzip at all')],
      ['br', Buffer.from('{}')],
      ['x-unknown', Buffer.from('{}')],
    ] as const) {
      const response = await anonymous(authEndpoints.login)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send(payload);
      expect([encoding, response.status]).toEqual([encoding, 400]);
      expect(response.body).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
    }
  });

  it('a path parameter with broken %-encoding → 400 validation', async () => {
    const response = await request(testApp.app).get('/api/guides/%ff').expect(400);
    expect(response.body).toEqual(errorShape('validation'));
  });

  it('a flow nested 5,000 conditions deep → 400 validation, not a stack overflow', async () => {
    const lead = await signInAs(testApp, 'lead');
    const deep = `${'{"not":'.repeat(5_000)}{"question":"q","is":true}${'}'.repeat(5_000)}`;
    const definition = `{"title":"Dyb","involvesLogin":${deep},"questions":[],"rules":[]}`;
    const response = await lead
      .call(triageEndpoints.check, { body: `{"definition":${definition}}` })
      .set('Content-Type', 'application/json')
      .expect(400);
    expect(response.body).toEqual(errorShape('validation'));
  });

  // Addresses the contract does not have, so by hand.
  it('unknown /api route → 404 not_found, also for other methods', async () => {
    expect((await request(testApp.app).get('/api/does-not-exist').expect(404)).body).toEqual(errorShape('not_found'));
    expect((await request(testApp.app).delete('/api/auth').expect(404)).body).toEqual(errorShape('not_found'));
  });

  it('not logged in → 401; wrong role → 403', async () => {
    expect((await anonymous(staffEndpoints.list).expect(401)).body).toEqual(errorShape('unauthorized'));
    const counter = await signInAs(testApp, 'counter');
    expect((await counter.call(staffEndpoints.list).expect(403)).body).toEqual(errorShape('forbidden'));
    const lead = await signInAs(testApp, 'lead');
    await lead.call(staffEndpoints.list).expect(403);
  });

  it('never answers with HTML or a stack trace', async () => {
    const response = await request(testApp.app).get('/api/nothing/here').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sends security headers with a CSP that allows only our own scripts', async () => {
    const response = await anonymous(healthEndpoints.healthz).expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
