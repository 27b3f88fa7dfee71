import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@digihjaelp/contract';
import { AppError } from './app-error';

function bodyOf(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

/** Translates body-parser failures into our own codes, so clients see one shape. */
function fromParserError(error: { type?: string }): AppError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', 'Forespørgslens indhold er ikke gyldig JSON');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'Forespørgslen er for stor');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('validation', 'Forespørgslen skal være UTF-8-kodet JSON');
    default:
      return undefined;
  }
}

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(new AppError('not_found', `Ukendt adresse: ${request.method} ${request.originalUrl.split('?')[0]}`));
};

export const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
  const appError =
    error instanceof AppError
      ? error
      : (fromParserError(error) ?? new AppError('internal', 'Der opstod en uventet fejl. Prøv igen.'));
  if (appError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
  response.status(appError.status).json(bodyOf(appError));
};
