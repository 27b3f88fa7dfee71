import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { parse } from 'cookie';
import type { EntityManager } from 'typeorm';

/**
 * A long-lived random cookie naming this browser (several staff may share a counter PC, so one
 * cookie may be known for several accounts). Only its hash is stored. It grants nothing by
 * itself: it only keeps this browser's failed guesses apart from everyone else's.
 */
const BROWSER_COOKIE = 'dh_browser';
const ONE_YEAR_MS = 365 * 24 * 3_600_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function browserToken(request: Request): string | undefined {
  const token = parse(request.headers.cookie ?? '')[BROWSER_COOKIE];
  return token && /^[\w-]{20,100}$/.test(token) ? token : undefined;
}

/** The hash of this browser's token when it has signed in to `staffId` before. */
export async function knownBrowserOf(
  manager: EntityManager,
  request: Request,
  staffId: string | undefined,
): Promise<string | undefined> {
  const token = browserToken(request);
  if (!token || !staffId) return undefined;
  const tokenHash = hashToken(token);
  const [row] = await manager.query(`SELECT 1 FROM sign_in_browsers WHERE token_hash = $1 AND staff_id = $2`, [
    tokenHash,
    staffId,
  ]);
  return row ? tokenHash : undefined;
}

/** After a complete sign-in: this browser is now known for the account. */
export async function rememberBrowser(
  manager: EntityManager,
  request: Request,
  response: Response,
  staffId: string,
): Promise<void> {
  const token = browserToken(request) ?? randomBytes(24).toString('base64url');
  await manager.query(
    `INSERT INTO sign_in_browsers (token_hash, staff_id) VALUES ($1, $2)
     ON CONFLICT (token_hash, staff_id) DO UPDATE SET last_used_at = now()`,
    [hashToken(token), staffId],
  );
  response.cookie(BROWSER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.secure,
    path: '/api/auth',
    maxAge: ONE_YEAR_MS,
  });
}
