import request from 'supertest';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'chefen');
});
afterAll(() => testApp.close());

const post = (path: string, body: object) => admin.agent.post(path).set('X-CSRF-Token', admin.csrfToken).send(body);
const patch = (path: string, body: object) => admin.agent.patch(path).set('X-CSRF-Token', admin.csrfToken).send(body);

describe('staff accounts (admin)', () => {
  it('creates an account that can then log in, and lists it', async () => {
    const created = await post('/api/staff', {
      username: 'Mette.H',
      displayName: 'Mette Hansen',
      role: 'lead',
      password: 'ten or more chars',
    }).expect(201);
    expect(created.body.data).toMatchObject({
      username: 'mette.h',
      displayName: 'Mette Hansen',
      role: 'lead',
      active: true,
    });
    expect(created.body.data).not.toHaveProperty('passwordHash');

    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'mette.h', password: 'ten or more chars' })
      .expect(200);
    const list = await admin.agent.get('/api/staff').expect(200);
    expect(list.body.page).toMatchObject({ page: 1, total: expect.any(Number) });
    expect(list.body.data.map((account: { username: string }) => account.username)).toContain('mette.h');
  });

  it('refuses a taken username with 409 and a short password with 400, creating nothing', async () => {
    await post('/api/staff', {
      username: 'dup',
      displayName: 'A',
      role: 'counter',
      password: 'ten or more chars',
    }).expect(201);
    const clash = await post('/api/staff', {
      username: 'dup',
      displayName: 'B',
      role: 'counter',
      password: 'ten or more chars',
    });
    expect(clash.status).toBe(409);
    const short = await post('/api/staff', {
      username: 'shorty',
      displayName: 'C',
      role: 'counter',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.fields.map((field: { path: string }) => field.path)).toEqual(['password']);
    const count = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM staff_accounts WHERE username IN ('dup','shorty')`,
    );
    expect(count[0].n).toBe(1);
  });

  it('deactivating an account ends its sessions and blocks login', async () => {
    const worker = await signInAs(testApp, 'counter', 'vikar');
    await patch(`/api/staff/${worker.user.id}`, { active: false }).expect(200);
    await worker.agent.get('/api/auth/me').expect(401);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'vikar', password: 'correct horse battery' })
      .expect(401);
    await patch(`/api/staff/${worker.user.id}`, { active: true }).expect(200);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'vikar', password: 'correct horse battery' })
      .expect(200);
  });

  it('resets a password: the old one stops working, the new one works', async () => {
    const worker = await signInAs(testApp, 'counter', 'glemsom');
    await post(`/api/staff/${worker.user.id}/password`, { password: 'a fresh password' }).expect(200);
    await worker.agent.get('/api/auth/me').expect(401);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'glemsom', password: 'correct horse battery' })
      .expect(401);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'glemsom', password: 'a fresh password' })
      .expect(200);
  });

  it('an admin cannot lock themselves out', async () => {
    const response = await patch(`/api/staff/${admin.user.id}`, { active: false }).expect(409);
    expect(response.body.error.code).toBe('conflict');
    await admin.agent.get('/api/auth/me').expect(200);
  });

  it('unknown or malformed ids: 404 and 400 naming id', async () => {
    await patch('/api/staff/00000000-0000-4000-8000-000000000000', { active: false }).expect(404);
    const malformed = await patch('/api/staff/not-a-uuid', { active: false }).expect(400);
    expect(malformed.body.error.details.fields[0].path).toBe('id');
  });

  it('is refused to counter and lead accounts', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await user.agent
        .post('/api/staff')
        .set('X-CSRF-Token', user.csrfToken)
        .send({ username: 'sneaky', displayName: 'S', role: 'admin', password: 'ten or more chars' })
        .expect(403);
    }
  });
});
