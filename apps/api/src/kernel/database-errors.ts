/*
 * PostgreSQL not answering — stopped, restarting, frozen, unreachable — is not a bug in our code
 * and not the client's fault: 503 `unavailable`, and the pool reconnects by itself once it is back.
 */

/** Socket errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or cannot take us now: class 08 (connection
 * exception), shutting down (57P01–57P03), too many connections (53300), and a statement
 * cancelled by `statement_timeout` (57014).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300|57014)$/;

/** What node-postgres says when a connection times out or dies, which carries no code. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout expired',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
];

function describesUnavailability(error: object): boolean {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  return DRIVER_MESSAGES.some((text) => message.includes(text));
}

/** True when `error` (or what TypeORM wrapped: `driverError`, `cause`) says the database is out of reach. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    if (describesUnavailability(current)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = 'driverError' in current ? current.driverError : 'cause' in current ? current.cause : undefined;
  }
  return false;
}
