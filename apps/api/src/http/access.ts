import type { RequestHandler } from 'express';
import { may, type Access } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';

/** 401 without a session, 403 when the staff member's role lacks the endpoint's permission. */
export function requireAccess(access: Access): RequestHandler {
  return (request, _response, next) => {
    if (access === 'public') return next();
    if (!request.staff) return next(new AppError('unauthorized', 'Du skal logge ind'));
    if (access !== 'staff' && !may(request.staff, access)) {
      return next(new AppError('forbidden', 'Din rolle giver ikke adgang til dette'));
    }
    next();
  };
}
