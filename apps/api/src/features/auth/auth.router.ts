import { type Request, Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { DataSource } from 'typeorm';
import { authEndpoints, sessionCookieName } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { route } from '../../http/route';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { findStaffAccountByUsername } from '../staff/staff.service';
import { presentAuthUser } from './auth.presenter';
import { hashPassword, verifyPassword } from './passwords';
import { clearSessionCookie, sessionCookieOptions } from './session.middleware';
import { closeSession, closeSessionsOf, deleteExpiredSessions, openSession } from './sessions.service';

export interface AuthRouterOptions {
  sessionHours: number;
  /** Failed logins allowed per address and username in 15 minutes before 429. */
  maxFailedLogins?: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

function failedLoginLimiter(limit: number, key: (request: Request) => string) {
  return rateLimit({
    windowMs: FIFTEEN_MINUTES,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: key,
    handler: (_request, _response, next) =>
      next(new AppError('rate_limited', 'For mange forkerte login-forsøg. Vent et kvarter, og prøv igen.')),
  });
}

/** The session of a signed-in request (every endpoint here but login needs one; requireAccess checked it). */
function sessionOf(request: Request): NonNullable<Request['session']> {
  if (!request.session) throw new AppError('unauthorized', 'Du skal logge ind');
  return request.session;
}

export function authRouter(dataSource: DataSource, options: AuthRouterOptions): Router {
  const router = Router();
  const perUser = options.maxFailedLogins ?? 10;
  const clientAddress = (request: Request) => ipKeyGenerator(request.ip ?? 'unknown');
  const loginLimits = [
    failedLoginLimiter(perUser * 10, clientAddress),
    failedLoginLimiter(
      perUser,
      (request) => `${clientAddress(request)}|${String(request.body?.username).toLowerCase()}`,
    ),
  ];

  route(
    router,
    authEndpoints.login,
    async ({ body, request, response }) => {
      const account = await findStaffAccountByUsername(dataSource.manager, body.username);
      const passwordMatches = await verifyPassword(account?.passwordHash, body.password);
      if (!account || !passwordMatches || !account.active) {
        throw new AppError('invalid_credentials', 'Forkert brugernavn eller adgangskode');
      }
      await deleteExpiredSessions(dataSource.manager);
      const session = await openSession(dataSource.manager, account.id, options.sessionHours);
      response.cookie(sessionCookieName, session.token, sessionCookieOptions(request.secure, session.expiresAt));
      return { user: presentAuthUser(account), csrfToken: session.csrfToken };
    },
    { before: loginLimits },
  );

  route(router, authEndpoints.me, async ({ staff, request }) => ({
    user: staff,
    csrfToken: sessionOf(request).csrfToken,
  }));

  route(router, authEndpoints.logout, async ({ request, response }) => {
    await closeSession(dataSource.manager, sessionOf(request).tokenHash);
    clearSessionCookie(response, request.secure);
    return { ok: true as const };
  });

  route(router, authEndpoints.changePassword, async ({ body, staff, request }) => {
    const account = await dataSource.manager.findOneByOrFail(StaffAccountEntity, { id: staff.id });
    if (!(await verifyPassword(account.passwordHash, body.currentPassword))) {
      throw new AppError('validation', 'Den nuværende adgangskode er forkert', {
        fields: [{ path: 'currentPassword', message: 'Forkert adgangskode' }],
      });
    }
    const passwordHash = await hashPassword(body.newPassword);
    await dataSource.transaction(async (manager) => {
      await manager.update(StaffAccountEntity, { id: staff.id }, { passwordHash });
      await closeSessionsOf(manager, staff.id, sessionOf(request).tokenHash);
    });
    return { ok: true as const };
  });

  return router;
}
