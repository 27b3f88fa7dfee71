import type { Request } from 'express';
import { may, type Access } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';

/** Throws 401 without a session, 403 when the staff member's role lacks the endpoint's permission. */
export function assertAccess(request: Request, access: Access): void {
  if (access === 'public') return;
  if (!request.staff) throw new AppError('unauthorized', 'Du skal logge ind');
  if (access !== 'staff' && !may(request.staff, access)) {
    throw new AppError('forbidden', 'Din rolle giver ikke adgang til dette');
  }
}
