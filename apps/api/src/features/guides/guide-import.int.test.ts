import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { guideEndpoints } from '@digihjaelp/contract';
import { buildStaffAccount } from '../../../test/support/factories';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';
import { seedDemo } from '../demo/seed-demo';
import { GuideFileError, loadGuideFiles } from './guide-files';
import { findImportOwner, importGuides } from './guide-import.service';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/guides');

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('demo seeding of guides', () => {
  it('publishes the guide files owned by the demo lead, once: a second start changes nothing', async () => {
    await seedDemo(testApp.dataSource, { guideDir: fixtures });
    await seedDemo(testApp.dataSource, { guideDir: fixtures });

    const rows = await testApp.dataSource.query(
      `SELECT g.slug, g.status, g.version, s.username AS owner, (SELECT count(*)::int FROM guide_revisions r WHERE r.guide_id = g.id) AS revisions
         FROM guides g JOIN staff_accounts s ON s.id = g.owner_id ORDER BY g.slug`,
    );
    expect(rows).toEqual([
      { slug: 'fixture-glemt-kode', status: 'published', version: 1, owner: 'leder', revisions: 1 },
      { slug: 'fixture-handout', status: 'published', version: 1, owner: 'leder', revisions: 1 },
    ]);
  });

  it('keeps what users changed when the demo starts again', async () => {
    const lead = await signInAs(testApp, 'lead');
    const detail = (await lead.call(guideEndpoints.get, { params: { slug: 'fixture-glemt-kode' } }).expect(200)).body
      .data;
    expect(detail.relatedGuides[0]).toMatchObject({ slug: 'fixture-handout', chosen: true });
    await lead
      .call(guideEndpoints.update, {
        params: { slug: 'fixture-glemt-kode' },
        body: { ...detail, title: 'Ændret af en leder', version: 1 },
      })
      .expect(200);
    await seedDemo(testApp.dataSource, { guideDir: fixtures });
    const after = (await lead.call(guideEndpoints.get, { params: { slug: 'fixture-glemt-kode' } }).expect(200)).body
      .data;
    expect(after).toMatchObject({ title: 'Ændret af en leder', version: 2 });
  });
});

describe('importGuides (npm run seed:guides)', () => {
  it('names the file when a guide refers to an unknown category, and imports nothing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'guides-'));
    const good = await fs.readFile(path.join(fixtures, 'fixture-handout.md'), 'utf8');
    await fs.writeFile(path.join(dir, 'a-god.md'), good.replace('"related": ["fixture-glemt-kode"]', '"related": []'));
    await fs.writeFile(
      path.join(dir, 'b-ukendt.md'),
      good.replace('"mitid-setup"', '"findes-ikke"').replace('"related": ["fixture-glemt-kode"]', '"related": []'),
    );
    const files = await loadGuideFiles(dir);
    const owner = await buildStaffAccount(testApp.dataSource, { role: 'admin' });

    const attempt = testApp.dataSource.transaction((manager) => importGuides(manager, files, owner));
    await expect(attempt).rejects.toThrow(GuideFileError);
    await expect(testApp.dataSource.transaction((manager) => importGuides(manager, files, owner))).rejects.toThrow(
      /b-ukendt\.md: .*categoryKey/,
    );
    const rows = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM guides WHERE slug = 'a-god'`);
    expect(rows[0].n).toBe(0);
    await fs.rm(dir, { recursive: true });
  });

  it('owner: the named lead or admin, else the first admin; never a counter account', async () => {
    const { manager } = testApp.dataSource;
    const firstAdmin = await findImportOwner(manager);
    expect(firstAdmin.role).toBe('admin');
    const lead = await buildStaffAccount(testApp.dataSource, { role: 'lead', username: 'ejer-leder' });
    expect((await findImportOwner(manager, 'ejer-leder')).id).toBe(lead.id);
    await buildStaffAccount(testApp.dataSource, { role: 'counter', username: 'ejer-skranke' });
    await expect(findImportOwner(manager, 'ejer-skranke')).rejects.toThrow(/lead or an admin/);
    await expect(findImportOwner(manager, 'ingen')).rejects.toThrow(/No active staff account/);
  });
});
