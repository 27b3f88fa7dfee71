import request from 'supertest';
import { authEndpoints, caseEndpoints, metaEndpoints, statsEndpoints } from '@digihjaelp/contract';
import { anonymousCall } from '../../test/support/api-client';
import { buildCaseRequest } from '../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../test/support/test-app';

let testApp: TestApp;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  lead = await signInAs(testApp, 'lead', 'lene');
  await lead.call(caseEndpoints.create, { body: buildCaseRequest({ note: 'Hjælp til Digital Post' }) }).expect(201);
});
afterAll(() => testApp.close());

const today = new Date().toISOString().slice(0, 10);

// Counter PCs are shared: the next citizen at the screen must not get the last one's answers
// from the browser's cache (back button, history), nor a proxy keep them.
describe('Cache-Control: no-store', () => {
  it('on a case, a list, a CSV download and the meta endpoint', async () => {
    const responses = [
      await lead.call(caseEndpoints.list).expect(200),
      await lead.call(authEndpoints.me).expect(200),
      await lead
        .call(statsEndpoints.export, {
          params: { table: 'cases' },
          query: { period: 'custom', from: today, to: today },
        })
        .expect(200),
      await anonymousCall(testApp.app)(metaEndpoints.meta).expect(200),
    ];
    expect(responses[2]?.headers['content-type']).toBe('text/csv; charset=utf-8');
    for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
  });

  it('on errors too: 401, 400 and an unknown /api address', async () => {
    const responses = [
      await anonymousCall(testApp.app)(caseEndpoints.list).expect(401),
      await lead.call(caseEndpoints.create, { body: {} }).expect(400),
      await request(testApp.app).get('/api/no-such-thing').expect(404),
    ];
    for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
  });
});
