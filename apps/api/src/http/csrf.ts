import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { csrfHeader } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Throws 403 `csrf` unless the request echoes its session's CSRF token. */
export function assertCsrfToken(request: Request): void {
  const sent = request.get(csrfHeader);
  if (!request.session || !sent || !sameToken(sent, request.session.csrfToken)) {
    throw new AppError('csrf', 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden og prøv igen.');
  }
}

/**
 * A signed-in browser must echo its session's CSRF token in a header on every state-changing
 * request; a forged cross-site form cannot read or send it. A session still waiting for its
 * second factor has no authority but over the second-factor endpoints, which check the token
 * themselves; anything else (a new login after a reload) is not its business.
 */
export const requireCsrfToken: RequestHandler = (request, _response, next) => {
  if (safeMethods.has(request.method) || request.session?.stage !== 'full') return next();
  try {
    assertCsrfToken(request);
    next();
  } catch (error) {
    next(error);
  }
};
