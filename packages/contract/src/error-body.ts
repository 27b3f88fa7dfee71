import { errorCodes } from './errors';
import { z } from './zod';

/** The body of every error answer (see `errors.ts` for the codes). */
export const fieldIssueSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. "categories.0"'),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
