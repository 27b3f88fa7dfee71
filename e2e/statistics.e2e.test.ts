import type { Page } from 'playwright-core';
import { StaffAccountEntity } from '../apps/api/src/features/staff/staff-account.entity';
import { insertCaseRows } from '../apps/api/test/support/case-rows';
import { DEFAULT_ORGANISATION_NAME } from '../apps/api/src/config';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';
import { readPdf } from './support/pdf';

// The first day of a month, 10:00 in Denmark: the server and the browser both take it as now.
const firstOfDecember = new Date('2026-12-01T09:00:00Z');

describeInBrowser('statistics for a team lead (demo year of cases)', () => {
  const app = useBrowserApp({ now: firstOfDecember });
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage();
    await page.clock.setFixedTime(firstOfDecember);
    await signIn(page, app.server.baseUrl, 'leder');
  });

  it('on the first day of a month compares complete months, and marks the running one as partial', async () => {
    // This morning's visits, all at level 4: read as a month, December would look like a fall.
    const { id: staffId } = await app.server.dataSource.manager.findOneByOrFail(StaffAccountEntity, {
      username: 'leder',
    });
    await insertCaseRows(
      app.server.dataSource,
      Array.from({ length: 27 }, (_, index) => ({
        at: `2026-12-01T09:${String(index).padStart(2, '0')}:00+01:00`,
        staffId,
        levelGiven: 4 as const,
      })),
    );

    await page.goto(`${app.server.baseUrl}/statistik`);
    const keyFigures = page.getByRole('region', { name: 'Nøgletal' });
    await keyFigures
      .getByText('1. nov. 2026 – 30. nov. 2026. Sammenlignet med 1. okt. 2026 – 31. okt. 2026.', { exact: true })
      .waitFor();
    expect(await page.getByLabel('Periode').inputValue()).toBe('last-month');
    expect(await page.getByLabel('Periode').locator('option:checked').innerText()).toBe('Sidste hele måned');

    await page.goto(`${app.server.baseUrl}/statistik?period=last-12-months`);
    const levelMix = page.getByRole('region', { name: 'Hjælpeniveau måned for måned' });
    const summary = levelMix.locator('.stats-section__summary');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toMatch(
      /^Hele måneder sammenlignet: andelen løst på niveau 1–2 gik fra .+ i januar 2026 til .+ i november 2026\./,
    );
    expect(text).toContain('December 2026 er ikke en hel periode og tæller ikke med i sammenligningen.');
    // The chart draws the months that are not whole faint, and its legend says what faint means.
    await levelMix.locator('.bar-chart__legend').getByText('Ikke en hel periode').waitFor();
    expect(await levelMix.locator('.bar-chart__bar--partial').count()).toBeGreaterThan(0);
    await levelMix.getByText('Vis tallene som tabel').click();
    await levelMix.getByRole('rowheader', { name: 'december 2026 (delvis)' }).waitFor();

    await page.goto(`${app.server.baseUrl}/statistik?period=this-month`);
    await page
      .getByRole('region', { name: 'Nøgletal' })
      .getByText('Perioden er ikke slut endnu, så tallene vil stige.', { exact: false })
      .waitFor();
  });

  it('shows key figures, charts with their tables, and CSV for Danish Excel', async () => {
    await page.goto(`${app.server.baseUrl}/statistik?period=last-12-months`);
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    const visits = page
      .locator('.key-figure')
      .filter({ has: page.getByRole('heading', { name: 'Henvendelser', exact: true }) })
      .locator('.key-figure__value');
    await visits.waitFor();
    expect(Number((await visits.innerText()).replace(/\./g, ''))).toBeGreaterThan(1000);

    const overTime = page.getByRole('region', { name: 'Henvendelser over tid' });
    await overTime.getByText('Vis tallene som tabel').click();
    expect(await overTime.getByRole('row').count()).toBeGreaterThan(12);

    const csvHref = await overTime.getByRole('link', { name: /Hent CSV/ }).getAttribute('href');
    expect(csvHref).toBe('/api/stats/export/visits-over-time?period=last-12-months');
    const csv = await page.request.get(`${app.server.baseUrl}${csvHref}`);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Måned;Henvendelser');
  });

  it('sets a goal and shows whether it is on track', async () => {
    await page.goto(`${app.server.baseUrl}/statistik`);
    await page.getByLabel('Titel').fill('60 % løst på niveau 1–2');
    await page.getByLabel('Mål i procent').fill('60');
    await page.getByRole('button', { name: 'Gem målindsats' }).click();
    await page.getByRole('status').getByText('Målindsatsen "60 % løst på niveau 1–2" er gemt.').waitFor();
    const goal = page.locator('.goal').filter({ hasText: '60 % løst på niveau 1–2' });
    await goal.getByText(/På rette vej|Ikke på rette vej/).waitFor();
  });

  it('prints the monthly report on two A4 pages plus an appendix, with the comment the lead wrote', async () => {
    const comment = 'Flere løste selv deres sag i november efter MitID-caféerne. Vi følger op i januar.';
    await page.goto(`${app.server.baseUrl}/statistik/rapport?month=2026-11`);
    await page.getByRole('heading', { name: 'Månedsrapport november 2026', level: 1 }).waitFor();
    await page.getByText(DEFAULT_ORGANISATION_NAME, { exact: true }).waitFor();
    await page.getByLabel('Din kommentar til rapporten').fill(comment);
    await page.getByRole('button', { name: 'Gem kommentar' }).click();
    await page.getByRole('status').getByText('Kommentaren er gemt.').waitFor();
    // Saved with the month: there after a reload.
    await page.reload();
    expect(await page.getByLabel('Din kommentar til rapporten').inputValue()).toBe(comment);

    const figures = page.getByRole('region', { name: 'Månedens nøgletal' });
    await figures.getByRole('columnheader', { name: 'Samme måned sidste år' }).waitFor();
    expect(await figures.getByRole('row').count()).toBe(6);
    await page.getByRole('region', { name: 'Anbefalet og givet hjælpeniveau' }).getByRole('table').waitFor();
    await page.getByText('Tallene gælder fra 1. januar til og med 30. nov. 2026.').waitFor();
    // Every figure loaded before printing.
    await page.waitForFunction(() => document.querySelectorAll('.monthly-report .loading').length === 0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    // On paper the comment is printed as text, without its field.
    const printedComment = page
      .getByRole('region', { name: 'Teamlederens kommentar' })
      .locator('p', { hasText: comment });
    expect(await printedComment.isVisible()).toBe(true);
    expect(await page.getByLabel('Din kommentar til rapporten').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const printed = readPdf(pdf);
    const pageOf = (title: string) => printed.headings.find((heading) => heading.title === title)?.page;
    expect(pageOf('Månedsrapport november 2026')).toBe(1);
    expect(pageOf('Månedens nøgletal')).toBe(1);
    expect(pageOf('Teamlederens kommentar')).toBe(1);
    expect(pageOf('Målindsatser 2026')).toBe(2);
    expect(pageOf('Hjælpeniveau måned for måned')).toBe(2);
    // Two pages of report; the tables start on the third as an appendix (18 categories need two pages).
    expect(pageOf('Bilag: tabeller for november 2026')).toBe(3);
    expect(printed.pages).toBeLessThanOrEqual(4);
  });
});
