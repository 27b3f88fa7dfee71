import { z } from 'zod';

/** Every error the API can answer with; the HTTP status follows from the code. */
export const errorCodes = [
  'invalid_json',
  'validation',
  'unauthorized',
  'invalid_credentials',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  'payload_too_large',
  'personal_data',
  'idempotency_key_reused',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  personal_data: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

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
