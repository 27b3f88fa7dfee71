import type { Browser } from 'playwright-core';
import { loadGuideFiles, type GuideFile } from '../apps/api/src/features/guides/guide-files';
import { renderHandoutPage } from '../apps/api/src/features/guides/handout.page';
import { describeInBrowser, launchBrowser } from './support/browser';
import { readPdf, type PrintedPdf } from './support/pdf';
import { DEFAULT_ORGANISATION_NAME } from '../apps/api/src/config';

/*
 * Every citizen handout in content/guides, printed to PDF by Chromium as staff print it: at most
 * two A4 pages, the QR code and the source on page 1, and no heading left alone at the foot of a
 * page (docs/DOMAIN.md, "Udleveringer til borgeren").
 */

const maxPages = 2;
/** A4 in PDF points, and how close to the foot of the page a heading may start (the margin plus about three lines). */
const footZone = 40 + 75;

describeInBrowser('citizen handouts on paper', () => {
  let browser: Browser;
  let guides: GuideFile[];
  const printed = new Map<string, PrintedPdf>();

  beforeAll(async () => {
    browser = await launchBrowser();
    guides = await loadGuideFiles();
    const page = await browser.newPage();
    for (const guide of guides) {
      const html = await renderHandoutPage(
        { status: 'published', content: guide.content },
        { organisation: DEFAULT_ORGANISATION_NAME, branch: 'Hovedbiblioteket', now: new Date('2026-12-01T12:00:00Z') },
      );
      if (!html) continue;
      await page.setContent(html, { waitUntil: 'load' });
      printed.set(
        guide.slug,
        readPdf(await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true })),
      );
    }
    await page.close();
  }, 180_000);
  afterAll(() => browser?.close());

  it('prints every handout the guides offer', () => {
    expect(printed.size).toBeGreaterThan(0);
    for (const [slug, pdf] of printed)
      expect([slug, pdf.pages > 0, pdf.headings.length > 0]).toEqual([slug, true, true]);
  });

  it(`fits each handout on at most ${maxPages} A4 pages`, () => {
    const pages = Object.fromEntries([...printed].map(([slug, pdf]) => [slug, pdf.pages]));
    console.info(`Handout pages: ${JSON.stringify(pages)}`);
    for (const [slug, count] of Object.entries(pages)) expect([slug, count <= maxPages]).toEqual([slug, true]);
  });

  it('puts the title and the source with its QR code on page 1', () => {
    for (const [slug, pdf] of printed) {
      const onPageOne = pdf.headings.filter((heading) => heading.page === 1).map((heading) => heading.title);
      expect([slug, onPageOne]).toEqual([slug, expect.arrayContaining(['Læs mere'])]);
    }
  });

  it('never leaves a heading alone at the foot of a page', () => {
    for (const [slug, pdf] of printed) {
      const orphans = pdf.headings.filter((heading) => heading.page < pdf.pages && heading.fromBottom < footZone);
      expect([slug, orphans]).toEqual([slug, []]);
    }
  });
});
