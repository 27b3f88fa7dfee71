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

    const agreement = page.getByRole('table');
    await agreement.getByRole('cell', { name: '50 %' }).waitFor();
  });
});
