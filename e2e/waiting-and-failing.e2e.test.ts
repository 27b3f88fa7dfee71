import type { Page, Route } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

/** Holds back the requests matching `pattern` until `release()` (a slow line, for those files only). */
async function holdBack(page: Page, pattern: string | RegExp) {
  const held: Route[] = [];
  let releasing = false;
  await page.route(pattern, (route) => (releasing ? route.continue() : void held.push(route)));
  return {
    release: async () => {
      releasing = true;
      await Promise.all(held.map((route) => route.continue()));
      await page.unroute(pattern);
    },
  };
}

describeInBrowser('waiting for and failing to load a page', () => {
  const app = useBrowserApp();

  it('shows the frame and a loading state while the app’s code is still on its way', async () => {
    const page = await app.browser.newPage();
    const code = await holdBack(page, /\/assets\/index-[^/]+\.js$/);
    await page.goto(`${app.server.baseUrl}/`, { waitUntil: 'commit' });
    await page.getByRole('banner').getByText('Digihjælp').waitFor();
    await page.getByRole('status').getByText('Indlæser Digihjælp …').waitFor();
    await code.release();
    await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
    await page.close();
  });

  it('keeps the old page with a progress bar while the next page’s code downloads', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    const code = await holdBack(page, /\/assets\/statistics-page-[^/]+\.js$/);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('progressbar', { name: 'Indlæser siden …' }).waitFor();
    expect(await page.locator('#indhold h1').innerText()).not.toBe('Statistik');
    await code.release();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the frame with "Prøv igen" when a page’s code cannot be fetched', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    const chunk = /\/assets\/training-page-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Træning' }).click();
    await page.getByText('Siden kunne ikke hentes. Tjek forbindelsen, og prøv igen.').waitFor();
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(true);
    await page.unroute(chunk);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { name: 'Træning', level: 1 }).waitFor();
    await page.close();
  });

  it('keeps the frame with "Prøv igen" when the server does not answer for a page’s data', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    const data = /\/api\/stats\//;
    await page.route(data, (route) => route.abort('connectionrefused'));
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    await page.getByText('Der er ingen forbindelse til Digihjælp', { exact: false }).first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(true);
    await page.unroute(data);
    await page.getByRole('button', { name: 'Prøv igen' }).first().click();
    await page.locator('.key-figure__value').first().waitFor();
    await page.close();
  });
});
