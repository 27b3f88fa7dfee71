import path from 'node:path';
import { z } from 'zod';
import { newPasswordSchema, usernameSchema } from '@digihjaelp/contract';

/** Whose service this is, as the citizen handout names it; the seeded branches are Næstved's. */
export const DEFAULT_ORGANISATION_NAME = 'Næstved Bibliotek og Borgerservice';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

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
});

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
};

const repositoryRoot = path.resolve(__dirname, '../../..');

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
  return {
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(repositoryRoot, env.DATA_DIR),
    // Demo mode is the default exactly when we run on the embedded database.
    demoMode: env.DEMO_MODE ?? !env.DATABASE_URL,
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
  };
}
