import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** What the browser may load and run on our pages: only our own scripts, never inline ones. */
function helmetFor(trustProxy: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Charts and React set style attributes; no inline scripts are ever allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(trustProxy && { upgradeInsecureRequests: [] }),
      },
    },
  });
}

/**
 * The headers helmet sets, taken from it once: with fixed directives (no nonces) they are the same
 * for every request, and setting a list is a fraction of running helmet's dozen middleware each time.
 */
function helmetHeaders(trustProxy: boolean): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => undefined,
  };
  let done = false;
  helmetFor(trustProxy)({} as never, recorder as never, () => {
    done = true;
  });
  if (!done) throw new Error('helmet did not finish at once: its headers cannot be taken in advance');
  return headers;
}

/** The security headers on every answer (`X-Powered-By` is off on the app itself). */
export function securityHeaders(trustProxy: boolean): RequestHandler {
  const headers = helmetHeaders(trustProxy);
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    next();
  };
}
