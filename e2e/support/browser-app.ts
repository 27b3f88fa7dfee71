import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startE2eServer, type E2eServer, type E2eServerOptions } from './e2e-server';

/** The app and a browser for one describe block: started before its tests, stopped after them. */
export function useBrowserApp(options: E2eServerOptions = {}): { server: E2eServer; browser: Browser } {
  const app = {} as { server: E2eServer; browser: Browser };
  beforeAll(async () => {
    app.server = await startE2eServer(options);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** Logs in with a demo account (password `demo`) through the login page. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill('demo');
  await page.getByLabel('Adgangskode').press('Enter');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

/** On the counter screen: a few letters and Enter choose the category, then one key per answer. */
export async function triageByKeyboard(page: Page, category: string, answerKeys: readonly string[]): Promise<void> {
  await page.keyboard.type(category);
  await page.keyboard.press('Enter');
  for (const key of answerKeys) await page.keyboard.press(key);
}
