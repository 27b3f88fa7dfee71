import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../kernel/app-error';

/**
 * argon2id (the @node-rs/argon2 default) with OWASP's first recommended setting: 19 MiB of
 * memory, 2 passes, 1 lane. About 30–60 ms per hash on one core of a small server, so a login
 * costs little while an offline guess costs the attacker the same 19 MiB and time per try. The
 * parameters are stored in each hash, so raising them later only affects new hashes.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown user, or an account that signs in at the
 * identity provider) it still does the same work, so the response time does not reveal which
 * usernames exist.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

// zxcvbn-ts's list of the ~49,000 passwords most often found in breaches; the length rule
// (newPasswordSchema) already refuses the shorter ones, this refuses the rest.
const commonPasswords = new Set(dictionary['passwords-common']);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

/** 400 naming `field` when a new password is one attackers try first. */
export function assertUncommonPassword(password: string, field: string): void {
  if (!isCommonPassword(password)) return;
  const message = 'Adgangskoden er blandt dem, der oftest bliver gættet. Vælg en anden, gerne en sætning.';
  throw new AppError('validation', message, { fields: [{ path: field, message }] });
}
