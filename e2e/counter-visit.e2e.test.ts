import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, triageByKeyboard, useBrowserApp } from './support/browser-app';

/**
 * One visit at the counter, end to end, by keyboard: logged once however often save is pressed,
 * never lost to a guide, Back, a reload or an expired session.
 */
describeInBrowser('the counter visit', () => {
  const app = useBrowserApp();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    await page.goto(`${app.server.baseUrl}/henvendelse`);
    await page.getByLabel('Find kategori').waitFor();
  });
  afterEach(() => context.close());

  /** The signed-in worker's own cases, as the API counts them. */
  const ownCases = () =>
    page.evaluate(async () => {
      const response = await fetch('/api/cases?pageSize=1', { headers: { Accept: 'application/json' } });
      return ((await response.json()) as { page: { total: number } }).page.total;
    });
  const focusedLabel = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.id ? document.querySelector(`label[for="${focused.id}"]`)?.textContent : undefined;
    });
  const pressedAnswers = () => page.locator('.answer-button[aria-pressed="true"]').allInnerTexts();
  const storedVisit = () =>
    page.evaluate(() => JSON.parse(sessionStorage.getItem('digihjaelp.counter-visit') ?? 'null') as unknown);

  /** A forgotten MitID password, found from the citizen's words: 5 answers, level 2. */
  async function forgottenPassword() {
    await triageByKeyboard(page, 'glemt kode', ['1', 'n', '2', '1']);
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
    await page.getByRole('button', { name: 'Afslut og log' }).waitFor();
  }

  it('saves with Ctrl+Enter, confirms inside the viewport, and has the next visit ready', async () => {
    const before = await ownCases();
    await forgottenPassword();
    const firstVisit = (await storedVisit()) as { startedAt: string };
    await page.keyboard.press('Control+Enter');

    const confirmation = page.getByRole('status').filter({ hasText: 'Henvendelsen er logget.' });
    await confirmation.waitFor();
    const box = await confirmation.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    expect(await page.getByRole('link', { name: 'Se sagen' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Ret sagen' }).isVisible()).toBe(true);
    expect(await ownCases()).toBe(before + 1);

    // The next visit: focus in the category field, nothing stored, and a clock that starts again.
    expect(await focusedLabel()).toBe('Find kategori');
    expect(await storedVisit()).toBeNull();

    // "Ret sagen" leads to the saved case, with its form for corrections; Back to the counter.
    await page.getByRole('link', { name: 'Ret sagen' }).click();
    await page.getByRole('heading', { name: 'Ret sagen' }).waitFor();
    await page.goBack();
    // After a navigation focus is on the page's heading (for screen readers); the worker goes to the field.
    await page.getByLabel('Find kategori').focus();

    // The next visit has a clock of its own, and the confirmation gives way to it.
    await triageByKeyboard(page, 'sms', ['2']);
    await page.getByText('Har borgeren også givet CPR-nummer').waitFor();
    const secondVisit = (await storedVisit()) as { startedAt: string };
    expect(Date.parse(secondVisit.startedAt)).toBeGreaterThan(Date.parse(firstVisit.startedAt));
    expect(await page.getByText('Henvendelsen er logget.').count()).toBe(0);
  });

  it('logs one case for a double Ctrl+Enter, and one for a request retried with the same key', async () => {
    const before = await ownCases();
    await forgottenPassword();
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.getByText('Henvendelsen er logget.').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await ownCases()).toBe(before + 1);

    // The first answer lost on the network: the same visit sent again finds the same case.
    await forgottenPassword();
    let dropped = false;
    await page.route('**/api/cases', async (route) => {
      if (route.request().method() !== 'POST' || dropped) return route.continue();
      dropped = true;
      // The server logs the visit, the worker never hears back.
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.keyboard.press('Control+Enter');
    await page.getByText('Der er ingen forbindelse til Digihjælp').waitFor();
    expect(await ownCases()).toBe(before + 2);
    const [retried] = await Promise.all([
      page.waitForResponse(
        (response) => response.url().endsWith('/api/cases') && response.request().method() === 'POST',
      ),
      page.keyboard.press('Control+Enter'),
    ]);
    expect(retried.status()).toBe(200);
    await page.getByLabel('Find kategori').waitFor();
    expect(await ownCases()).toBe(before + 2);
  });

  it('keeps the visit when a guide is opened from the recommendation, and after going back', async () => {
    await forgottenPassword();
    const answers = await pressedAnswers();
    expect(answers).toHaveLength(4);

    // The guide opens in a new tab; the counter stays as it was, and the guide is ticked as used.
    const guideLink = page.locator('.guide-links a:not(.guide-links__handout)').first();
    const guideTitle = (await guideLink.innerText()).replace(/\s*\(åbner i en ny fane\)$/, '');
    const [guideTab] = await Promise.all([context.waitForEvent('page'), guideLink.click()]);
    await guideTab.getByRole('heading', { level: 1 }).waitFor();
    await guideTab.close();
    expect(await pressedAnswers()).toEqual(answers);
    expect(await page.getByRole('checkbox', { name: guideTitle }).isChecked()).toBe(true);

    // Leaving in the same tab and coming Back returns to the same visit.
    await page.goto(`${app.server.baseUrl}/vejledninger`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.getByText('Fortsæt henvendelsen.').waitFor();
    expect(await pressedAnswers()).toEqual(answers);
    expect(await page.getByRole('checkbox', { name: guideTitle }).isChecked()).toBe(true);
  });

  it('restores the visit after a reload, and discards it only when asked', async () => {
    await forgottenPassword();
    const answers = await pressedAnswers();
    await page.getByText('Flere oplysninger (valgfrit)').click();
    await page.getByLabel('Note').fill('Kommer igen i morgen');
    // The draft is written once React has rendered the change; a reload in that moment loses the last keys.
    await page.waitForFunction(() =>
      sessionStorage.getItem('digihjaelp.counter-visit')?.includes('Kommer igen i morgen'),
    );
    await page.reload();
    await page.getByText('Fortsæt henvendelsen.').waitFor();
    expect(await pressedAnswers()).toEqual(answers);
    expect(await page.getByLabel('Note').inputValue()).toBe('Kommer igen i morgen');

    await page.getByRole('button', { name: 'Kassér henvendelsen' }).click();
    await page.getByLabel('Find kategori').waitFor();
    await page.reload();
    await page.getByLabel('Find kategori').waitFor();
    expect(await page.getByText('Fortsæt henvendelsen.').count()).toBe(0);
  });

  it('brings the same visit back after the session expired and the worker logged in again, then logs it once', async () => {
    const before = await ownCases();
    await forgottenPassword();
    const answers = await pressedAnswers();

    // The session ends (expired on the server): saving sends the worker to the login page.
    await context.clearCookies();
    await page.keyboard.press('Control+Enter');
    await page.getByLabel('Brugernavn').waitFor();
    await page.getByLabel('Brugernavn').fill('skranke');
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByLabel('Adgangskode').press('Enter');

    await page.getByText('Fortsæt henvendelsen.').waitFor();
    expect(await pressedAnswers()).toEqual(answers);
    await page.keyboard.press('Control+Enter');
    await page.getByText('Henvendelsen er logget.').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await ownCases()).toBe(before + 1);
  });
});
