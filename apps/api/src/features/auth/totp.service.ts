import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { TotpEnrolmentResponse } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';

const PERIOD_SECONDS = 30;
/** One step either side: the PC's and the phone's clocks may differ by up to half a minute. */
const WINDOW = 1;
const RECOVERY_CODES = 10;
// No 0/o, 1/l/i: the codes are copied by hand from paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totpOf(secret: string, username: string): TOTP {
  return new TOTP({
    issuer: 'Digihjælp',
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The 30-second step `code` belongs to, within the window; undefined for a wrong code. */
function stepOf(secret: string, username: string, code: string): number | undefined {
  const delta = totpOf(secret, username).validate({ token: code, window: WINDOW });
  if (delta === null) return undefined;
  return Math.floor(Date.now() / 1000 / PERIOD_SECONDS) + delta;
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const hashRecoveryCode = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** A new secret, kept aside until a code from the app confirms it; the current one stays in use until then. */
export async function beginTotpEnrolment(
  manager: EntityManager,
  account: StaffAccountEntity,
): Promise<TotpEnrolmentResponse> {
  const secret = new Secret({ size: 20 }).base32;
  await manager.update(StaffAccountEntity, { id: account.id }, { totpPendingSecret: secret });
  const otpauthUrl = totpOf(secret, account.username).toString();
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

function newRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

/**
 * Confirms the pending secret with a code from the app, and replaces any earlier recovery codes
 * with 10 new ones (only their hashes are kept). Undefined when the code is wrong.
 */
export async function confirmTotpEnrolment(
  manager: EntityManager,
  account: StaffAccountEntity,
  code: string,
): Promise<string[] | undefined> {
  if (!account.totpPendingSecret) return undefined;
  const step = stepOf(account.totpPendingSecret, account.username, code);
  if (step === undefined) return undefined;
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await manager.update(
    StaffAccountEntity,
    { id: account.id },
    { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpLastStep: String(step) },
  );
  await manager.query(`DELETE FROM staff_recovery_codes WHERE staff_id = $1`, [account.id]);
  await manager.query(`INSERT INTO staff_recovery_codes (staff_id, code_hash) SELECT $1, unnest($2::text[])`, [
    account.id,
    recoveryCodes.map(hashRecoveryCode),
  ]);
  return recoveryCodes;
}

/**
 * A code from the app (six digits) or an unused recovery code. A code from the app is taken
 * once: its step must be later than the last accepted one, so a code seen over a shoulder
 * cannot be used again within its half minute. The check and the update are one statement,
 * so two requests with the same code cannot both pass.
 */
export async function verifySecondFactor(
  manager: EntityManager,
  account: StaffAccountEntity,
  code: string,
): Promise<'totp' | 'recovery-code' | undefined> {
  if (!account.totpSecret) return undefined;
  if (/^\d{6}$/.test(code)) {
    const step = stepOf(account.totpSecret, account.username, code);
    if (step === undefined) return undefined;
    const [, updated] = await manager.query(
      `UPDATE staff_accounts SET totp_last_step = $2
        WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [account.id, step],
    );
    return updated === 1 ? 'totp' : undefined;
  }
  const [, used] = await manager.query(
    `UPDATE staff_recovery_codes SET used_at = now()
      WHERE staff_id = $1 AND code_hash = $2 AND used_at IS NULL`,
    [account.id, hashRecoveryCode(code)],
  );
  return used === 1 ? 'recovery-code' : undefined;
}
