import type { AuthUser } from '@digihjaelp/contract';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in staff member, set by the session middleware. */
      staff?: AuthUser;
      session?: { tokenHash: string; csrfToken: string };
    }
  }
}
