import request from 'supertest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('GET /api/categories', () => {
  it('lists the seeded categories from docs/DOMAIN.md in order, fraud marked urgent', async () => {
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

describe('managing categories (admin)', () => {
  it('adds a category last, renames it, marks it urgent and deactivates it', async () => {
    const admin = await signInAs(testApp, 'admin');
    const send = (method: 'post' | 'patch', path: string, body: object) =>
      admin.agent[method](path).set('X-CSRF-Token', admin.csrfToken).send(body);

    const created = await send('post', '/api/categories', {
      key: 'lokale-tilbud',
      nameDa: 'Lokale tilbud',
      nameEn: 'Local offers',
    }).expect(201);
    expect(created.body.data).toMatchObject({ key: 'lokale-tilbud', urgent: false, active: true });
    const list = await admin.agent.get('/api/categories').expect(200);
    expect(list.body.data.at(-1).key).toBe('lokale-tilbud');

    const renamed = await send('patch', '/api/categories/lokale-tilbud', {
      nameDa: 'Lokale digitale tilbud',
      urgent: true,
    }).expect(200);
    expect(renamed.body.data).toMatchObject({ nameDa: 'Lokale digitale tilbud', nameEn: 'Local offers', urgent: true });
    const deactivated = await send('patch', '/api/categories/lokale-tilbud', { active: false }).expect(200);
    expect(deactivated.body.data.active).toBe(false);
    // Still listed, so old guides and cases keep their category's name.
    const after = await admin.agent.get('/api/categories').expect(200);
    expect(after.body.data.find((category: { key: string }) => category.key === 'lokale-tilbud').active).toBe(false);
  });

  it('refuses a taken key or a bad one with 400 naming key, and unknown keys with 404', async () => {
    const admin = await signInAs(testApp, 'admin');
    const post = (body: object) => admin.agent.post('/api/categories').set('X-CSRF-Token', admin.csrfToken).send(body);
    const taken = await post({ key: 'fraud', nameDa: 'Svindel', nameEn: 'Fraud' }).expect(400);
    expect(taken.body.error.details.fields[0].path).toBe('key');
    const bad = await post({ key: 'Med Mellemrum', nameDa: 'x', nameEn: '' }).expect(400);
    expect(bad.body.error.details.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'key',
      'nameEn',
    ]);
    await admin.agent
      .patch('/api/categories/findes-ikke')
      .set('X-CSRF-Token', admin.csrfToken)
      .send({ active: false })
      .expect(404);
  });

  it('reorders all categories, and refuses an order that leaves one out', async () => {
    const admin = await signInAs(testApp, 'admin');
    const keys: string[] = (await admin.agent.get('/api/categories')).body.data.map(
      (category: { key: string }) => category.key,
    );
    const put = (body: object) =>
      admin.agent.put('/api/categories/order').set('X-CSRF-Token', admin.csrfToken).send(body);

    const reordered = await put({ keys: [...keys].reverse() }).expect(200);
    expect(reordered.body.data.map((category: { key: string }) => category.key)).toEqual([...keys].reverse());
    const incomplete = await put({ keys: keys.slice(1) }).expect(400);
    expect(incomplete.body.error.details.fields[0].path).toBe('keys');
    const again = await admin.agent.get('/api/categories');
    expect(again.body.data.map((category: { key: string }) => category.key)).toEqual([...keys].reverse());
  });

  it('is refused to counter and lead accounts', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await user.agent
        .patch('/api/categories/fraud')
        .set('X-CSRF-Token', user.csrfToken)
        .send({ active: false })
        .expect(403);
    }
  });
});
