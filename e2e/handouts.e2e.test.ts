import type { Browser } from 'playwright-core';
import { loadGuideFiles, type GuideFile } from '../apps/api/src/features/guides/guide-files';
import { renderHandoutPage } from '../apps/api/src/features/guides/handout.page';
import { describeInBrowser, launchBrowser } from './support/browser';
import { DEFAULT_ORGANISATION_NAME } from '../apps/api/src/config';

/*
 * Every citizen handout in content/guides, printed to PDF by Chromium as staff print it: at most
 * two A4 pages, the QR code and the source on page 1, and no heading left alone at the foot of a
 * page (docs/DOMAIN.md, "Udleveringer til borgeren").
 */

const maxPages = 2;
/** A4 in PDF points, and how close to the foot of the page a heading may start (the margin plus about three lines). */
const footZone = 40 + 75;

interface PrintedPdf {
  pages: number;
  /** Each heading (from the PDF outline): its text, its page (1-based) and how far from the bottom it starts. */
  headings: { title: string; page: number; fromBottom: number }[];
}

function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

/** Reads Chromium's PDF: the page tree (uncompressed) and the outline Chromium writes for headings. */
function readPdf(pdf: Buffer): PrintedPdf {
  const text = pdf.toString('latin1');
  const kids = /\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  const pageRefs = [...kids.matchAll(/(\d+)\s+0\s+R/g)].map((match) => match[1]);
  const headings = [
    ...text.matchAll(
      /\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))\s*\/Dest\s*\[(\d+)\s+0\s+R\s*\/XYZ\s+[\d.]+\s+([\d.]+)/g,
    ),
  ].map((match) => ({
    title: pdfString(match[1] ?? ''),
    page: pageRefs.indexOf(match[2] ?? '') + 1,
    fromBottom: Number(match[3]),
  }));
  return { pages: pageRefs.length, headings };
}

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
