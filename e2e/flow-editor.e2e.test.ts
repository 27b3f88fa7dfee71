import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';

describeInBrowser('the flow editor (Triageflows)', () => {
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

  it('previews a flow, refuses a dead end with the problem named, and saves a sound edit as a new version', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('leder');
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Triageflows' }).click();
    await page.getByLabel('Kategori', { exact: true }).selectOption('source-criticism');
    const preview = page.locator('.flow-preview');
    await preview.getByRole('button', { name: /Borgeren vil lære/ }).click();
    await preview.getByRole('button', { name: /Klarer det alene/ }).click();
    await preview.getByRole('heading', { name: /Niveau 1: Vejvisning/ }).waitFor();

    // Turning the level-1 rule into a note leaves visits without a recommendation.
    const rule = page.getByRole('group', { name: 'Regel 3: alene' });
    await rule.getByLabel('Resultat').selectOption('note');
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByText(/Blindgyde: ingen regel giver en anbefaling i 3 forløb/).waitFor();
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    await page.getByText(/består ikke kontrollen/).waitFor();

    // Signposting (1) → guided self-help (2) passes, and is saved as version 2.
    await rule.getByLabel('Resultat').selectOption('level');
    await rule.getByLabel('Hjælpeniveau', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    await page.getByText('Gemt som version 2.').waitFor();
    await page.getByText('Versionshistorik').click();
    await page.getByRole('button', { name: 'Åbn version 1' }).waitFor();
    await page.getByRole('button', { name: 'Åbn version 2' }).waitFor();
    await preview.getByRole('button', { name: /Borgeren vil lære/ }).click();
    await preview.getByRole('button', { name: /Klarer det alene/ }).click();
    await preview.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
  });
});
