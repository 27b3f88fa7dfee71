import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

const menuFor = {
  skranke: ['Forside', 'Ny henvendelse', 'Vejledninger', 'Sager', 'Træning'],
  leder: ['Forside', 'Ny henvendelse', 'Vejledninger', 'Sager', 'Statistik', 'Træning', 'Triageflows'],
  admin: [
    'Forside',
    'Ny henvendelse',
    'Vejledninger',
    'Sager',
    'Statistik',
    'Træning',
    'Triageflows',
    'Medarbejdere',
    'Filialer og kanaler',
    'Kategorier',
  ],
};

describeInBrowser('logging in as each demo user', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeEach(async () => {
    page = await app.browser.newPage();
  });
  afterEach(() => page.close());

  it('shows a Danish login page with the demo logins', async () => {
    await page.goto(app.server.baseUrl);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    const demoTable = page.getByRole('table');
    for (const username of Object.keys(menuFor)) {
      await demoTable.getByText(username, { exact: true }).waitFor();
    }
  });

  it.each(Object.entries(menuFor))('%s sees their own menu and can log out', async (username, expectedMenu) => {
    await signIn(page, app.server.baseUrl, username);
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(expectedMenu);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByText('Du er logget ud.').waitFor();
    await page.goto(`${app.server.baseUrl}/`);
    await page.waitForURL(/\/login/);
  });

  it('refuses a wrong password with a message and stays on the login page', async () => {
    await page.goto(`${app.server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('skranke');
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').getByText('Forkert brugernavn eller adgangskode').waitFor();
    expect(page.url()).toMatch(/\/login/);
  });
});
