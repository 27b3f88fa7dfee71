import { pino, type DestinationStream, type Logger } from 'pino';
import { findPersonalData } from '@digihjaelp/privacy';

/** Each piece of personal data in `text` replaced, so a log line can say what happened without it. */
export function withoutPersonalData(text: string): string {
  let result = text;
  // From the end, so the positions of earlier findings stay right.
  for (const finding of findPersonalData(text).reverse()) {
    result = `${result.slice(0, finding.index)}[${finding.kind}]${result.slice(finding.index + finding.length)}`;
  }
  return result;
}

const textOrUndefined = (value: unknown) => (typeof value === 'string' ? withoutPersonalData(value) : undefined);

/**
 * An error as the log may hold it: what it is, where it came from, never what it was about. A
 * failed query's `parameters` (note text, triage answers, password hashes) and the database's
 * `detail` ("Failing row contains (…)") are left out, and a message or stack quoting a value
 * ("invalid input syntax …: \"…\"") loses any personal data in it.
 */
function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & Record<string, unknown>;
  const safe: Record<string, unknown> = {
    type: error.constructor.name,
    message: withoutPersonalData(error.message),
    stack: textOrUndefined(error.stack),
  };
  // The database's own description: which rule, table and column; the SQL text has only placeholders.
  for (const key of ['code', 'constraint', 'table', 'column', 'routine', 'query'] as const) {
    const value = fields[key] ?? (fields.driverError as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string') safe[key] = withoutPersonalData(value);
  }
  return safe;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'digihjaelp' }, serializers: { err: errorForLog } }, destination);
}
