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

/** The page chunks (`<name>-page-<hash>.js`) the browser has asked for, by page name, in order. */
function pageChunksRequested(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/assets\/([a-z-]+)-page-[^/]+\.js$/.exec(request.url());
    if (chunk?.[1]) requested.push(chunk[1]);
  });
  return requested;
}

/** The text of the element that has focus. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describeInBrowser('waiting for and failing to load a page', () => {
  const app = useBrowserApp();

  it('downloads a page’s code when the page is first opened, not before', async () => {
    const page = await app.browser.newPage();
    const requested = pageChunksRequested(page);
    await signIn(page, app.server.baseUrl, 'leder');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The login screen and the home page it leads to; nothing of the pages not opened.
    expect(requested).toEqual(['login', 'home']);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Træning' }).click();
    await page.getByRole('heading', { name: 'Træning', level: 1 }).waitFor();
    expect(requested).toEqual(['login', 'home', 'training']);
    // Back home: its code is already here, and focus goes to the page's heading for screen readers.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forside' }).click();
    await page.waitForURL(/\/$/);
    expect(await focusedText(page)).toBe(await page.locator('#indhold h1').innerText());
    expect(requested).toEqual(['login', 'home', 'training']);
    await page.close();
  });

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

  it('shows the error in the frame when the server fails a page’s code, and leaves it on the next page', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    const chunk = /\/assets\/guides-page-[^/]+\.js$/;
    await page.route(chunk, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
    await menu.getByRole('link', { name: 'Vejledninger' }).click();
    await page.getByRole('heading', { name: 'Der opstod en fejl', level: 1 }).waitFor();
    await page.getByText('Siden kunne ikke hentes. Tjek forbindelsen, og prøv igen.').waitFor();
    expect(await focusedText(page)).toBe('Der opstod en fejl');

    // Another page replaces the error, in the same frame.
    await menu.getByRole('link', { name: 'Træning' }).click();
    await page.getByRole('heading', { name: 'Træning', level: 1 }).waitFor();
    expect(await page.getByText('Der opstod en fejl').count()).toBe(0);

    // Back to the failed page, once the server answers again: "Prøv igen" loads it.
    await page.unroute(chunk);
    await page.goBack();
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { name: 'Vejledninger', level: 1 }).waitFor();
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
