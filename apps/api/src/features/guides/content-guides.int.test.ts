import { guideEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { seededFlows } from '@digihjaelp/triage';
import { checkFlowDefinition } from '../triage/triage.service';
import { seedDemo } from '../demo/seed-demo';
import { loadGuideFiles, type GuideFile } from './guide-files';

// The real demo content in content/guides, loaded the way a demo start loads it.
let testApp: TestApp;
let staff: SignedIn;
let files: GuideFile[];
beforeAll(async () => {
  testApp = await startTestApp();
  files = await loadGuideFiles();
  await seedDemo(testApp.dataSource);
  staff = await signInAs(testApp, 'counter');
});
afterAll(() => testApp.close());

describe('content/guides', () => {
  it('has at least 30 valid guide files, each published with a source and a review-by date', async () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const rows = await testApp.dataSource.query(`SELECT slug FROM guides WHERE status = 'published' ORDER BY slug`);
    expect(rows.map((row: { slug: string }) => row.slug)).toEqual(files.map((file) => file.slug));
    for (const file of files) {
      expect({ slug: file.slug, sources: file.content.sources.length > 0 }).toEqual({ slug: file.slug, sources: true });
      expect(file.content.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has every guide the seeded triage flows link to: each flow passes the check against the knowledge base', async () => {
    for (const [categoryKey, flow] of Object.entries(seededFlows)) {
      const { problems } = await checkFlowDefinition(testApp.dataSource.manager, flow);
      expect({ categoryKey, problems }).toEqual({ categoryKey, problems: [] });
    }
  });

  it('covers every category', async () => {
    const uncovered = await testApp.dataSource.query(
      `SELECT c.key FROM categories c WHERE NOT EXISTS (SELECT 1 FROM guides g WHERE g.category_key = c.key)`,
    );
    expect(uncovered).toEqual([]);
  });

  it('renders every guide, with every related guide found, and every handout', async () => {
    for (const file of files) {
      const detail = (await staff.call(guideEndpoints.get, { params: { slug: file.slug } }).expect(200)).body.data;
      expect(detail.bodyHtml.length).toBeGreaterThan(200);
      expect(detail.bodyHtml).not.toMatch(/:::|<script/);
      const chosen = detail.relatedGuides.filter((related: { chosen: boolean }) => related.chosen);
      expect({ slug: file.slug, related: chosen.map((related: { slug: string }) => related.slug) }).toEqual({
        slug: file.slug,
        related: file.content.related,
      });
      const handout = await staff.agent.get(`/guides/${file.slug}/handout`).expect(200);
      expect(handout.text).not.toMatch(/guide-block--(say-to-citizen|must-not)/);
    }
  });

  it('answers typical counter searches with the right guide near the top', async () => {
    const top = async (q: string) =>
      (await staff.call(guideEndpoints.list, { query: { q, pageSize: 3 } }).expect(200)).body.data.map(
        (guide: { slug: string }) => guide.slug,
      );
    expect(await top('glemt kode mitid')).toContain('mitid-glemt-adgangskode');
    expect(await top('digital post fritagelse')).toContain('fritagelse-digital-post');
    expect(await top('fuldmat')).toContain('digital-fuldmagt');
    expect(await top('spærre mitd')).toContain('mitid-spaerring');
  });
});
