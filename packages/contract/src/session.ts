// How a browser carries its session (no zod here: the web app's first screen needs these).

/** The header every state-changing request repeats the session's CSRF token in. */
export const csrfHeader = 'X-CSRF-Token';
/** The HttpOnly cookie that carries a staff session. */
export const sessionCookieName = 'dh_session';
