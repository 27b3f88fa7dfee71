import request from 'supertest';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';
import { buildStaffAccount } from '../../../test/support/factories';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ maxFailedLogins: 3 });
});
afterAll(() => testApp.close());

describe('login', () => {
  it('returns the user and a CSRF token and sets an httpOnly, SameSite=Lax session cookie', async () => {
    await buildStaffAccount(testApp.dataSource, {
      username: 'sanne',
      role: 'counter',
      password: 'a good long password',
    });
    const response = await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'Sanne', password: 'a good long password' })
      .expect(200);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      username: 'sanne',
      displayName: expect.any(String),
      role: 'counter',
      defaultBranchKey: null,
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^dh_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const behindProxy = await startTestApp({ trustProxy: true });
    try {
      await buildStaffAccount(behindProxy.dataSource, { username: 'tls', password: 'a good long password' });
      const response = await request(behindProxy.app)
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .send({ username: 'tls', password: 'a good long password' })
        .expect(200);
      expect(response.headers['set-cookie'][0]).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('answers a wrong password and an unknown user alike, without saying which was wrong', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'knud', password: 'a good long password' });
    const wrongPassword = await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'knud', password: 'not it at all' })
      .expect(401);
    const unknownUser = await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'not it at all' })
      .expect(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated account', async () => {
    const account = await buildStaffAccount(testApp.dataSource, { username: 'gone', password: 'a good long password' });
    await testApp.dataSource.query('UPDATE staff_accounts SET active = false WHERE id = $1', [account.id]);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'gone', password: 'a good long password' })
      .expect(401);
  });

  it('rate-limits repeated failures for one username with 429, while others can still log in', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'target', password: 'a good long password' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await request(testApp.app).post('/api/auth/login').send({ username: 'target', password: 'guess' }).expect(401);
    }
    const limited = await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'target', password: 'a good long password' })
      .expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    await signInAs(testApp, 'counter', 'someone-else');
  });
});

describe('session', () => {
  it('me returns the signed-in user and token; logout ends the session', async () => {
    const { agent, csrfToken, user } = await signInAs(testApp, 'lead', 'lene');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toEqual({ user, csrfToken });
    await agent.post('/api/auth/logout').set('X-CSRF-Token', csrfToken).expect(200);
    const after = await agent.get('/api/auth/me').expect(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('me without a session is 401', async () => {
    const response = await request(testApp.app).get('/api/auth/me').expect(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('a forged or missing CSRF token is refused with 403 and changes nothing', async () => {
    const { agent, csrfToken } = await signInAs(testApp, 'counter', 'carl');
    const missing = await agent.post('/api/auth/logout').expect(403);
    expect(missing.body.error.code).toBe('csrf');
    await agent.post('/api/auth/logout').set('X-CSRF-Token', `${csrfToken}x`).expect(403);
    await agent.get('/api/auth/me').expect(200);
  });

  it('changing your own password keeps this session, ends the others, and needs the current password', async () => {
    const first = await signInAs(testApp, 'counter', 'pia');
    const second = request.agent(testApp.app);
    await second.post('/api/auth/login').send({ username: 'pia', password: 'correct horse battery' }).expect(200);

    const wrong = await first.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', first.csrfToken)
      .send({ currentPassword: 'nope', newPassword: 'a brand new password' })
      .expect(400);
    expect(wrong.body.error.details.fields[0].path).toBe('currentPassword');

    await first.agent
      .post('/api/auth/password')
      .set('X-CSRF-Token', first.csrfToken)
      .send({ currentPassword: 'correct horse battery', newPassword: 'a brand new password' })
      .expect(200);
    await first.agent.get('/api/auth/me').expect(200);
    await second.get('/api/auth/me').expect(401);
    await request(testApp.app)
      .post('/api/auth/login')
      .send({ username: 'pia', password: 'a brand new password' })
      .expect(200);
  });
});
