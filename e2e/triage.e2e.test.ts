import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, triageByKeyboard, useBrowserApp } from './support/browser-app';

describeInBrowser('the counter screen (Ny henvendelse)', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeEach(async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    await page.goto(`${app.server.baseUrl}/henvendelse`);
    await page.getByLabel('Find kategori').waitFor();
  });
  afterEach(() => page.close());

  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

  it('goes from category to recommendation by keyboard alone, in at most 5 keys after the category', async () => {
    // The search field has focus: a few letters and Enter choose "Digital Post".
    await page.keyboard.type('dig');
    await page.keyboard.press('Enter');
    await page.getByText('Hvad har borgeren brug for?').waitFor();

    // A letter with a deadline tomorrow, a citizen who can do it with step-by-step help, nothing else: 4 keys.
    // The deadline makes the visit urgent; it does not raise the level.
    await page.keyboard.press('2');
    await page.keyboard.press('j');
    await page.keyboard.press('2');
    await page.keyboard.press('1');
    const headline = page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ });
    await headline.waitFor();
    expect(await focusedText()).toMatch(/Haster\s*Niveau 2: Hjælp til selvhjælp/);
    await page.getByRole('heading', { name: 'Du må ikke' }).waitFor();
    // The legal notes follow the decision, folded, and open on a click.
    await page.getByText(/^Juridiske noter/).click();
    await page.getByText('Digital Post har samme retsvirkning som papirpost').waitFor();
    // Guides by title, opening in a new tab so the visit stays on screen.
    const guide = page.getByRole('link', {
      name: 'Breve med frister: Digital Post gælder som papirpost (åbner i en ny fane)',
      exact: true,
    });
    expect(await guide.getAttribute('href')).toBe('/vejledninger/digital-post-frister');
    expect(await guide.getAttribute('target')).toBe('_blank');
    expect(
      await page
        .getByRole('link', { name: /^Udlevering til borgeren: Breve med frister: Digital Post gælder som papirpost/ })
        .getAttribute('href'),
    ).toBe('/guides/digital-post-frister/handout');

    // Backspace takes back the last answers; a different answer updates the recommendation at once.
    await page.keyboard.press('Backspace');
    await headline.waitFor({ state: 'detached' });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('1');
    await page.getByRole('heading', { name: /Niveau 1: Vejvisning/ }).waitFor();

    // Esc starts a new visit: fraud with MitID details given away is urgent, to MitID support.
    await page.keyboard.press('Escape');
    await page.keyboard.type('svind');
    await page.keyboard.press('Enter');
    await page.keyboard.press('2');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: /Haster\s*Henvisning: MitID support/ }).waitFor();
    await page.getByText('Anmeld på politi.dk', { exact: false }).waitFor();
  });

  it('logs the visit by keyboard alone: one key (Ctrl+Enter) after the recommendation', async () => {
    await triageByKeyboard(page, 'dig', ['2', 'j', '2', '1']);
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
    // The finish step appears under the recommendation once its branches and channels have loaded.
    await page.getByRole('button', { name: 'Afslut og log' }).waitFor();

    await page.keyboard.press('Control+Enter');
    await page.getByText('Henvendelsen er logget.').waitFor();
    await page.getByRole('link', { name: 'Se sagen' }).click();
    const facts = await page.locator('.case-facts').innerText();
    expect(facts).toMatch(/2 · Hjælp til selvhjælp/);
    expect(facts).toMatch(/Digital Post/);
  });

  it('works by mouse too: refuses a request to use the citizen’s MitID, updates live, and logs the visit', async () => {
    await page.getByRole('button', { name: /^Digital Post/ }).click();
    await page.getByRole('button', { name: /Læse eller finde sin post/ }).click();
    await page.getByRole('button', { name: /Vil have, at du logger ind/ }).click();
    await page.getByRole('heading', { name: 'Ikke tilladt' }).waitFor();
    await page.getByRole('heading', { name: 'Tilbyd i stedet' }).waitFor();
    await page.getByText(/Niveau 4: Varig løsning:/).waitFor();

    // Changing an earlier answer by mouse updates the recommendation live.
    await page.getByRole('button', { name: /Kan selv, når du forklarer/ }).click();
    await page.getByRole('button', { name: /Nej$/ }).click();
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();

    // "Afslut og log": the case log form under the recommendation saves the visit with its triage.
    await page.getByRole('button', { name: 'Afslut og log' }).click();
    await page.getByText('Henvendelsen er logget.').waitFor();
    await page.getByRole('link', { name: 'Se sagen' }).click();
    expect(await page.locator('.case-facts').innerText()).toMatch(/2 · Hjælp til selvhjælp/);
  });
});
