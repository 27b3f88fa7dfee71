import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { withoutPersonalData } from '../logger';

const unlogged = new Set(['/healthz', '/readyz']);

/**
 * Where the request went, as the log may hold it: the route's pattern (`/api/cases/:id`), never
 * the path it was called with, and never the query string (a CPR number typed into guide search
 * would land in the log). A request no route took (a static file, an unknown address) is named by
 * its path, without personal data.
 */
function routeOf(request: Request): string {
  if (typeof request.route?.path === 'string') return `${request.baseUrl}${request.route.path}`;
  let path = request.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Malformed %-encoding: judged as sent.
  }
  return withoutPersonalData(path);
}

const levelOf = (status: number) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/**
 * One line per request — method, route pattern, status, duration, request id — and `request.log`,
 * a logger that puts the request id on whatever a handler logs. Nothing else of the request is
 * logged: not its headers (cookies, CSRF token), not its body, not its query.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (request, response: Response, next) => {
    const id = randomUUID();
    const started = process.hrtime.bigint();
    request.id = id;
    // Made when a handler first logs (errors, mostly): a child logger per request is a cost most never use.
    let requestLogger: Logger | undefined;
    Object.defineProperty(request, 'log', {
      get: () => {
        requestLogger ??= logger.child({ reqId: id });
        return requestLogger;
      },
    });
    response.setHeader('X-Request-Id', id);
    if (!unlogged.has(request.path)) {
      response.once('close', () => {
        const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
        const status = response.statusCode;
        const line = { reqId: id, method: request.method, route: routeOf(request), status, ms };
        if (response.writableFinished) logger[levelOf(status)](line, 'request');
        else logger.warn({ ...line, aborted: true }, 'request aborted');
      });
    }
    next();
  };
}
