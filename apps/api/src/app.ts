import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DEFAULT_ORGANISATION_NAME } from './config';
import { authRouter } from './features/auth/auth.router';
import { branchesRouter } from './features/branches/branches.router';
import { casesRouter } from './features/cases/cases.router';
import { categoriesRouter } from './features/categories/categories.router';
import { guidesRouter } from './features/guides/guides.router';
import { handoutRouter } from './features/guides/handout.router';
import { loadSession } from './features/auth/session.middleware';
import { healthRouter } from './features/health/health.router';
import { metaRouter } from './features/meta/meta.router';
import { staffRouter } from './features/staff/staff.router';
import { statsRouter } from './features/stats/stats.router';
import { triageRouter } from './features/triage/triage.router';
import { requireCsrfToken } from './http/csrf';
import { apiNotFound, errorHandler } from './http/error-handler';
import { apiReferenceRouter } from './http/api-reference.router';
import { openApiRouter } from './http/openapi.router';
import { requestLog } from './http/request-log';

export interface AppDependencies {
  dataSource: DataSource;
  logger: Logger;
  demoMode: boolean;
  sessionHours: number;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-*, so cookies get `Secure`. */
  trustProxy: boolean;
  /** The built web app to serve; skipped when the folder has no index.html. */
  webDist?: string;
  maxFailedLogins?: number;
  version?: string;
  /** Named on the citizen handout; `DEFAULT_ORGANISATION_NAME` unless configured. */
  organisationName?: string;
}

function hasWebApp(webDist: string | undefined): webDist is string {
  return !!webDist && fs.existsSync(path.join(webDist, 'index.html'));
}

function serveWebAssets(app: Express, webDist: string): void {
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders: (response, file) => {
        // Vite puts a content hash in every asset name, so assets never change under one URL.
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    }),
  );
}

/** Any other GET is a client-side route of the single-page app. */
function serveClientRoutes(app: Express, webDist: string): void {
  app.get('/{*clientRoute}', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(path.join(webDist, 'index.html'));
  });
}

/** Builds the whole HTTP application without listening, so tests can drive it with supertest. */
export function createApp(deps: AppDependencies): Express {
  const version = deps.version ?? '0.0.0';
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ? 1 : false);
  app.use(
    helmet({
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
          ...(deps.trustProxy && { upgradeInsecureRequests: [] }),
        },
      },
    }),
  );
  app.use(requestLog(deps.logger));

  app.use(healthRouter(deps.dataSource));
  const webDist = hasWebApp(deps.webDist) ? deps.webDist : undefined;
  if (webDist) serveWebAssets(app, webDist);
  // Counter PCs are shared: nothing the API answers (a case, a CSV export) may stay in the
  // browser's cache for the next person at the screen, nor in a proxy's.
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '200kb' }));
  app.use(loadSession(deps.dataSource));
  app.use('/api', requireCsrfToken);
  app.use(metaRouter({ demoMode: deps.demoMode, version }));
  app.use(openApiRouter(version));
  app.use(authRouter(deps.dataSource, { sessionHours: deps.sessionHours, maxFailedLogins: deps.maxFailedLogins }));
  app.use(staffRouter(deps.dataSource));
  app.use(categoriesRouter(deps.dataSource));
  app.use(triageRouter(deps.dataSource));
  app.use(guidesRouter(deps.dataSource));
  app.use(branchesRouter(deps.dataSource));
  app.use(casesRouter(deps.dataSource));
  app.use(statsRouter(deps.dataSource));
  app.use('/api', apiNotFound);
  app.use(handoutRouter(deps.dataSource, deps.organisationName ?? DEFAULT_ORGANISATION_NAME));
  app.use(apiReferenceRouter());

  if (webDist) serveClientRoutes(app, webDist);
  app.use(errorHandler);
  return app;
}
