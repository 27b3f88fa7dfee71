import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';

describeInBrowser('guides at the counter', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    // One context for the whole file, so the handout's tab shares the login like the print button's tab.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('skranke');
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds a guide while typing, with a typo, and opens it from the keyboard', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vejledninger' }).click();
    await page.getByLabel('Søg').fill('glemt kode mitd');
    const firstResult = page.locator('.guide-result__link').first();
    await page.waitForFunction(() => document.querySelector('.guide-result__link')?.textContent?.startsWith('Glemt MitID'));
    await page.getByLabel('Søg').press('ArrowDown');
    expect(await firstResult.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Glemt MitID-adgangskode/ }).waitFor();

    // The guide page: steps, the staff-only boxes, sources, related guides and the handout button.
    await page.getByText('Må ikke', { exact: true }).waitFor();
    await page.getByText('Sig til borgeren', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Kilder' }).waitFor();
    await page.getByRole('heading', { name: 'Relaterede vejledninger' }).waitFor();
    expect(await page.getByRole('link', { name: /Udskriv til borgeren/ }).getAttribute('href')).toBe(
      '/guides/mitid-glemt-adgangskode/handout?print=1',
    );
  });

  it('confirms reading the current version', async () => {
    await page.getByRole('button', { name: 'Jeg har læst denne version' }).click();
    await page.getByText('Du har bekræftet, at du har læst version 1.').waitFor();
  });

  it('prints an easy-read handout without the staff-only boxes', async () => {
    const print = await context.newPage();
    await print.goto(`${server.baseUrl}/guides/mitid-app-aktivering/handout`);
    await print.getByRole('heading', { level: 1 }).waitFor();
    const text = await print.locator('body').innerText();
    expect(text).toContain('Næstved Bibliotek og Borgerservice');
    expect(text).toContain('Scan koden med telefonens kamera');
    expect(text).not.toMatch(/Sig til borgeren|Må ikke/);
    expect(await print.locator('svg.qr').count()).toBe(1);
    await print.close();
  });
});
