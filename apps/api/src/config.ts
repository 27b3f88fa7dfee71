import path from 'node:path';
import { z } from 'zod';
import {
  defaultCitizenLanguageCodes,
  findCitizenLanguage,
  newPasswordSchema,
  type CitizenLanguage,
  type Role,
  roleSchema,
  roles,
  usernameSchema,
} from '@digihjaelp/contract';
import type { OidcSettings } from './features/auth/oidc';
import { isCommonPassword } from './features/auth/passwords';
import { type PasswordLoginSettings, type TotpRequirement, totpRequirements } from './features/auth/sign-in-policy';
import { repositoryRoot } from './repository-root';

/** Whose service this is, as the citizen handout names it; the seeded branches are Næstved's. */
export const DEFAULT_ORGANISATION_NAME = 'Næstved Bibliotek og Borgerservice';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** `group=role,group=role`: which identity-provider group gives which role. */
const roleMapSchema = z.string().transform((value, context) => {
  const entries: [string, Role][] = [];
  for (const pair of value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const separator = pair.lastIndexOf('=');
    const role = roleSchema.safeParse(pair.slice(separator + 1).trim());
    if (separator <= 0 || !role.success) {
      context.addIssue({ code: 'custom', message: `"${pair}" is not group=${roles.join('|')}` });
      return z.NEVER;
    }
    entries.push([pair.slice(0, separator).trim(), role.data]);
  }
  return entries;
});

/**
 * `CITIZEN_LANGUAGES=en,uk,ar`: the languages translations and cards are offered in, in the
 * counter's order; each must be one the catalogue knows (packages/contract/src/citizen-languages.ts).
 */
export const citizenLanguagesSchema = z
  .string()
  .transform((list) => [
    ...new Set(
      list
        .split(',')
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .transform((codes, context) =>
    codes.flatMap((code) => {
      const language = findCitizenLanguage(code);
      if (!language) context.addIssue({ code: 'custom', message: `unknown language "${code}"` });
      return language ? [language] : [];
    }),
  );

/** The default list, as the configuration reads it. */
export const defaultCitizenLanguages: CitizenLanguage[] = citizenLanguagesSchema.parse(
  defaultCitizenLanguageCodes.join(','),
);

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_MODE: booleanFlag.optional(),
  ADMIN_USERNAME: usernameSchema.optional(),
  ADMIN_PASSWORD: newPasswordSchema.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  WEB_DIST: z.string().optional(),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  CASE_NOTE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  ORGANISATION_NAME: z.string().trim().min(1).max(200).default(DEFAULT_ORGANISATION_NAME),
  PUBLIC_URL: z.url().optional(),
  OIDC_ISSUER_URL: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().trim().min(1).default('openid profile email'),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).default('groups'),
  OIDC_ROLE_MAP: roleMapSchema.optional(),
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(100).default('Log ind med din kommunale konto'),
  PASSWORD_LOGIN: z.enum(['on', 'off']).default('on'),
  BREAK_GLASS_USERS: commaList.pipe(z.array(usernameSchema)).default([]),
  TOTP_REQUIRED: z.enum(totpRequirements).optional(),
  CITIZEN_LANGUAGES: citizenLanguagesSchema.optional(),
});

const oidcVariables = [
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'PUBLIC_URL',
  'OIDC_ROLE_MAP',
] as const;

export type Config = {
  port: number;
  /** Unset means: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  demoMode: boolean;
  initialAdmin: { username: string; password: string } | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  sessionHours: number;
  webDist: string;
  /** While serving: a statement running longer is cancelled, a database not answering is given up (503). */
  queryTimeoutMs: number;
  /** Free-text case notes are erased this many days after the visit; counted fields stay. */
  caseNoteRetentionDays: number;
  /** The library and citizen service centre, as the citizen handout names it. */
  organisationName: string;
  /** Single sign-on with the municipality's identity provider; undefined when not configured. */
  oidc: OidcSettings | undefined;
  passwordLogin: PasswordLoginSettings;
  totpRequired: TotpRequirement;
  /** The languages guides are translated into and cards shown in (Danish is always there). */
  citizenLanguages: CitizenLanguage[];
};

/** Reads the environment once; a bad value stops the start with a message naming the variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (Boolean(env.ADMIN_USERNAME) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new Error('Invalid environment: set both ADMIN_USERNAME and ADMIN_PASSWORD, or neither');
  }
  if (env.ADMIN_PASSWORD && isCommonPassword(env.ADMIN_PASSWORD)) {
    throw new Error('Invalid environment: ADMIN_PASSWORD is one of the most commonly guessed passwords');
  }
  const oidcSet = oidcVariables.filter((name) => env[name] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < oidcVariables.length) {
    const missing = oidcVariables.filter((name) => env[name] === undefined);
    throw new Error(`Invalid environment: single sign-on also needs ${missing.join(', ')}`);
  }
  if (env.PASSWORD_LOGIN === 'off' && oidcSet.length === 0) {
    throw new Error('Invalid environment: PASSWORD_LOGIN=off needs single sign-on (OIDC_ISSUER_URL …)');
  }
  const demoMode = env.DEMO_MODE ?? !env.DATABASE_URL;
  return {
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(repositoryRoot, env.DATA_DIR),
    // Demo mode is the default exactly when we run on the embedded database.
    demoMode,
    initialAdmin: env.ADMIN_USERNAME
      ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD as string }
      : undefined,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    sessionHours: env.SESSION_HOURS,
    webDist: path.resolve(repositoryRoot, env.WEB_DIST ?? 'apps/web/dist'),
    queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS,
    caseNoteRetentionDays: env.CASE_NOTE_RETENTION_DAYS,
    organisationName: env.ORGANISATION_NAME,
    oidc:
      env.OIDC_ISSUER_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.PUBLIC_URL && env.OIDC_ROLE_MAP
        ? {
            issuerUrl: env.OIDC_ISSUER_URL,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            publicUrl: env.PUBLIC_URL,
            scopes: env.OIDC_SCOPES,
            roleClaim: env.OIDC_ROLE_CLAIM,
            roleMap: env.OIDC_ROLE_MAP,
            buttonLabel: env.OIDC_BUTTON_LABEL,
          }
        : undefined,
    passwordLogin: { enabled: env.PASSWORD_LOGIN === 'on', breakGlassUsers: env.BREAK_GLASS_USERS },
    // The demo's passwords are printed on its login page; a second factor would only be in the way.
    totpRequired: env.TOTP_REQUIRED ?? (demoMode ? 'off' : 'admins'),
    citizenLanguages: env.CITIZEN_LANGUAGES ?? defaultCitizenLanguages,
  };
}
