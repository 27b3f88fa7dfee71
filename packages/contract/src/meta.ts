import { z } from 'zod';
import { roleSchema } from './auth';

export const metaResponseSchema = z.object({
  name: z.string(),
  version: z.string(),
  demoMode: z.boolean(),
  /** Only in demo mode: the demo logins, shown on the login page. */
  demoAccounts: z.array(z.object({ username: z.string(), password: z.string(), role: roleSchema })).optional(),
});
