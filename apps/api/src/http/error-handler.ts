import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@digihjaelp/contract';
import { AppError } from '../kernel/app-error';
import { isDatabaseUnavailable } from '../kernel/database-errors';
import { duplicateConflict, isUniqueViolation } from '../kernel/unique-keys';

function bodyOf(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

/**
 * Translates what Express and body-parser refuse (they mark it with a 4xx `status`: bad JSON, a
 * corrupt gzip body, an unknown encoding or charset, a path parameter with broken %-encoding)
 * into our own codes, so clients see one shape: 413 for a body too large, 400 for the rest.
 */
function fromHttpError(error: unknown): AppError | undefined {
  if (!(error instanceof Error) || !('status' in error)) return undefined;
  const { status } = error;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  if (error instanceof URIError) return new AppError('validation', 'Adressen indeholder ugyldig %-kodning');
  switch ('type' in error ? error.type : undefined) {
    case 'entity.too.large':
      return new AppError('payload_too_large', 'Forespørgslen er for stor');
    case 'entity.parse.failed':
      return new AppError('invalid_json', 'Forespørgslens indhold er ikke gyldig JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('validation', 'Forespørgslen skal være UTF-8-kodet JSON');
    default:
      return new AppError('invalid_json', 'Forespørgslens indhold kunne ikke læses');
  }
}

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(new AppError('not_found', `Ukendt adresse: ${request.method} ${request.originalUrl.split('?')[0]}`));
};

/** At most one warning this often while the database is out of reach, however many requests fail. */
const UNAVAILABLE_WARNING_INTERVAL_MS = 10_000;

/** What the error is to the client: our own, a body-parser failure, a unique key no service expected, the database away, or internal. */
function appErrorOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUniqueViolation(error)) return duplicateConflict();
  if (isDatabaseUnavailable(error))
    return new AppError('unavailable', 'Databasen svarer ikke lige nu. Prøv igen om lidt.');
  return fromHttpError(error) ?? new AppError('internal', 'Der opstod en uventet fejl. Prøv igen.');
}

/** The innermost reason only: a driver error's other fields may hold the statement's parameters. */
function reasonOf(error: unknown): string {
  let reason = error;
  while (reason instanceof Error) {
    const inner = 'driverError' in reason ? reason.driverError : reason.cause;
    if (!(inner instanceof Error)) break;
    reason = inner;
  }
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * The one error handler: every failure becomes `{ error: { code, message, details } }` with the
 * code's status. A bug is logged with its stack; the database being away is logged once, at
 * warn, then at most every 10 s with how many requests it refused meanwhile.
 */
export function errorHandler(): ErrorRequestHandler {
  let lastWarningAt = Number.NEGATIVE_INFINITY;
  let refusedSinceWarning = 0;
  return (error, request, response, _next) => {
    const appError = appErrorOf(error);
    if (appError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
    if (appError.code === 'unavailable' && !(error instanceof AppError)) {
      refusedSinceWarning += 1;
      if (Date.now() - lastWarningAt >= UNAVAILABLE_WARNING_INTERVAL_MS) {
        request.log.warn(
          { reason: reasonOf(error), refused: refusedSinceWarning },
          'database unavailable: answering 503',
        );
        lastWarningAt = Date.now();
        refusedSinceWarning = 0;
      }
      response.setHeader('Retry-After', '5');
    }
    response.status(appError.status).json(bodyOf(appError));
  };
}
