import type { RequestHandler } from 'express';
import type { Access } from '@digihjaelp/contract';
import { AppError } from './app-error';

export function requireAccess(access: Access): RequestHandler {
  return (request, _response, next) => {
    if (access === 'public') return next();
    if (!request.staff) return next(new AppError('unauthorized', 'Du skal logge ind'));
    if (access !== 'staff' && !access.includes(request.staff.role)) {
      return next(new AppError('forbidden', 'Din rolle giver ikke adgang til dette'));
    }
    next();
  };
}
