import { pino } from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '@digihjaelp/contract';
import { createApp, type AppDependencies } from '../../src/app';
import { createTestDatabase, type TestDatabase } from './test-database';
import { buildStaffAccount } from './factories';

export interface TestApp {
  app: Express;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app on its own freshly migrated database, without listening on a port. */
export async function startTestApp(overrides: Partial<AppDependencies> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({
    dataSource: database.dataSource,
    logger: pino({ level: 'silent' }),
    demoMode: false,
    sessionHours: 12,
    trustProxy: false,
    ...overrides,
  });
  return { app, dataSource: database.dataSource, database, close: () => database.drop() };
}

export interface SignedIn {
  agent: ReturnType<typeof request.agent>;
  csrfToken: string;
  user: { id: string; username: string; role: Role };
}

/** Creates a staff account with the given role and logs it in; the agent keeps the session cookie. */
export async function signInAs(testApp: TestApp, role: Role, username = `${role}-${Date.now()}`): Promise<SignedIn> {
  const password = 'correct horse battery';
  await buildStaffAccount(testApp.dataSource, { username, role, password });
  const agent = request.agent(testApp.app);
  const response = await agent.post('/api/auth/login').send({ username, password }).expect(200);
  return { agent, csrfToken: response.body.csrfToken, user: response.body.user };
}
