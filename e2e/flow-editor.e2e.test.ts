import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('the flow editor (Triageflows)', () => {
  const app = useBrowserApp();

  it('previews a flow, refuses a dead end with the problem named, and saves a sound edit as a new version', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Triageflows' }).click();
    await page.getByLabel('Kategori', { exact: true }).selectOption('source-criticism');
    const preview = page.locator('.flow-preview');
    await preview.getByRole('button', { name: /Borgeren vil lære/ }).click();
    await preview.getByRole('button', { name: /Klarer det alene/ }).click();
    await preview.getByRole('heading', { name: /Niveau 1: Vejvisning/ }).waitFor();

    // Turning the level-1 rule into a note leaves visits without a recommendation.
    const rule = page.getByRole('group', { name: 'Regel 3: alene' });
    await rule.getByLabel('Resultat').selectOption('note');
    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByText(/Blindgyde: ingen regel giver en anbefaling i 3 forløb/).waitFor();
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    await page.getByText(/består ikke kontrollen/).waitFor();

    // Signposting (1) → guided self-help (2) passes, and is saved as version 2.
    await rule.getByLabel('Resultat').selectOption('level');
    await rule.getByLabel('Hjælpeniveau', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Gem ny version' }).click();
    await page.getByText('Gemt som version 2.').waitFor();
    await page.getByText('Versionshistorik').click();
    await page.getByRole('button', { name: 'Åbn version 1' }).waitFor();
    await page.getByRole('button', { name: 'Åbn version 2' }).waitFor();
    await preview.getByRole('button', { name: /Borgeren vil lære/ }).click();
    await preview.getByRole('button', { name: /Klarer det alene/ }).click();
    await preview.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
  });

  it('names a problem in words, focuses its field, and jumps to any question or rule from the outline', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    await page.goto(`${app.server.baseUrl}/flows`);
    await page.getByLabel('Kategori', { exact: true }).selectOption('source-criticism');
    const firstQuestion = page.getByRole('group', { name: /^Spørgsmål 1:/ });
    await firstQuestion.getByLabel('Spørgsmål', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Kontrollér' }).click();

    const problems = page.getByRole('alert').filter({ hasText: 'består ikke kontrollen' });
    await problems.getByRole('link', { name: 'Spørgsmål 1: teksten mangler' }).waitFor();
    expect(await problems.innerText()).not.toContain('questions.0');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return { label: active?.labels?.[0]?.textContent, section: active?.closest('details')?.id };
    });
    expect(focused).toEqual({ label: 'Spørgsmål', section: 'flow-question-1' });

    // Folded away, a rule is one click from the outline: it opens and takes focus.
    const outline = page.getByRole('navigation', { name: 'Oversigt over flowet' });
    await outline.getByRole('button', { name: 'Fold alle sammen' }).click();
    expect(await page.getByRole('group', { name: /^Regel 3:/ }).isVisible()).toBe(false);
    await outline.getByRole('link', { name: /^Regel 3:/ }).click();
    await page
      .getByRole('group', { name: /^Regel 3:/ })
      .getByLabel('Resultat')
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Regel 3:/);
  });
});
