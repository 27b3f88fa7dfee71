import type { Role, SignInStep } from '@digihjaelp/contract';

export const totpRequirements = ['admins', 'all', 'off'] as const;
/** Who must have a second factor on a password login (`TOTP_REQUIRED`). */
export type TotpRequirement = (typeof totpRequirements)[number];

export interface PasswordLoginSettings {
  /** `PASSWORD_LOGIN=off` turns this off for everyone but the break-glass accounts. */
  enabled: boolean;
  /** Admins who may still log in with a password when the identity provider is down. */
  breakGlassUsers: readonly string[];
}

export function mayUsePassword(settings: PasswordLoginSettings, username: string): boolean {
  return settings.enabled || settings.breakGlassUsers.includes(username);
}

/** What a password login still needs after the password was right. */
export function nextSignInStep(
  account: { role: Role; totpSecret: string | null },
  required: TotpRequirement,
): SignInStep {
  if (account.totpSecret) return 'second-factor';
  const mustHave = required === 'all' || (required === 'admins' && account.role === 'admin');
  return mustHave ? 'enrol' : 'done';
}
