import { z } from './zod';
import { roleSchema } from './auth';

export const metaResponseSchema = z.object({
  name: z.string(),
  version: z.string(),
  demoMode: z.boolean(),
  /** Only in demo mode: the demo logins, shown on the login page. */
  demoAccounts: z.array(z.object({ username: z.string(), password: z.string(), role: roleSchema })).optional(),
  signIn: z.object({
    /** The single sign-on button's text; null when no identity provider is configured. */
    oidcButtonLabel: z.string().nullable(),
    /** False with `PASSWORD_LOGIN=off`: the form is for break-glass accounts only. */
    passwordLogin: z.boolean(),
  }),
});
export type MetaResponse = z.infer<typeof metaResponseSchema>;
