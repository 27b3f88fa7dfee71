import { authEndpoints } from '@digihjaelp/contract';
import { anonymousCall, contractCall, type Call } from '../../../test/support/api-client';
import { buildStaffAccount } from '../../../test/support/factories';
import { logIn, signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let anonymous: Call;
beforeAll(async () => {
  testApp = await startTestApp({ throttle: { freeFailures: 3, firstDelayMs: 60_000, maxDelayMs: 60_000 } });
  anonymous = anonymousCall(testApp.app);
});
afterAll(() => testApp.close());

const logInWith = (username: string, password: string) =>
  anonymous(authEndpoints.login, { body: { username, password } });

describe('login', () => {
  it('returns the user and a CSRF token and sets an httpOnly, SameSite=Lax session cookie', async () => {
    await buildStaffAccount(testApp.dataSource, {
      username: 'sanne',
      role: 'counter',
      password: 'a good long password',
    });
    const response = await logInWith('Sanne', 'a good long password').expect(200);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      username: 'sanne',
      displayName: expect.any(String),
      role: 'counter',
      defaultBranchKey: null,
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = response.headers['set-cookie']?.[0];
    expect(cookie).toMatch(/^dh_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const behindProxy = await startTestApp({ trustProxy: true });
    try {
      await buildStaffAccount(behindProxy.dataSource, { username: 'tls', password: 'a good long password' });
      const response = await anonymousCall(behindProxy.app)(authEndpoints.login, {
        body: { username: 'tls', password: 'a good long password' },
      })
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(response.headers['set-cookie']?.[0]).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('answers a wrong password and an unknown user alike, without saying which was wrong', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'knud', password: 'a good long password' });
    const wrongPassword = await logInWith('knud', 'not it at all').expect(401);
    const unknownUser = await logInWith('nobody', 'not it at all').expect(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated account', async () => {
    const account = await buildStaffAccount(testApp.dataSource, { username: 'gone', password: 'a good long password' });
    await testApp.dataSource.query('UPDATE staff_accounts SET active = false WHERE id = $1', [account.id]);
    await logInWith('gone', 'a good long password').expect(401);
  });

  it('slows repeated failures for one username with 429 and Retry-After, while others can still log in', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'target', password: 'a good long password' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await logInWith('target', 'guess').expect(401);
    }
    const limited = await logInWith('target', 'a good long password').expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await signInAs(testApp, 'counter', 'someone-else');
  });
});

describe('session', () => {
  it('me returns the signed-in user and token; logout ends the session', async () => {
    const { call, csrfToken, user } = await signInAs(testApp, 'lead', 'lene');
    const me = await call(authEndpoints.me).expect(200);
    expect(me.body).toEqual({ user, csrfToken });
    await call(authEndpoints.logout).expect(200);
    const after = await call(authEndpoints.me).expect(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('me without a session is 401', async () => {
    const response = await anonymous(authEndpoints.me).expect(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('session answers 200 with the session when signed in, and with null when no one is', async () => {
    expect((await anonymous(authEndpoints.session).expect(200)).body).toEqual({ session: null });
    const { call, csrfToken, user } = await signInAs(testApp, 'counter', 'signe');
    expect((await call(authEndpoints.session).expect(200)).body).toEqual({ session: { user, csrfToken } });
    await call(authEndpoints.logout).expect(200);
    expect((await call(authEndpoints.session).expect(200)).body).toEqual({ session: null });
  });

  it('a forged or missing CSRF token is refused with 403 and changes nothing', async () => {
    const { agent, call, csrfToken } = await signInAs(testApp, 'counter', 'carl');
    const missing = await call(authEndpoints.logout, { csrf: false }).expect(403);
    expect(missing.body.error.code).toBe('csrf');
    await contractCall(agent, `${csrfToken}x`)(authEndpoints.logout).expect(403);
    await call(authEndpoints.me).expect(200);
  });

  it('changing your own password keeps this session, ends the others, and needs the current password', async () => {
    const first = await signInAs(testApp, 'counter', 'pia');
    const second = await logIn(testApp, 'pia', 'correct horse battery');

    const wrong = await first
      .call(authEndpoints.changePassword, { body: { currentPassword: 'nope', newPassword: 'a brand new password' } })
      .expect(400);
    expect(wrong.body.error.details.fields[0].path).toBe('currentPassword');

    await first
      .call(authEndpoints.changePassword, {
        body: { currentPassword: 'correct horse battery', newPassword: 'a brand new password' },
      })
      .expect(200);
    await first.call(authEndpoints.me).expect(200);
    await second.call(authEndpoints.me).expect(401);
    await logInWith('pia', 'a brand new password').expect(200);
  });

  it('refuses a new password from the common-password list and keeps the old one', async () => {
    const signedIn = await signInAs(testApp, 'counter', 'vane');
    const common = await signedIn
      .call(authEndpoints.changePassword, {
        body: { currentPassword: 'correct horse battery', newPassword: 'basketball' },
      })
      .expect(400);
    expect(common.body.error.details.fields[0].path).toBe('newPassword');
    await logInWith('vane', 'correct horse battery').expect(200);
  });

  it('lists your own active sessions, and "log out everywhere" ends them all', async () => {
    const here = await signInAs(testApp, 'counter', 'flere-steder');
    const there = await logIn(testApp, 'flere-steder', 'correct horse battery');
    const { body } = await here.call(authEndpoints.sessions).expect(200);
    expect(body).toMatchObject({ secondFactor: false, localAccount: true });
    expect(body.data).toHaveLength(2);
    expect(body.data.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ method: 'password', addressPrefix: expect.any(String) });

    const others = await signInAs(testApp, 'counter', 'uberoert');
    const everywhere = await here.call(authEndpoints.logoutEverywhere).expect(200);
    expect(everywhere.body).toEqual({ ok: true, providerLogoutUrl: null });
    await here.call(authEndpoints.me).expect(401);
    await there.call(authEndpoints.me).expect(401);
    await others.call(authEndpoints.me).expect(200);
  });
});
