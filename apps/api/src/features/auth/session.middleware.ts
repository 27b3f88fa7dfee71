import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import { parse } from 'cookie';
import type { DataSource } from 'typeorm';
import { sessionCookieName } from '@digihjaelp/contract';
import { poolOf } from '../../db/pool';
import { isDatabaseUnavailable } from '../../kernel/database-errors';
import { sessionCacheOf } from './session-cache';
import { type ActiveSession, findActiveSession, hashToken } from './sessions.service';

export function sessionCookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expires && { expires }) };
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(sessionCookieName, sessionCookieOptions(secure));
}

function attachSession(request: Request, session: ActiveSession): void {
  // Halfway through a password login (second factor still to come) the session is no
  // sign-in yet: only the second-factor endpoints read it.
  if (session.stage === 'full') request.staff = session.staff;
  request.session = {
    tokenHash: session.tokenHash,
    csrfToken: session.csrfToken,
    stage: session.stage,
    staffId: session.staff.id,
  };
}

/**
 * Attaches the signed-in staff member (if any) to the request: from the session cache when it
 * holds the session, without a round trip to the database. When the session must be read and
 * cannot be because the database is away, an API request fails (503), but a page of the web app
 * is served without a session: the app shell loads and shows the API's 503 itself, instead of a
 * signed-in user reloading into raw JSON. (While the database is away the cache is off and empty,
 * see `session-listener.ts`, so no session is answered from memory then.)
 */
export function loadSession(dataSource: DataSource): RequestHandler {
  return async (request, _response, next) => {
    const token = parse(request.headers.cookie ?? '')[sessionCookieName];
    if (!token) return next();
    const tokenHash = hashToken(token);
    const cache = sessionCacheOf(dataSource);
    const cached = cache?.find(tokenHash);
    if (cached) {
      attachSession(request, cached);
      return next();
    }
    const lookup = cache?.beginLookup();
    const session = await findActiveSession(poolOf(dataSource), tokenHash).catch((error: unknown) => {
      // Mounted on several paths: the mount point is in baseUrl, not in path.
      if (`${request.baseUrl}${request.path}`.startsWith('/api/') || !isDatabaseUnavailable(error)) throw error;
      return undefined;
    });
    if (session) {
      cache?.keep(session, lookup);
      attachSession(request, session);
    }
    next();
  };
}
