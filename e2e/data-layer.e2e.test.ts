import type { Page, Request } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, triageByKeyboard, useBrowserApp } from './support/browser-app';

/** The reference reads, by the API path each is fetched from. */
const referencePaths = {
  categories: '/api/categories',
  branches: '/api/branches',
  channels: '/api/channels',
  guides: '/api/guides',
  flows: '/api/triage/flows',
} as const;
type ReferenceList = keyof typeof referencePaths;

/** Counts the GET requests for each reference list from now on. */
function countReferenceRequests(page: Page): Record<ReferenceList, number> {
  const counts: Record<ReferenceList, number> = { categories: 0, branches: 0, channels: 0, guides: 0, flows: 0 };
  page.on('request', (request: Request) => {
    if (request.method() !== 'GET') return;
    const { pathname } = new URL(request.url());
    for (const [list, path] of Object.entries(referencePaths)) {
      if (pathname === path || pathname.startsWith(`${path}/`)) counts[list as ReferenceList] += 1;
    }
  });
  return counts;
}

describeInBrowser('the web data layer', () => {
  const app = useBrowserApp();
  let page: Page;

  afterEach(() => page.close());

  it('loads the counter screen’s reference data once: answers, logging and the next visit fetch none again', async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    const counts = countReferenceRequests(page);
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.getByRole('link', { name: 'Ny henvendelse' }).click();
    await page.getByLabel('Find kategori').waitFor();

    // Digital Post: a letter with a deadline, a citizen who can do it with step-by-step explanation
    // (a deadline makes the visit urgent, not the help higher), nothing else in the way.
    await triageByKeyboard(page, 'dig', ['2', 'j', '2', '1']);
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
    const form = page.getByRole('form', { name: 'Log en henvendelse' });
    const levelGiven = (level: string) =>
      page.waitForFunction(
        (value) =>
          Array.from(document.querySelectorAll<HTMLInputElement>('input[name="levelGiven"]')).some(
            (radio) => radio.checked && radio.value === value,
          ),
        level,
      );
    await levelGiven('2');

    // Backspace takes answers back: two of them, then another answer to how much the citizen can do.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('1');
    await page.getByRole('heading', { name: /Niveau 1: Vejvisning/ }).waitFor();
    await levelGiven('1');

    // Another answer changes the recommendation, and the form starts again from it, in place.
    await page.getByRole('button', { name: /Kan selv, når du forklarer trin for trin/ }).click();
    await page.keyboard.press('1');
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
    await levelGiven('2');
    const formElement = await form.elementHandle();
    await page.getByRole('button', { name: /Klarer det alene med en vejledning/ }).click();
    await page.getByRole('heading', { name: /Niveau 1: Vejvisning/ }).waitFor();
    await levelGiven('1');
    expect(await formElement?.evaluate((element) => element.isConnected)).toBe(true);

    // Logging writes a case: that changes no reference list. The next visit starts at once.
    await page.keyboard.press('Control+Enter');
    await page.getByText('Henvendelsen er logget.').waitFor();

    // The next visit, in another category, and a detour to the case list and back.
    await page.getByLabel('Find kategori').waitFor();
    await triageByKeyboard(page, 'svind', ['2', 'n']);
    await page.getByRole('heading', { name: /Henvisning: MitID support/ }).waitFor();
    await form.waitFor();
    await menu.getByRole('link', { name: 'Sager' }).click();
    await page.getByText(/^[\d.]+ sager$/).waitFor();
    await menu.getByRole('link', { name: 'Ny henvendelse' }).click();
    // The visit under way comes back as it was left.
    await page.getByText('Fortsæt henvendelsen.').waitFor();
    await page.getByRole('heading', { name: /Henvisning: MitID support/ }).waitFor();

    // One request per list for the whole session, the guides' titles included.
    expect(counts).toEqual({ categories: 1, branches: 1, channels: 1, flows: 1, guides: 1 });
  });

  it('shows a page whose code cannot be downloaded in the app frame, and loads it on "Prøv igen"', async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    const pageCode = '**/assets/statistics-page-*.js';
    await page.route(pageCode, (route) => route.abort('internetdisconnected'));
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.getByRole('link', { name: 'Statistik' }).click();

    await page.getByRole('heading', { name: 'Der opstod en fejl', level: 1 }).waitFor();
    await page.getByText('Siden kunne ikke hentes. Tjek forbindelsen, og prøv igen.').waitFor();
    expect(await menu.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(true);

    await page.unroute(pageCode);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
  });

  it('shows an answer it cannot read in the app frame, and loads the page again on "Prøv igen"', async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    const caseList = '**/api/cases?*';
    await page.route(caseList, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '<html>not the API</html>' }),
    );
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await menu.getByRole('link', { name: 'Sager' }).click();

    await page.getByRole('heading', { name: 'Der opstod en fejl', level: 1 }).waitFor();
    await page.getByText(/Siden kunne ikke vises\. Prøv igen\./).waitFor();
    expect(await menu.isVisible()).toBe(true);

    await page.unroute(caseList);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByText(/^[\d.]+ sager$/).waitFor();
  });

  it('shows the server’s error where the list would be, and fetches it again on "Prøv igen"', async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    const caseList = '**/api/cases?*';
    const message = 'Digihjælp genstarter. Prøv igen om lidt.';
    await page.route(caseList, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message } }),
      }),
    );
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sager' }).click();

    // The page itself stays: its heading, and the alert in place of the list.
    await page.getByRole('heading', { name: 'Sager', level: 1 }).waitFor();
    await page.getByRole('alert').getByText(message).waitFor();

    await page.unroute(caseList);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByText(/^[\d.]+ sager$/).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
