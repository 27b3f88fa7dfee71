import type { Route } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('a page opened by its address', () => {
  const app = useBrowserApp();

  it('fetches its own code and who is signed in beside the initial chunk, not after it has run', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // While the initial chunk is held back no script of the app runs: what is fetched then, the shell asked for.
    let holdInitialChunk: (route: Route) => void = () => {};
    const initialChunk = new Promise<Route>((resolve) => {
      holdInitialChunk = resolve;
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => holdInitialChunk(route));
    const pageCode = page.waitForRequest(/\/assets\/new-case-page-[^/]+\.js$/, { timeout: 10_000 });
    const session = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/auth/session', {
      timeout: 10_000,
    });
    await page.goto(`${app.server.baseUrl}/henvendelse`, { waitUntil: 'commit' });
    await Promise.all([pageCode, session]);

    await (await initialChunk).continue();
    await page.getByLabel('Find kategori').waitFor();
    // The app's own read of the session took the preloaded answer, and the page's code came once.
    expect(requested.filter((path) => path === '/api/auth/session')).toHaveLength(1);
    expect(requested.filter((path) => /^\/assets\/new-case-page-/.test(path))).toHaveLength(1);
    await page.close();
  });
});
