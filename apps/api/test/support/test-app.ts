import { pino } from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { authEndpoints, sessionResponseSchema, type AuthUser, type Role } from '@digihjaelp/contract';
import { createApp, type AppDependencies } from '../../src/app';
import { listenForSessionChanges, type SessionListener } from '../../src/features/auth/session-listener';
import { createTestDatabase, type TestDatabase } from './test-database';
import { type Call, contractCall } from './api-client';
import { buildStaffAccount } from './factories';

export interface TestApp {
  app: Express;
  dataSource: DataSource;
  database: TestDatabase;
  sessionListener: SessionListener;
  close(): Promise<void>;
}

/**
 * The real app on its own freshly migrated database, without listening on a port; with its session
 * cache listening for changes, as `main.ts` runs it.
 */
export async function startTestApp(overrides: Partial<AppDependencies> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const logger = pino({ level: 'silent' });
  const sessionListener = listenForSessionChanges(database.dataSource, logger);
  const app = createApp({
    dataSource: database.dataSource,
    logger,
    demoMode: false,
    sessionHours: 12,
    trustProxy: false,
    ...overrides,
  });
  return {
    app,
    dataSource: database.dataSource,
    database,
    sessionListener,
    close: async () => {
      await sessionListener.stop();
      await database.drop();
    },
  };
}

export interface SignedIn {
  /** Calls a contract endpoint in this session, with its CSRF token (see api-client.ts). */
  call: Call;
  /** For what no contract endpoint covers (pages outside /api, hand-made requests). */
  agent: ReturnType<typeof request.agent>;
  csrfToken: string;
  user: AuthUser;
}

/** Logs in as an existing account; the session cookie stays with the returned client. */
export async function logIn(testApp: TestApp, username: string, password: string): Promise<SignedIn> {
  const agent = request.agent(testApp.app);
  const response = await contractCall(agent)(authEndpoints.login, { body: { username, password } }).expect(200);
  const { csrfToken, user } = sessionResponseSchema.parse(response.body);
  return { call: contractCall(agent, csrfToken), agent, csrfToken, user };
}

/** Creates a staff account with the given role and logs it in. */
export async function signInAs(testApp: TestApp, role: Role, username = `${role}-${Date.now()}`): Promise<SignedIn> {
  const password = 'correct horse battery';
  await buildStaffAccount(testApp.dataSource, { username, role, password });
  return logIn(testApp, username, password);
}
