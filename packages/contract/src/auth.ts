import { z } from 'zod';

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
export const newPasswordSchema = z.string().min(10, 'Adgangskoden skal være mindst 10 tegn').max(200);

export const loginRequestSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
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

export const changeOwnPasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const csrfHeader = 'X-CSRF-Token';
/** The HttpOnly cookie that carries a staff session. */
export const sessionCookieName = 'dh_session';
