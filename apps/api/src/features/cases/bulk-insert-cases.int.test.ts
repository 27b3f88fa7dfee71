import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { buildStaffAccount } from '../../../test/support/factories';
import { generateCases } from '../demo/case-generator';
import { loadCaseCatalogue } from '../demo/demo-cases';
import { insertCasesInBulk } from './bulk-insert-cases';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const schemaOfCases = () =>
  testApp.dataSource.query(`
    SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = 'cases'::regclass
    UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'cases'::regclass
    ORDER BY 1`);
const countCases = async () => (await testApp.dataSource.query('SELECT count(*)::int AS n FROM cases'))[0].n;
const end = new Date('2026-06-30T00:00:00Z');
const catalogue = () => loadCaseCatalogue(testApp.dataSource.manager);

describe('insertCasesInBulk with rebuilt indexes', () => {
  it('loads every case and leaves the same keys, indexes and checks behind', async () => {
    const staff = await buildStaffAccount(testApp.dataSource);
    const before = await schemaOfCases();
    const progress: number[] = [];
    const inserted = await insertCasesInBulk(
      testApp.dataSource,
      generateCases({ seed: 3, end, staffIds: [staff.id], count: 5_000, catalogue: await catalogue() }),
      {
        rebuildIndexes: true,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(await countCases()).toBe(inserted);
    expect(progress.at(-1)).toBe(inserted);
    expect(await schemaOfCases()).toEqual(before);
  });

  it('loads nothing and keeps the schema when a row breaks a key', async () => {
    const before = await schemaOfCases();
    const casesBefore = await countCases();
    const unknownStaff = '00000000-0000-4000-8000-00000000dead';
    await expect(
      insertCasesInBulk(
        testApp.dataSource,
        generateCases({ seed: 4, end, staffIds: [unknownStaff], count: 500, catalogue: await catalogue() }),
        {
          rebuildIndexes: true,
        },
      ),
    ).rejects.toThrow(/staff_id/);
    expect(await countCases()).toBe(casesBefore);
    expect(await schemaOfCases()).toEqual(before);
  });
});
