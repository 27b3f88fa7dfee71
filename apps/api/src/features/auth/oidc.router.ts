import { timingSafeEqual } from 'node:crypto';
import { type Request, Router } from 'express';
import { parse } from 'cookie';
import type { DataSource } from 'typeorm';
import { authEndpoints, type OidcOutcome } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { routeDownload } from '../../http/route';
import { startSession } from './auth.router';
import { roleFromClaims, type OidcClient } from './oidc';
import { accountFromProvider } from './provider-accounts.service';
import { addressPrefix, recordSignInEvent } from './sign-in-audit';

/**
 * Binds a sign-in to the browser that started it: the state travels to the provider and back
 * in the address, and must match this cookie — so nobody can finish their own sign-in in
 * someone else's browser.
 */
const STATE_COOKIE = 'dh_oidc_state';
const PENDING_MINUTES = 10;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const loginPageWith = (outcome: OidcOutcome) => `/login?sso=${outcome}`;

export function oidcRouter(dataSource: DataSource, oidc: OidcClient | undefined, sessionHours: number): Router {
  const router = Router();
  const manager = dataSource.manager;

  function configured(): OidcClient {
    if (!oidc) throw new AppError('not_found', 'Log ind med kommunal konto er ikke sat op her');
    return oidc;
  }

  const stateCookieOptions = (request: Request) =>
    ({ httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/api/auth/oidc' }) as const;

  routeDownload(router, authEndpoints.oidcStart, async ({ query, request, response }) => {
    const { url, state, nonce, codeVerifier } = await configured().authorizationRequest();
    await manager.query(
      `INSERT INTO oidc_logins (state, nonce, code_verifier, return_to, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [state, nonce, codeVerifier, query.returnTo ?? '/', PENDING_MINUTES],
    );
    await manager.query(`DELETE FROM oidc_logins WHERE expires_at < now()`);
    response.cookie(STATE_COOKIE, state, { ...stateCookieOptions(request), maxAge: PENDING_MINUTES * 60_000 });
    response.redirect(302, url);
  });

  /** Takes the pending sign-in this browser started, once; undefined when the state is not this browser's. */
  async function takePending(request: Request, state: string | undefined) {
    const cookieState = parse(request.headers.cookie ?? '')[STATE_COOKIE];
    if (!state || !cookieState || !sameText(state, cookieState)) return undefined;
    const [[row]]: [{ nonce: string; code_verifier: string; return_to: string }[], number] = await manager.query(
      `DELETE FROM oidc_logins WHERE state = $1 AND expires_at > now() RETURNING nonce, code_verifier, return_to`,
      [state],
    );
    return row;
  }

  routeDownload(router, authEndpoints.oidcCallback, async ({ query, request, response }) => {
    const client = configured();
    const pending = await takePending(request, query.state);
    response.clearCookie(STATE_COOKIE, stateCookieOptions(request));
    const failed = (reason: string) => {
      // The reason only, never the claims or the token: they name a person.
      request.log.warn({ reason }, 'single sign-on failed');
      response.redirect(302, loginPageWith('failed'));
    };
    if (!pending) return failed('state missing, expired or not this browser’s');
    if (query.error) return failed(`provider answered ${query.error}`);

    const callbackQuery = request.originalUrl.slice(request.originalUrl.indexOf('?') + 1);
    const identity = await client
      .identityFrom(callbackQuery, {
        state: query.state ?? '',
        nonce: pending.nonce,
        codeVerifier: pending.code_verifier,
      })
      .catch((error: unknown) => {
        failed(error instanceof Error ? `${error.name}: ${error.message}` : 'token exchange failed');
        return undefined;
      });
    if (!identity) return;

    const role = roleFromClaims(client.settings, identity.claims);
    const address = addressPrefix(request.ip);
    const { account, existing } = await dataSource.transaction((inTransaction) =>
      accountFromProvider(inTransaction, identity, role),
    );
    if (!account) {
      if (existing) {
        await recordSignInEvent(manager, {
          staffId: existing.id,
          event: 'refused',
          method: 'oidc',
          addressPrefix: address,
        });
      }
      return response.redirect(302, loginPageWith('no-access'));
    }
    await startSession(manager, request, response, account.id, {
      hours: sessionHours,
      method: 'oidc',
      stage: 'full',
      addressPrefix: address,
      idToken: identity.idToken,
    });
    await recordSignInEvent(manager, { staffId: account.id, event: 'sign-in', method: 'oidc', addressPrefix: address });
    response.redirect(302, pending.return_to);
  });

  return router;
}
