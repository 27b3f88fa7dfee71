import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';

const menuFor = {
  skranke: ['Forside', 'Ny henvendelse', 'Vejledninger', 'Sager', 'Træning'],
  leder: ['Forside', 'Ny henvendelse', 'Vejledninger', 'Sager', 'Statistik', 'Træning', 'Triageflows'],
  admin: ['Forside', 'Ny henvendelse', 'Vejledninger', 'Sager', 'Statistik', 'Træning', 'Triageflows', 'Medarbejdere', 'Filialer og kanaler'],
};

describeInBrowser('logging in as each demo user', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  it('shows a Danish login page with the demo logins', async () => {
    await page.goto(server.baseUrl);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    const demoTable = page.getByRole('table');
    for (const username of Object.keys(menuFor)) {
      await demoTable.getByText(username, { exact: true }).waitFor();
    }
  });

  it.each(Object.entries(menuFor))('%s sees their own menu and can log out', async (username, expectedMenu) => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');

    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.waitFor();
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(expectedMenu);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByText('Du er logget ud.').waitFor();
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/login/);
  });

  it('refuses a wrong password with a message and stays on the login page', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('skranke');
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').getByText('Forkert brugernavn eller adgangskode').waitFor();
    expect(page.url()).toMatch(/\/login/);
  });
});
