import { z } from './zod';
import { textSchema } from './common';

export const roles = ['counter', 'lead', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'Brug kun små bogstaver a-z, tal, punktum, bindestreg og understreg');

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = textSchema().min(10, 'Adgangskoden skal være mindst 10 tegn').max(200);

export const loginRequestSchema = z.object({
  username: textSchema().trim().toLowerCase().min(1).max(100),
  password: textSchema().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const authUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** Where this staff member's cases are logged by default; null until an admin sets it. */
  defaultBranchKey: z.string().nullable(),
});
export type AuthUser = z.infer<typeof authUserSchema>;

export const sessionResponseSchema = z.object({
  user: authUserSchema,
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * What a password login still needs: nothing (`done`), a code from the authenticator app or a
 * recovery code (`second-factor`), or setting up the authenticator first (`enrol`, when
 * `TOTP_REQUIRED` covers the role). Until `done`, the session reaches only the second-factor endpoints.
 */
export const signInStepSchema = z.enum(['done', 'second-factor', 'enrol']);
export type SignInStep = z.infer<typeof signInStepSchema>;

export const loginResponseSchema = sessionResponseSchema.extend({ next: signInStepSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** A six-digit code from the authenticator app, or a recovery code (`xxxxx-xxxxx`). */
export const secondFactorRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .transform((code) => code.replace(/\s+/g, ''))
    .pipe(
      z.string().regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/, 'Skriv de 6 cifre fra appen eller en gendannelseskode'),
    ),
});
export type SecondFactorRequest = z.input<typeof secondFactorRequestSchema>;

export const totpEnrolmentResponseSchema = z.object({
  /** For typing into the app by hand (base32). */
  secret: z.string(),
  /** The otpauth:// address the QR code holds. */
  otpauthUrl: z.string(),
  /** The QR code as an SVG data URL. */
  qrCode: z.string(),
});
export type TotpEnrolmentResponse = z.infer<typeof totpEnrolmentResponseSchema>;

export const totpConfirmRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Skriv de 6 cifre fra appen'),
});

export const totpConfirmResponseSchema = sessionResponseSchema.extend({
  /** Shown once; only their hashes are kept. Each works once instead of a code from the app. */
  recoveryCodes: z.array(z.string()).length(10),
});
export type TotpConfirmResponse = z.infer<typeof totpConfirmResponseSchema>;

export const logoutResponseSchema = z.object({
  ok: z.literal(true),
  /** Where the browser goes next to end the identity provider's session too; null after a password login. */
  providerLogoutUrl: z.string().nullable(),
});

export const signInMethods = ['password', 'oidc'] as const;
export const signInEventMethods = [...signInMethods, 'totp', 'recovery-code'] as const;
export const signInEvents = [
  'sign-in',
  'failure',
  'refused',
  'totp-enrolled',
  'recovery-code-used',
  'logout',
  'logout-everywhere',
] as const;

export const ownSessionSchema = z.object({
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  method: z.enum(signInMethods),
  /** The first three parts of the address it signed in from, e.g. "10.20.30". */
  addressPrefix: z.string().nullable(),
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof ownSessionSchema>;
export const ownSessionsResponseSchema = z.object({
  data: z.array(ownSessionSchema),
  /** Whether this account has a second factor set up. */
  secondFactor: z.boolean(),
  /** A local account (with a password of ours) can set one up; one from the identity provider cannot. */
  localAccount: z.boolean(),
});
export type OwnSessionsResponse = z.infer<typeof ownSessionsResponseSchema>;

export const signInEventSchema = z.object({
  at: z.iso.datetime(),
  event: z.enum(signInEvents),
  method: z.enum(signInEventMethods),
  addressPrefix: z.string().nullable(),
});
export type SignInEvent = z.infer<typeof signInEventSchema>;
export const signInEventListResponseSchema = z.object({ data: z.array(signInEventSchema) });

/** `returnTo` for single sign-on: a path on this site only, never another host. */
export const oidcStartQuerySchema = z.object({
  returnTo: z
    .string()
    .max(500)
    .regex(/^\/(?![/\\])[^\s]*$/, 'Kun en sti på dette websted')
    .optional(),
});

export const oidcCallbackQuerySchema = z.looseObject({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});

export const changeOwnPasswordRequestSchema = z.object({
  currentPassword: textSchema().min(1).max(200),
  newPassword: newPasswordSchema,
});
