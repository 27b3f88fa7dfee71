import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { csrfHeader } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A signed-in browser must echo its session's CSRF token in a header on every state-changing
 * request; a forged cross-site form cannot read or send it.
 */
export const requireCsrfToken: RequestHandler = (request, _response, next) => {
  if (safeMethods.has(request.method) || !request.session) return next();
  const sent = request.get(csrfHeader);
  if (!sent || !sameToken(sent, request.session.csrfToken)) {
    return next(new AppError('csrf', 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden og prøv igen.'));
  }
  next();
};
