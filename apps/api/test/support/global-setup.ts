import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { migrateUnderLock } from '../../src/db/migrate';
import { seedTriageFlows } from '../../src/features/triage/triage.service';
import { withAdminClient } from './test-database';

declare global {
  var embeddedTestDatabase: { server: EmbeddedDatabase; dataDir: string } | undefined;
}

function needsDatabase(selectProjects: string[] | undefined): boolean {
  return !selectProjects || selectProjects.some((name) => name !== 'unit');
}

async function createTemplate(serverUrl: string, template: string): Promise<void> {
  await withAdminClient(serverUrl, async (client: Client) => {
    await client.query(`CREATE DATABASE ${template}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const dataSource = createDataSource(url.toString(), { poolSize: 2 });
  await dataSource.initialize();
  await migrateUnderLock(dataSource);
  // As at every start of the app: each category gets its seeded triage flow.
  await seedTriageFlows(dataSource.manager);
  await dataSource.destroy();
}

/**
 * Starts one real PostgreSQL for the run — the embedded one, or the server in DATABASE_URL — and
 * migrates a template database once; each test file then clones it (see test-database.ts).
 * The embedded package is ESM-only, which Jest's module system cannot load, so it starts here.
 */
export default async function globalSetup(globalConfig: { selectProjects?: string[] }): Promise<void> {
  if (!needsDatabase(globalConfig.selectProjects)) return;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'digihjaelp-test-'));
    await fs.chmod(dataDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir, databaseName: 'digihjaelp_test', log: () => undefined });
    globalThis.embeddedTestDatabase = { server, dataDir };
    serverUrl = server.url;
  }
  const template = `digihjaelp_test_template_${randomBytes(4).toString('hex')}`;
  await createTemplate(serverUrl, template);
  // Workers are started after this and inherit the environment.
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}
