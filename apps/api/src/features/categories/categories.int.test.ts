import request from 'supertest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('GET /api/categories', () => {
  it('lists the seeded categories from DOMAIN.md in order, fraud marked urgent', async () => {
    const { agent } = await signInAs(testApp, 'counter');
    const response = await agent.get('/api/categories').expect(200);
    const keys = response.body.data.map((category: { key: string }) => category.key);
    expect(keys).toHaveLength(17);
    expect(keys[0]).toBe('mitid-setup');
    expect(keys.at(-1)).toBe('other');
    expect(response.body.data.find((category: { key: string }) => category.key === 'fraud')).toMatchObject({
      nameDa: 'Svindel og phishing (haster)',
      urgent: true,
      active: true,
    });
  });

  it('needs a login', async () => {
    await request(testApp.app).get('/api/categories').expect(401);
  });
});
