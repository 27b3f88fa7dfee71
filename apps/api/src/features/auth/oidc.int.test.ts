import request from 'supertest';
import { authEndpoints, metaEndpoints, sessionResponseSchema, staffEndpoints } from '@digihjaelp/contract';
import { anonymousCall, contractCall } from '../../../test/support/api-client';
import { buildStaffAccount } from '../../../test/support/factories';
import { signInAtProvider, startTestProvider, type TestProvider } from '../../../test/support/oidc-test-provider';
import { logIn, startTestApp, type TestApp } from '../../../test/support/test-app';

const PUBLIC_URL = 'http://digihjaelp.test';
const CALLBACK = `${PUBLIC_URL}${authEndpoints.oidcCallback.path}`;

let provider: TestProvider;
let testApp: TestApp;
beforeAll(async () => {
  provider = await startTestProvider(PUBLIC_URL, {
    'sub-anne': { name: 'Anne Skranke', email: 'anne@kommune.dk', groups: ['alle-ansatte', 'digihjaelp-skranke'] },
    'sub-leif': { name: 'Leif Leder', email: 'leif@kommune.dk', groups: ['digihjaelp-skranke', 'digihjaelp-leder'] },
    'sub-udenfor': { name: 'Uffe Udenfor', email: 'uffe@kommune.dk', groups: ['alle-ansatte'] },
  });
  testApp = await startTestApp({
    oidc: provider.settings(PUBLIC_URL),
    passwordLogin: { enabled: false, breakGlassUsers: ['ida'] },
  });
  await buildStaffAccount(testApp.dataSource, { username: 'ida', role: 'admin', password: 'a good long password' });
});
afterAll(async () => {
  await testApp.close();
  await provider.stop();
});

/** Where a redirect sends the browser. */
function locationOf(response: { headers: Record<string, string | undefined> }): string {
  const location = response.headers.location;
  if (!location) throw new Error('no Location header');
  return location;
}

const accountCount = async () =>
  Number((await testApp.dataSource.query(`SELECT count(*) FROM staff_accounts`))[0].count);

/** A browser: start at our app, sign in at the provider's login page, come back to the callback. */
async function signInWithProvider(login: string, tamper: (callbackUrl: URL) => Promise<void> | void = () => {}) {
  const browser = request.agent(testApp.app);
  const start = await contractCall(browser)(authEndpoints.oidcStart, { query: { returnTo: '/sager' } }).expect(302);
  const location = new URL(locationOf(start));
  expect(location.origin).toBe(provider.issuer);
  const back = new URL(await signInAtProvider(location.href, login, CALLBACK));
  await tamper(back);
  const callback = await browser.get(`${back.pathname}${back.search}`).expect(302);
  return { browser, callback, authorization: location };
}

const meOf = (browser: ReturnType<typeof request.agent>) => contractCall(browser)(authEndpoints.me);

describe('single sign-on with a real OpenID Connect provider', () => {
  it('asks the provider with PKCE (S256), state and nonce, and comes back signed in with the mapped role', async () => {
    const { browser, callback, authorization } = await signInWithProvider('sub-anne');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(authorization.searchParams.get('scope')).toBe('openid profile email');

    expect(callback.headers.location).toBe('/sager');
    const me = sessionResponseSchema.parse((await meOf(browser).expect(200)).body);
    expect(me.user).toMatchObject({ role: 'counter', displayName: 'Anne Skranke', username: 'anne' });
  });

  it('gives the highest role of the mapped groups', async () => {
    const { browser } = await signInWithProvider('sub-leif');
    expect((await meOf(browser).expect(200)).body.user.role).toBe('lead');
  });

  it('refuses someone in no mapped group with the no-access page, and creates nothing', async () => {
    const before = await accountCount();
    const { browser, callback } = await signInWithProvider('sub-udenfor');
    expect(callback.headers.location).toBe('/login?sso=no-access');
    await meOf(browser).expect(401);
    expect(await accountCount()).toBe(before);
  });

  it('follows the provider at every sign-in: a new role, and no access once the group is gone', async () => {
    provider.users.set('sub-bo', { name: 'Bo Skift', email: 'bo@kommune.dk', groups: ['digihjaelp-skranke'] });
    const first = await signInWithProvider('sub-bo');
    expect((await meOf(first.browser).expect(200)).body.user.role).toBe('counter');

    provider.users.set('sub-bo', { name: 'Bo Skift', email: 'bo@kommune.dk', groups: ['digihjaelp-admin'] });
    const second = await signInWithProvider('sub-bo');
    const promoted = (await meOf(second.browser).expect(200)).body.user;
    expect(promoted.role).toBe('admin');
    expect(promoted.id).toBe((await meOf(first.browser).expect(200)).body.user.id);

    provider.users.set('sub-bo', { name: 'Bo Skift', email: 'bo@kommune.dk', groups: [] });
    const third = await signInWithProvider('sub-bo');
    expect(third.callback.headers.location).toBe('/login?sso=no-access');
    // Removing the group ends the sessions that were still running, too.
    await meOf(first.browser).expect(401);
    await meOf(second.browser).expect(401);
    const [row] = await testApp.dataSource.query(`SELECT active FROM staff_accounts WHERE id = $1`, [promoted.id]);
    expect(row.active).toBe(false);
  });

  it('keys accounts by issuer and subject, never by e-mail: a reused address is another person', async () => {
    provider.users.set('sub-ny-anne', { name: 'Anne Ny', email: 'anne@kommune.dk', groups: ['digihjaelp-skranke'] });
    const { browser } = await signInWithProvider('sub-ny-anne');
    const user = (await meOf(browser).expect(200)).body.user;
    expect(user.displayName).toBe('Anne Ny');
    expect(user.username).toBe('anne-2');
  });

  it('refuses a callback whose state was tampered with, or that comes to another browser', async () => {
    const tampered = await signInWithProvider('sub-anne', (url) => {
      url.searchParams.set('state', `${url.searchParams.get('state')}x`);
    });
    expect(tampered.callback.headers.location).toBe('/login?sso=failed');
    await meOf(tampered.browser).expect(401);

    const browser = request.agent(testApp.app);
    const start = await contractCall(browser)(authEndpoints.oidcStart).expect(302);
    const back = new URL(await signInAtProvider(locationOf(start), 'sub-anne', CALLBACK));
    const otherBrowser = request.agent(testApp.app);
    const stolen = await otherBrowser.get(`${back.pathname}${back.search}`).expect(302);
    expect(stolen.headers.location).toBe('/login?sso=failed');
    await meOf(otherBrowser).expect(401);
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const { browser, callback } = await signInWithProvider('sub-anne', async (url) => {
      await testApp.dataSource.query(`UPDATE oidc_logins SET nonce = 'not-the-nonce-sent' WHERE state = $1`, [
        url.searchParams.get('state'),
      ]);
    });
    expect(callback.headers.location).toBe('/login?sso=failed');
    await meOf(browser).expect(401);
  });

  it('uses a callback once only', async () => {
    const browser = request.agent(testApp.app);
    const start = await contractCall(browser)(authEndpoints.oidcStart).expect(302);
    const back = new URL(await signInAtProvider(locationOf(start), 'sub-anne', CALLBACK));
    await browser.get(`${back.pathname}${back.search}`).expect(302, /Found/);
    const replay = await request(testApp.app)
      .get(`${back.pathname}${back.search}`)
      .set('Cookie', `dh_oidc_state=${back.searchParams.get('state')}`)
      .expect(302);
    expect(replay.headers.location).toBe('/login?sso=failed');
  });

  it('returns only to paths on this site', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const response = await anonymousCall(testApp.app)(authEndpoints.oidcStart, { query: { returnTo } }).expect(400);
      expect(response.body.error.code).toBe('validation');
    }
  });

  it('logging out also ends the provider session (RP-initiated logout with the ID token)', async () => {
    const { browser } = await signInWithProvider('sub-anne');
    const { csrfToken } = (await meOf(browser).expect(200)).body;
    const logout = await contractCall(browser, csrfToken)(authEndpoints.logout).expect(200);
    const url = new URL(logout.body.providerLogoutUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/login`);
    await meOf(browser).expect(401);
  });

  it('records the sign-in for the admins, with the first three parts of the address', async () => {
    const { browser } = await signInWithProvider('sub-leif');
    const leif = (await meOf(browser).expect(200)).body.user;
    const admin = await logIn(testApp, 'ida', 'a good long password');
    const { body } = await admin.call(staffEndpoints.signIns, { params: { id: leif.id } }).expect(200);
    expect(body.data[0]).toEqual({
      at: expect.any(String),
      event: 'sign-in',
      method: 'oidc',
      addressPrefix: '127.0.0',
    });
  });
});

describe('PASSWORD_LOGIN=off', () => {
  it('refuses password logins except for the break-glass accounts', async () => {
    await buildStaffAccount(testApp.dataSource, {
      username: 'sanne',
      role: 'counter',
      password: 'a good long password',
    });
    const refused = await anonymousCall(testApp.app)(authEndpoints.login, {
      body: { username: 'sanne', password: 'a good long password' },
    }).expect(403);
    expect(refused.body.error.message).toMatch(/kommunale konto/);
    const breakGlass = await logIn(testApp, 'ida', 'a good long password');
    expect(breakGlass.user.role).toBe('admin');
  });

  it('tells the login page which sign-ins there are', async () => {
    const { body } = await anonymousCall(testApp.app)(metaEndpoints.meta).expect(200);
    expect(body.signIn).toEqual({ oidcButtonLabel: 'Log ind med din kommunale konto', passwordLogin: false });
  });
});
