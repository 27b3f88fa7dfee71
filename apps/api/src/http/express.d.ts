import type { AuthUser } from '@digihjaelp/contract';
import type { SessionStage } from '../features/auth/staff-session.entity';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in staff member, set by the session middleware. */
      staff?: AuthUser;
      /** Any session behind the cookie, also one still waiting for its second factor (see `stage`). */
      session?: { tokenHash: string; csrfToken: string; stage: SessionStage; staffId: string };
    }
  }
}
