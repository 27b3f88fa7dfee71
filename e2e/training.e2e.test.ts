import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('training mode (Træning)', () => {
  const app = useBrowserApp();

  it('lets a trainee judge a scenario, shows the engine’s answer and why, and the lead sees the agreement rate', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Træning' }).click();

    await page.getByRole('button', { name: /Kan du ikke bare logge ind for mig/ }).click();
    await page.getByLabel('3: Sidemandshjælp').check();
    await page.getByLabel('MitID er personligt').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Anbefalingen er en anden. Læs begrundelsen herunder.').waitFor();
    await page.getByRole('heading', { name: 'Ikke tilladt' }).waitFor();
    await page.getByText(/Borgeren beder dig bruge deres MitID/).waitFor();

    await page.getByRole('button', { name: /Et brev om boligstøtte/ }).click();
    await page.getByLabel('2: Hjælp til selvhjælp').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Du var enig med anbefalingen.').waitFor();

    const agreement = page.getByRole('region', { name: 'Enighed med anbefalingen pr. medarbejder' });
    await agreement.getByRole('cell', { name: '50 %' }).waitFor();
  });

  it('keeps a trainee’s own progress and badges after a reload', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    await page.goto(`${app.server.baseUrl}/traening`);
    const progress = page.getByRole('region', { name: 'Din fremgang' });
    await progress.getByText('Du har ikke løst nogen træningscases endnu.', { exact: false }).waitFor();

    await page.getByRole('button', { name: /Kan du ikke bare logge ind for mig/ }).click();
    await page.getByLabel('3: Sidemandshjælp').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Anbefalingen er en anden. Læs begrundelsen herunder.').waitFor();
    await page.getByRole('button', { name: /Et brev om boligstøtte/ }).click();
    await page.getByLabel('2: Hjælp til selvhjælp').check();
    await page.getByRole('button', { name: 'Se anbefalingen' }).click();
    await page.getByText('Du var enig med anbefalingen.').waitFor();

    await page.reload();
    // Each figure is a term and its value.
    const figure = (name: string) =>
      progress.locator('dl div', { has: page.locator(`dt:text-is("${name}")`) }).locator('dd');
    await figure('Forsøg').waitFor();
    expect(await figure('Forsøg').innerText()).toBe('2');
    expect((await figure('Enighed').innerText()).replace(/\s/g, ' ')).toBe('50 %');
    expect(Number(await figure('Juridiske noter overset').innerText())).toBeGreaterThan(0);
    await progress.getByRole('heading', { name: 'Noter, du oftest overser' }).waitFor();
    await progress.getByText('MitID er personligt', { exact: false }).waitFor();
    await progress.getByRole('heading', { name: 'Her er du mindst enig med anbefalingen' }).waitFor();
    await progress.getByRole('table', { name: 'Dine forsøg måned for måned' }).waitFor();
    const list = page.getByRole('navigation', { name: 'Træningscases' });
    expect(await list.getByRole('button', { name: /Kan du ikke bare logge ind for mig/ }).innerText()).toContain(
      'Uenig',
    );
    expect(await list.getByRole('button', { name: /Et brev om boligstøtte/ }).innerText()).toContain('Enig');
    // A counter worker sees their own progress, not the team's.
    expect(await page.getByRole('region', { name: 'Holdets træning måned for måned' }).count()).toBe(0);
  });
});
