import type { Request, Response } from 'express';
import { Router } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { authEndpoints, sessionCookieName } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { assertCsrfToken } from '../../http/csrf';
import { route } from '../../http/route';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { findStaffAccountByUsername } from '../staff/staff.service';
import { presentAuthUser, presentOwnSession } from './auth.presenter';
import { knownBrowserOf, rememberBrowser } from './known-browsers';
import type { OidcClient } from './oidc';
import { assertUncommonPassword, hashPassword, verifyPassword } from './passwords';
import { clearSessionCookie, sessionCookieOptions } from './session.middleware';
import {
  closeSession,
  closeSessionsOf,
  completeSession,
  deleteExpiredSessions,
  findOwnSessions,
  findSession,
  openSession,
  type SessionOptions,
} from './sessions.service';
import { addressPrefix, recordSignInEvent } from './sign-in-audit';
import { mayUsePassword, nextSignInStep, type PasswordLoginSettings, type TotpRequirement } from './sign-in-policy';
import { forgetOldFailures, throttled, throttleKeys, type ThrottleSettings } from './sign-in-throttle';
import { beginTotpEnrolment, confirmTotpEnrolment, verifySecondFactor } from './totp.service';

export interface AuthRouterOptions {
  sessionHours: number;
  passwordLogin: PasswordLoginSettings;
  totpRequired: TotpRequirement;
  throttle: ThrottleSettings;
  oidc: OidcClient | undefined;
}

/** The session of a signed-in request (every endpoint here but login needs one; requireAccess checked it). */
function sessionOf(request: Request): NonNullable<Request['session']> {
  if (!request.session) throw new AppError('unauthorized', 'Du skal logge ind');
  return request.session;
}

/** A session halfway through a password login, or a full one (for setting up an authenticator later). */
function secondFactorSessionOf(request: Request, stages: readonly string[]): NonNullable<Request['session']> {
  const session = request.session;
  if (!session || !stages.includes(session.stage)) throw new AppError('unauthorized', 'Du skal logge ind');
  assertCsrfToken(request);
  return session;
}

/** Opens a session and sets its cookie; the one way every kind of sign-in starts a session. */
export async function startSession(
  manager: EntityManager,
  request: Request,
  response: Response,
  staffId: string,
  options: SessionOptions,
) {
  await deleteExpiredSessions(manager);
  await forgetOldFailures(manager);
  const session = await openSession(manager, staffId, options);
  response.cookie(sessionCookieName, session.token, sessionCookieOptions(request.secure, session.expiresAt));
  return session;
}

export function authRouter(dataSource: DataSource, options: AuthRouterOptions): Router {
  const router = Router();
  const attempt = throttled(dataSource, options.throttle);
  const manager = dataSource.manager;
  const audit = (request: Request, record: Omit<Parameters<typeof recordSignInEvent>[1], 'addressPrefix'>) =>
    recordSignInEvent(manager, { ...record, addressPrefix: addressPrefix(request.ip) });
  const wrongCode = () =>
    new AppError('invalid_credentials', 'Koden passer ikke. Prøv igen med den nyeste kode fra appen.');

  async function providerLogoutUrl(tokenHash: string): Promise<string | null> {
    const session = await findSession(manager, tokenHash);
    if (!options.oidc || session?.method !== 'oidc' || !session.idToken) return null;
    return options.oidc.logoutUrl(session.idToken).catch(() => null);
  }

  route(router, authEndpoints.login, async ({ body, request, response }) => {
    if (!mayUsePassword(options.passwordLogin, body.username)) {
      throw new AppError('forbidden', 'Log ind med din kommunale konto. Login med adgangskode er slået fra.');
    }
    const known = await findStaffAccountByUsername(manager, body.username);
    const browser = await knownBrowserOf(manager, request, known?.id);
    const account = await attempt(
      browser ? throttleKeys.knownBrowser(body.username, browser) : throttleKeys.account(body.username),
      response,
      async () => {
        const found = await findStaffAccountByUsername(manager, body.username);
        const passwordMatches = await verifyPassword(found?.passwordHash, body.password);
        return found && passwordMatches && found.active ? found : undefined;
      },
      new AppError('invalid_credentials', 'Forkert brugernavn eller adgangskode'),
      () => audit(request, { staffId: known?.id ?? null, event: 'failure', method: 'password' }),
    );
    const next = nextSignInStep(account, options.totpRequired);
    const stage = next === 'done' ? 'full' : next;
    const session = await startSession(manager, request, response, account.id, {
      hours: options.sessionHours,
      method: 'password',
      stage,
      addressPrefix: addressPrefix(request.ip),
    });
    if (next === 'done') {
      await audit(request, { staffId: account.id, event: 'sign-in', method: 'password' });
      await rememberBrowser(manager, request, response, account.id);
    }
    return { user: presentAuthUser(account), csrfToken: session.csrfToken, next };
  });

  route(router, authEndpoints.secondFactor, async ({ body, request, response }) => {
    const session = secondFactorSessionOf(request, ['second-factor']);
    const account = await manager.findOneByOrFail(StaffAccountEntity, { id: session.staffId });
    const method = await attempt(
      throttleKeys.secondFactor(account.id),
      response,
      () => verifySecondFactor(manager, account, body.code),
      wrongCode(),
      () => audit(request, { staffId: account.id, event: 'failure', method: 'totp' }),
    );
    await completeSession(manager, session.tokenHash, options.sessionHours);
    await audit(request, { staffId: account.id, event: 'sign-in', method });
    if (method === 'recovery-code') await audit(request, { staffId: account.id, event: 'recovery-code-used', method });
    await rememberBrowser(manager, request, response, account.id);
    return { user: presentAuthUser(account), csrfToken: session.csrfToken };
  });

  route(router, authEndpoints.startTotpEnrolment, async ({ request }) => {
    const session = secondFactorSessionOf(request, ['enrol', 'full']);
    const account = await manager.findOneByOrFail(StaffAccountEntity, { id: session.staffId });
    if (!account.passwordHash) {
      throw new AppError('conflict', 'Din kommunale konto har sin egen totrinsbekræftelse hos din IT-afdeling.');
    }
    return beginTotpEnrolment(manager, account);
  });

  route(router, authEndpoints.confirmTotpEnrolment, async ({ body, request, response }) => {
    const session = secondFactorSessionOf(request, ['enrol', 'full']);
    const account = await manager.findOneByOrFail(StaffAccountEntity, { id: session.staffId });
    if (!account.totpPendingSecret) throw new AppError('conflict', 'Start opsætningen af appen forfra.');
    const recoveryCodes = await attempt(
      throttleKeys.secondFactor(account.id),
      response,
      () => dataSource.transaction((inTransaction) => confirmTotpEnrolment(inTransaction, account, body.code)),
      wrongCode(),
    );
    await audit(request, { staffId: account.id, event: 'totp-enrolled', method: 'totp' });
    if (session.stage === 'enrol') {
      await completeSession(manager, session.tokenHash, options.sessionHours);
      await audit(request, { staffId: account.id, event: 'sign-in', method: 'totp' });
      await rememberBrowser(manager, request, response, account.id);
    }
    return { user: presentAuthUser(account), csrfToken: session.csrfToken, recoveryCodes };
  });

  route(router, authEndpoints.me, async ({ staff, request }) => ({
    user: staff,
    csrfToken: sessionOf(request).csrfToken,
  }));

  // A session waiting for its second factor is no one signed in yet, as for every endpoint needing staff.
  route(router, authEndpoints.session, async ({ request }) => ({
    session: request.staff && request.session ? { user: request.staff, csrfToken: request.session.csrfToken } : null,
  }));

  route(router, authEndpoints.logout, async ({ request, response, staff }) => {
    const { tokenHash } = sessionOf(request);
    const logoutUrl = await providerLogoutUrl(tokenHash);
    await closeSession(manager, tokenHash);
    await audit(request, { staffId: staff.id, event: 'logout', method: logoutUrl ? 'oidc' : 'password' });
    clearSessionCookie(response, request.secure);
    return { ok: true as const, providerLogoutUrl: logoutUrl };
  });

  route(router, authEndpoints.sessions, async ({ request, staff }) => {
    const { tokenHash } = sessionOf(request);
    const [sessions, account] = await Promise.all([
      findOwnSessions(manager, staff.id),
      manager.findOneByOrFail(StaffAccountEntity, { id: staff.id }),
    ]);
    return {
      data: sessions.map((session) => presentOwnSession(session, tokenHash)),
      secondFactor: account.totpSecret !== null,
      localAccount: account.passwordHash !== null,
    };
  });

  route(router, authEndpoints.logoutEverywhere, async ({ request, response, staff }) => {
    const logoutUrl = await providerLogoutUrl(sessionOf(request).tokenHash);
    await closeSessionsOf(manager, staff.id);
    await audit(request, { staffId: staff.id, event: 'logout-everywhere', method: logoutUrl ? 'oidc' : 'password' });
    clearSessionCookie(response, request.secure);
    return { ok: true as const, providerLogoutUrl: logoutUrl };
  });

  route(router, authEndpoints.changePassword, async ({ body, staff, request }) => {
    const account = await manager.findOneByOrFail(StaffAccountEntity, { id: staff.id });
    if (!(await verifyPassword(account.passwordHash, body.currentPassword))) {
      throw new AppError('validation', 'Den nuværende adgangskode er forkert', {
        fields: [{ path: 'currentPassword', message: 'Forkert adgangskode' }],
      });
    }
    assertUncommonPassword(body.newPassword, 'newPassword');
    const passwordHash = await hashPassword(body.newPassword);
    await dataSource.transaction(async (inTransaction) => {
      await inTransaction.update(StaffAccountEntity, { id: staff.id }, { passwordHash });
      await closeSessionsOf(inTransaction, staff.id, sessionOf(request).tokenHash);
    });
    return { ok: true as const };
  });

  return router;
}
