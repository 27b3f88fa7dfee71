import type { Logger } from 'pino';
import type { AuthUser } from '@digihjaelp/contract';
import type { SessionStage } from '../features/auth/staff-session.entity';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in staff member, set by the session middleware. */
      staff?: AuthUser;
      /** Any session behind the cookie, also one still waiting for its second factor (see `stage`). */
      session?: { tokenHash: string; csrfToken: string; stage: SessionStage; staffId: string };
      /** Set by requestLog(): this request's id, and a logger that adds it to every line. */
      id: string;
      log: Logger;
    }
  }
}
