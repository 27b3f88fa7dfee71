import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('the accessibility statement', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeEach(async () => {
    page = await app.browser.newPage();
  });
  afterEach(() => page.close());

  it('is linked from the login page footer and opens without signing in, by keyboard', async () => {
    await page.goto(`${app.server.baseUrl}/login`);
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' });
    await footerLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tilgaengelighed$/);
    await page.getByRole('heading', { name: 'Tilgængelighedserklæring', level: 1 }).waitFor();
    expect(await page.title()).toBe('Tilgængelighedserklæring – Digihjælp');

    const main = page.getByRole('main');
    expect(await main.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Hvad erklæringen dækker',
      'Overholdelsesstatus',
      'Det virker ikke endnu',
      'Det virker',
      'Sådan har vi vurderet tilgængeligheden',
      'Oplever du, at noget ikke virker?',
      'Hvis du ikke får et svar',
    ]);
    await main.getByText(/overholder delvist standarden EN 301 549/).waitFor();
    await main.getByText(/logget ud en fast tid efter/).waitFor();
    await main.getByText(/inden for 10 arbejdsdage/).waitFor();
    await main.getByText('Telefon (indtal en besked): 20 16 36 12').waitFor();
    expect(
      await main
        .getByRole('link', { name: /Digitaliseringsstyrelsen: Oplever du ikke-tilgængeligt indhold/ })
        .getAttribute('href'),
    ).toBe('https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/');
    // Not signed in: the public frame, no menu.
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).count()).toBe(0);
  });

  it('is in English when the user switches language', async () => {
    await page.goto(`${app.server.baseUrl}/tilgaengelighed`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Accessibility statement', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'What does not work yet', level: 2 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('keeps the menu for signed-in staff, from the footer of any page', async () => {
    await signIn(page, app.server.baseUrl, 'skranke');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.getByRole('heading', { name: 'Tilgængelighedserklæring', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  });
});
