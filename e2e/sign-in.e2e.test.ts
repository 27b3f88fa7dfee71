import fs from 'node:fs';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../apps/api/test/support/oidc-test-provider';
import { describeInBrowser } from './support/browser';
import { useBrowserApp } from './support/browser-app';

/** Screenshots of what staff see, for the closing note (kept out of the repository). */
const screenshots = process.env.SIGN_IN_SCREENSHOTS;
async function screenshot(page: Page, name: string) {
  if (!screenshots) return;
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

let provider: TestProvider | undefined;
afterAll(() => provider?.stop());

describeInBrowser('single sign-on with the municipal account', () => {
  const app = useBrowserApp({
    configure: async (baseUrl) => {
      provider = await startTestProvider(baseUrl, {
        'sanne.skranke': { name: 'Sanne Skranke', email: 'sanne@kommune.dk', groups: ['digihjaelp-skranke'] },
        'ole.udenfor': { name: 'Ole Udenfor', email: 'ole@kommune.dk', groups: ['alle-ansatte'] },
      });
      return { oidc: provider.settings(baseUrl), demoMode: false };
    },
  });
  let page: Page;
  beforeEach(async () => {
    page = await app.browser.newPage();
  });
  afterEach(() => page.close());

  async function signInAtProvider(login: string) {
    // The provider's own login page (oidc-provider's development page: any login, any password).
    await page.getByPlaceholder('Enter any login').waitFor();
    await screenshot(page, '2-provider-login');
    await page.getByPlaceholder('Enter any login').fill(login);
    await page.getByPlaceholder('and password').fill('whatever');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  it('opens the counter screen, signs in at the provider from the button, and lands back on the counter screen', async () => {
    await page.goto(`${app.server.baseUrl}/henvendelse`);
    await page.waitForURL(/\/login/);
    const button = page.getByRole('link', { name: 'Log ind med din kommunale konto' });
    await button.waitFor();
    await screenshot(page, '1-login-button');
    await button.click();

    await signInAtProvider('sanne.skranke');
    await page.waitForURL(`${app.server.baseUrl}/henvendelse`);
    await page.getByRole('heading', { name: 'Ny henvendelse', level: 1 }).waitFor();
    await page.getByText('Sanne Skranke').waitFor();
    await screenshot(page, '3-counter-screen');
  });

  it('tells someone outside the groups, in Danish, that they have no access', async () => {
    await page.goto(`${app.server.baseUrl}/login`);
    await page.getByRole('link', { name: 'Log ind med din kommunale konto' }).click();
    await signInAtProvider('ole.udenfor');
    await page.getByRole('alert').getByText('Du har ikke adgang til Digihjælp – kontakt din IT-afdeling.').waitFor();
    await screenshot(page, '4-no-access');
  });
});

describeInBrowser('an admin without a second factor is sent to set one up', () => {
  const app = useBrowserApp({ configure: () => ({ totpRequired: 'admins' }) });
  let page: Page;
  beforeEach(async () => {
    page = await app.browser.newPage();
  });
  afterEach(() => page.close());

  it('shows a QR code, takes a code from the app, shows the recovery codes once, then signs in', async () => {
    await page.goto(`${app.server.baseUrl}/login`);
    await page.getByLabel('Brugernavn').fill('admin');
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');

    await page.getByRole('heading', { name: 'Opsæt totrinsbekræftelse' }).waitFor();
    await page.getByRole('button', { name: 'Vis QR-koden' }).click();
    await page.getByRole('img', { name: 'QR-kode, som godkendelsesappen kan scanne' }).waitFor();
    await page.getByText('Kan du ikke scanne? Skriv denne nøgle i appen').click();
    await screenshot(page, '5-totp-enrolment');

    const secret = ((await page.locator('.totp-enrolment__secret').textContent()) ?? '').replace(/\s/g, '');
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    await page.getByLabel('Koden fra appen').fill(code);
    await page.getByRole('button', { name: 'Bekræft' }).click();

    await page.getByRole('heading', { name: 'Dine gendannelseskoder' }).waitFor();
    expect(await page.locator('.totp-enrolment__codes li').count()).toBe(10);
    await screenshot(page, '6-recovery-codes');
    await page.getByRole('button', { name: 'Jeg har gemt koderne – fortsæt' }).click();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  });
});
