import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { type CitizenLanguage, serverPages } from '@digihjaelp/contract';
import { DEFAULT_ORGANISATION_NAME, defaultCitizenLanguages } from './config';
import { authRouter } from './features/auth/auth.router';
import { oidcClient, type OidcSettings } from './features/auth/oidc';
import { oidcRouter } from './features/auth/oidc.router';
import type { PasswordLoginSettings, TotpRequirement } from './features/auth/sign-in-policy';
import { defaultThrottle, type ThrottleSettings } from './features/auth/sign-in-throttle';
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
import { translationsRouter } from './features/translations/translations.router';
import { triageRouter } from './features/triage/triage.router';
import { requireCsrfToken } from './http/csrf';
import { compressLarge } from './http/compression';
import { apiNotFound, errorHandler } from './http/error-handler';
import { API_REFERENCE_PATH, apiReferenceRouter } from './http/api-reference.router';
import { openApiRouter } from './http/openapi.router';
import { requestLog } from './http/request-log';
import { routersByPrefix } from './http/routers-by-prefix';
import { securityHeaders } from './http/security-headers';
import { webAppRouter } from './http/web-app';

export interface AppDependencies {
  dataSource: DataSource;
  logger: Logger;
  demoMode: boolean;
  sessionHours: number;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-*, so cookies get `Secure`. */
  trustProxy: boolean;
  /** The built web app to serve; skipped when the folder has no index.html. */
  webDist?: string;
  /** Single sign-on; none when undefined. */
  oidc?: OidcSettings;
  /** Default: passwords on for everyone. */
  passwordLogin?: PasswordLoginSettings;
  /** Who must have a second factor on a password login; default `off` here, `admins` from the environment (config.ts). */
  totpRequired?: TotpRequirement;
  /** How failed guesses are slowed; the tests make it quick. */
  throttle?: ThrottleSettings;
  version?: string;
  /** Named on the citizen handout; `DEFAULT_ORGANISATION_NAME` unless configured. */
  organisationName?: string;
  /** The languages of translations and cards; `CITIZEN_LANGUAGES`' default unless configured. */
  citizenLanguages?: CitizenLanguage[];
  /**
   * The clock that says which day it is for the figures ("last month", what is partial, goals so
   * far). Only tests set it, to read the dashboard on a chosen day; the database keeps its own time.
   */
  now?: () => Date;
}

function hasWebApp(webDist: string | undefined): webDist is string {
  return !!webDist && fs.existsSync(path.join(webDist, 'index.html'));
}

/** What knows who is signed in: the API and the pages the server renders itself (the handout). */
const signedInPaths = ['/api', ...Object.values(serverPages)];

/** Builds the whole HTTP application without listening, so tests can drive it with supertest. */
export function createApp(deps: AppDependencies): Express {
  const version = deps.version ?? '0.0.0';
  const citizenLanguages = deps.citizenLanguages ?? defaultCitizenLanguages;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ? 1 : false);
  app.use(securityHeaders(deps.trustProxy));
  app.use(requestLog(deps.logger));

  app.use(healthRouter(deps.dataSource));
  // Counter PCs are shared: nothing the API answers (a case, a CSV export) may stay in the
  // browser's cache for the next person at the screen, nor in a proxy's.
  app.use('/api', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // The API's JSON endpoints compress their large answers themselves (route()); these pages are written whole.
  app.use([...Object.values(serverPages), API_REFERENCE_PATH], compressLarge);
  app.use('/api', express.json({ limit: '200kb' }));
  // Only the API and the handout know who is signed in; the web app's files never cost a session lookup.
  app.use(signedInPaths, loadSession(deps.dataSource));
  app.use('/api', requireCsrfToken);
  const passwordLogin = deps.passwordLogin ?? { enabled: true, breakGlassUsers: [] };
  const oidc = deps.oidc && oidcClient(deps.oidc);
  app.use(
    routersByPrefix([
      metaRouter({
        demoMode: deps.demoMode,
        version,
        signIn: { oidcButtonLabel: deps.oidc?.buttonLabel ?? null, passwordLogin: passwordLogin.enabled },
      }),
      openApiRouter(version),
      authRouter(deps.dataSource, {
        sessionHours: deps.sessionHours,
        passwordLogin,
        totpRequired: deps.totpRequired ?? 'off',
        throttle: deps.throttle ?? defaultThrottle,
        oidc,
      }),
      oidcRouter(deps.dataSource, oidc, deps.sessionHours),
      staffRouter(deps.dataSource),
      categoriesRouter(deps.dataSource),
      triageRouter(deps.dataSource),
      guidesRouter(deps.dataSource),
      translationsRouter(deps.dataSource, citizenLanguages),
      branchesRouter(deps.dataSource),
      casesRouter(deps.dataSource),
      statsRouter(deps.dataSource, {
        now: deps.now ?? (() => new Date()),
        organisationName: deps.organisationName ?? DEFAULT_ORGANISATION_NAME,
      }),
    ]),
  );
  app.use('/api', apiNotFound);
  app.use(
    handoutRouter(deps.dataSource, {
      organisationName: deps.organisationName ?? DEFAULT_ORGANISATION_NAME,
      languages: citizenLanguages,
    }),
  );
  app.use(apiReferenceRouter());

  if (hasWebApp(deps.webDist)) app.use(webAppRouter(deps.webDist));
  app.use(errorHandler());
  return app;
}
