import { healthEndpoints } from '@digihjaelp/contract';
import { anonymousCall, type Call } from '../../../test/support/api-client';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { withAdminClient } from '../../../test/support/test-database';

let testApp: TestApp;
let anonymous: Call;
beforeAll(async () => {
  testApp = await startTestApp();
  anonymous = anonymousCall(testApp.app);
});
afterAll(() => testApp.close());

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url) throw new Error('TEST_DATABASE_SERVER_URL is set by the global setup');
  return url;
}

/** Cuts the app off from its database, as an outage would: no new connections, existing ones ended. */
async function takeDatabaseDown(name: string) {
  await withAdminClient(serverUrl(), async (client) => {
    await client.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  });
}

async function bringDatabaseBack(name: string) {
  await withAdminClient(serverUrl(), (client) => client.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`));
}

describe('health and readiness', () => {
  it('healthz is 200 and readyz is 200 on a migrated database', async () => {
    await anonymous(healthEndpoints.healthz).expect(200, { status: 'ok' });
    await anonymous(healthEndpoints.readyz).expect(200, { status: 'ready' });
  });

  it('readyz is 503 while the database is down and 200 again once it returns; healthz stays 200', async () => {
    await takeDatabaseDown(testApp.database.name);
    try {
      const down = await anonymous(healthEndpoints.readyz).expect(503);
      expect(down.body.error.code).toBe('unavailable');
      await anonymous(healthEndpoints.healthz).expect(200);
    } finally {
      await bringDatabaseBack(testApp.database.name);
    }
    await anonymous(healthEndpoints.readyz).expect(200);
  });

  it('readyz is 503 when a migration is pending', async () => {
    await testApp.dataSource.query('DELETE FROM migrations');
    try {
      const response = await anonymous(healthEndpoints.readyz).expect(503);
      expect(response.body.error.message).toMatch(/migrer/);
    } finally {
      await testApp.dataSource.query(
        `INSERT INTO migrations (timestamp, name) VALUES (1764115200000, 'StaffAccountsAndSessions1764115200000'), (1764115300000, 'Categories1764115300000')`,
      );
    }
  });
});
