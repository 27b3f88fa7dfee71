import { demoAccounts } from '../../src/features/demo/demo-accounts';
import { freePort } from '../../../../bench/support/processes';
import { ADMIN, ApiProcess, OwnPostgres } from './fault-harness';

/*
 * Two instances started at the same moment on a fresh database (a rolling deploy, two replicas):
 * both come up, and what an installation starts with — migrations, the first admin, the demo
 * accounts and guides, the standard triage flows — is there exactly once.
 */

jest.setTimeout(240_000);

let database: OwnPostgres;
let instances: ApiProcess[] = [];
beforeAll(async () => {
  database = await OwnPostgres.start();
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
  await database?.destroy();
});

it('two instances starting together on a fresh database both come up and seed everything once', async () => {
  const ports = [await freePort(), await freePort()];
  const started = await Promise.allSettled(
    ports.map((port) => ApiProcess.start(database.url, port, { DEMO_MODE: 'true', LOG_LEVEL: 'info' })),
  );
  instances = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'up'))).toEqual(['up', 'up']);

  const [counts] = await database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM staff_accounts WHERE username = $1) AS admins,
            (SELECT count(*)::int FROM staff_accounts WHERE username = ANY($2)) AS "demoAccounts",
            (SELECT count(*)::int FROM guides) AS guides,
            (SELECT count(*)::int FROM guide_revisions) AS revisions,
            (SELECT count(*)::int FROM triage_flows WHERE version > 1) AS "laterFlowVersions",
            (SELECT count(DISTINCT category_key)::int FROM triage_flows) AS "categoriesWithFlows",
            (SELECT count(*)::int FROM categories) AS categories`,
    [ADMIN.username, demoAccounts.map((account) => account.username)],
  );
  const firstAdminLines = instances.flatMap((instance) => instance.log).filter((line) => line.includes('first admin'));
  console.log(
    `two instances at once on a fresh database: ${JSON.stringify(counts)}; first admin created ${firstAdminLines.length}×`,
  );

  expect(counts).toMatchObject({ admins: 1, demoAccounts: demoAccounts.length, laterFlowVersions: 0 });
  expect(counts?.categoriesWithFlows).toBe(counts?.categories);
  expect(counts?.guides).toBeGreaterThan(0);
  // One import: each demo guide has exactly its first revision.
  expect(counts?.revisions).toBe(counts?.guides);
  expect(firstAdminLines).toHaveLength(1);
  for (const instance of instances) expect((await fetch(`${instance.baseUrl}/readyz`)).status).toBe(200);
});
