import type { CookieOptions, RequestHandler, Response } from 'express';
import { parse } from 'cookie';
import type { DataSource } from 'typeorm';
import { sessionCookieName } from '@digihjaelp/contract';
import { findActiveSession } from './sessions.service';

export function sessionCookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expires && { expires }) };
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(sessionCookieName, sessionCookieOptions(secure));
}

/** Attaches the signed-in staff member (if any) to the request. */
export function loadSession(dataSource: DataSource): RequestHandler {
  return async (request, _response, next) => {
    const token = parse(request.headers.cookie ?? '')[sessionCookieName];
    if (!token) return next();
    const session = await findActiveSession(dataSource.manager, token);
    if (session) {
      request.staff = session.staff;
      request.session = { tokenHash: session.tokenHash, csrfToken: session.csrfToken };
    }
    next();
  };
}
