import { z } from './zod';
import { newPasswordSchema, roleSchema, usernameSchema } from './auth';
import { listKeySchema } from './branches';
import { listResponseSchema, textSchema } from './common';

export const staffAccountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  /** The branch a new case is logged at unless the staff member picks another. */
  defaultBranchKey: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const staffListResponseSchema = listResponseSchema(staffAccountSchema);

export const createStaffRequestSchema = z.object({
  username: usernameSchema,
  displayName: textSchema().trim().min(1).max(100),
  role: roleSchema,
  password: newPasswordSchema,
  defaultBranchKey: listKeySchema.nullable().optional(),
});
export type CreateStaffRequest = z.infer<typeof createStaffRequestSchema>;

export const updateStaffRequestSchema = z
  .object({
    displayName: textSchema().trim().min(1).max(100),
    role: roleSchema,
    active: z.boolean(),
    defaultBranchKey: listKeySchema.nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Angiv mindst ét felt');
export type UpdateStaffRequest = z.infer<typeof updateStaffRequestSchema>;

export const resetPasswordRequestSchema = z.object({ password: newPasswordSchema });

export const staffResponseSchema = z.object({ data: staffAccountSchema });
