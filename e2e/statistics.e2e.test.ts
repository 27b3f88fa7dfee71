import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('statistics for a team lead (demo year of cases)', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
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

  it('prints a monthly report', async () => {
    await page.goto(`${app.server.baseUrl}/statistik/rapport?month=2026-01`);
    await page.getByRole('heading', { name: 'Månedsrapport januar 2026', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Nøgletal' })
      .getByText('Sammenlignet med 1. dec. 2025 – 31. dec. 2025.', { exact: false })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
  });
});
