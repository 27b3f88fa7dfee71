import type { Logger } from 'pino';
import type { AuthUser } from '@digihjaelp/contract';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in staff member, set by the session middleware. */
      staff?: AuthUser;
      session?: { tokenHash: string; csrfToken: string };
      /** Set by requestLog(): this request's id, and a logger that adds it to every line. */
      id: string;
      log: Logger;
    }
  }
}
