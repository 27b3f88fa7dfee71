import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import type { OidcSettings } from '../../src/features/auth/oidc';

/** A person at the test identity provider; the login is their subject. */
export interface ProviderUser {
  name: string;
  email: string;
  groups: string[];
}

export interface TestProvider {
  issuer: string;
  /** Change a user's groups (or add a user) between sign-ins, as the municipality's IT would. */
  users: Map<string, ProviderUser>;
  /** The app's settings for this provider: client, callback under `publicUrl`, the role map. */
  settings(publicUrl: string): OidcSettings;
  stop(): Promise<void>;
}

export const roleMap = [
  ['digihjaelp-skranke', 'counter'],
  ['digihjaelp-leder', 'lead'],
  ['digihjaelp-admin', 'admin'],
] as const;

const CLIENT_ID = 'digihjaelp';
const CLIENT_SECRET = 'a-test-client-secret-of-some-length';

/**
 * A real OpenID Connect provider (oidc-provider, the certified Node implementation) on a loopback
 * port, with its development login page (any login, any password) and users with group claims.
 * The client is registered for `publicUrl`'s callback; consent is given as for a first-party app.
 */
export async function startTestProvider(
  publicUrl: string,
  users: Record<string, ProviderUser>,
  options: { endSession?: boolean } = {},
): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map(Object.entries(users));

  // The provider warns that its development login page is for development: that is what it is here for.
  const warn = console.warn;
  console.warn = () => {};
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${publicUrl}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${publicUrl}/login`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'groups'],
      email: ['email'],
    },
    // The profile claims (groups among them) in the ID token, as Entra ID puts them there.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: options.endSession ?? true },
    },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: async (_context: KoaContextWithOIDC, id: string) => {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, preferred_username: person.email, ...person }),
      };
    },
    loadExistingGrant: async (context: KoaContextWithOIDC) => {
      const grant = new context.oidc.provider.Grant({
        clientId: context.oidc.client?.clientId,
        accountId: context.oidc.session?.accountId,
      });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  console.warn = warn;
  server.on('request', provider.callback());

  return {
    issuer,
    users: people,
    settings: (url) => ({
      issuerUrl: issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      publicUrl: url,
      scopes: 'openid profile email',
      roleClaim: 'groups',
      roleMap,
      buttonLabel: 'Log ind med din kommunale konto',
    }),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Signs in at the provider as a browser would, with plain HTTP: follows the redirects from
 * `authorizationUrl`, fills in the login form, and returns the address the provider sends the
 * browser back to (our callback with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string) {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const remember = (response: Response) => {
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(';')[0] ?? '';
      const separator = pair.indexOf('=');
      cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
  };
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 10; step += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      headers: { cookie: cookieHeader() },
      redirect: 'manual',
    });
    remember(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action || !/name="login"/.test(page)) throw new Error(`unexpected provider page (${response.status})`);
    url = new URL(action, url).href;
    body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
  }
  throw new Error('the provider never sent the browser back');
}
