import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';

describeInBrowser('training mode (Træning)', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a trainee judge a scenario, shows the engine’s answer and why, and the lead sees the agreement rate', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('leder');
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Træning' }).click();

    await page.getByRole('button', { name: /Kan du ikke bare logge ind for mig/ }).click();
    await page.getByLabel('3: Sidemandshjælp').check();
    await page.getByLabel('MitID er personligt').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Anbefalingen er en anden. Læs begrundelsen herunder.').waitFor();
    await page.getByRole('heading', { name: 'Ikke tilladt' }).waitFor();
    await page.getByText(/Borgeren beder dig bruge deres MitID/).waitFor();

    await page.getByRole('button', { name: /Et brev om boligstøtte/ }).click();
    await page.getByLabel('3: Sidemandshjælp').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Du var enig med anbefalingen.').waitFor();

    const agreement = page.getByRole('table');
    await agreement.getByRole('cell', { name: '50 %' }).waitFor();
  });
});
