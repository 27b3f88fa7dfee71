// No zod here: every client reads these, the web app's first screen included.

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
