// Signing in as the browser meets it (no zod here: the web app's first screen needs these).

/** The header every state-changing request repeats the session's CSRF token in. */
export const csrfHeader = 'X-CSRF-Token';
/** The HttpOnly cookie that carries a staff session. */
export const sessionCookieName = 'dh_session';

/** Why single sign-on came back to the login page without signing in (`/login?sso=…`). */
export const oidcOutcomes = ['no-access', 'failed'] as const;
export type OidcOutcome = (typeof oidcOutcomes)[number];
