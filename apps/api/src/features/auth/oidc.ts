import * as client from 'openid-client';
import { authEndpoints, type Role, roles } from '@digihjaelp/contract';

/** Single sign-on with the municipality's OpenID Connect provider (Entra ID or any other), from the environment. */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** This site's address as the browser sees it; the callback is `${publicUrl}/api/auth/oidc/callback`. */
  publicUrl: string;
  scopes: string;
  /** The ID token claim listing the user's groups (Entra ID: `groups`, or `roles` for app roles). */
  roleClaim: string;
  /** Group → role; a user in several mapped groups gets the highest of their roles. */
  roleMap: readonly (readonly [string, Role])[];
  buttonLabel: string;
}

/** Who signed in at the provider, as the callback read it from the validated ID token. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  idToken: string;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** The highest role any of the user's groups maps to; undefined when none is mapped. */
export function roleFromClaims(settings: OidcSettings, claims: Record<string, unknown>): Role | undefined {
  const value = claims[settings.roleClaim];
  const groups = new Set(Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
  const granted = settings.roleMap.filter(([group]) => groups.has(group)).map(([, role]) => roles.indexOf(role));
  return granted.length > 0 ? roles[Math.max(...granted)] : undefined;
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClient {
  settings: OidcSettings;
  /** Where to send the browser to sign in: PKCE (S256), a fresh state and nonce. */
  authorizationRequest(): Promise<AuthorizationRequest>;
  /**
   * Exchanges the code the provider sent back for tokens and validates the ID token (signature,
   * issuer, audience, expiry, nonce); state and the PKCE verifier are checked on the way.
   */
  identityFrom(
    callbackQuery: string,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProviderIdentity>;
  /** RP-initiated logout: the provider's end-session address, or null when it offers none. */
  logoutUrl(idToken: string): Promise<string | null>;
}

export function oidcClient(settings: OidcSettings): OidcClient {
  const publicUrl = settings.publicUrl.replace(/\/+$/, '');
  const redirectUri = `${publicUrl}${authEndpoints.oidcCallback.path}`;
  const issuer = new URL(settings.issuerUrl);
  let configuration: Promise<client.Configuration> | undefined;

  // Discovery happens at the first sign-in, not at start, so the app starts while the provider is
  // down; a failed discovery is tried again at the next sign-in.
  const discovered = () => {
    configuration ??= client
      .discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (development and tests).
        ...(issuer.protocol === 'http:' && isLoopback(issuer) && { execute: [client.allowInsecureRequests] }),
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    settings,

    async authorizationRequest() {
      const config = await discovered();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    async identityFrom(callbackQuery, checks) {
      const config = await discovered();
      const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}?${callbackQuery}`), {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('the provider sent no ID token');
      return { issuer: claims.iss, subject: claims.sub, claims, idToken: tokens.id_token };
    },

    async logoutUrl(idToken) {
      const config = await discovered();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: `${publicUrl}/login`,
      }).href;
    },
  };
}
