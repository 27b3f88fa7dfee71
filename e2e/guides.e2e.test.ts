import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('guides at the counter', () => {
  const app = useBrowserApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // One context for the whole file, so the handout's tab shares the login like the print button's tab.
    context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
  });

  it('finds a guide while typing, with a typo, and opens it from the keyboard', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Vejledninger' }).click();
    await page.getByLabel('Søg').fill('glemt kode mitd');
    const firstResult = page.locator('.guide-result__link').first();
    await page.waitForFunction(() =>
      document.querySelector('.guide-result__link')?.textContent?.startsWith('Glemt MitID'),
    );
    await page.getByLabel('Søg').press('ArrowDown');
    expect(await firstResult.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Glemt MitID-adgangskode/ }).waitFor();

    // The guide page: steps, the staff-only boxes, sources, related guides and the handout button.
    await page.getByText('Må ikke', { exact: true }).waitFor();
    await page.getByText('Sig til borgeren', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Kilder' }).waitFor();
    await page.getByRole('heading', { name: 'Relaterede vejledninger' }).waitFor();
    expect(await page.getByRole('link', { name: /Udskriv til borgeren/ }).getAttribute('href')).toBe(
      '/guides/mitid-glemt-adgangskode/handout?print=1',
    );
  });

  it('confirms reading the current version', async () => {
    await page.getByRole('button', { name: 'Jeg har læst denne version' }).click();
    await page.getByText('Du har bekræftet, at du har læst version 1.').waitFor();
  });

  it('prints an easy-read handout without the staff-only boxes', async () => {
    const print = await context.newPage();
    await print.goto(`${app.server.baseUrl}/guides/mitid-app-aktivering/handout`);
    await print.getByRole('heading', { level: 1 }).waitFor();
    const text = await print.locator('body').innerText();
    expect(text).toContain('Næstved Bibliotek og Borgerservice');
    expect(text).toContain('Scan koden med telefonens kamera');
    expect(text).not.toMatch(/Sig til borgeren|Må ikke/);
    expect(await print.locator('svg.qr').count()).toBe(1);
    await print.close();
  });

  it('a proposal goes to the lead’s review queue and back to the sender with the decision', async () => {
    await page.goto(`${app.server.baseUrl}/vejledninger/mitid-glemt-adgangskode`);
    await page.getByRole('link', { name: 'Redigér' }).click();
    await page.getByText('Dit forslag sendes til en teamleder', { exact: false }).waitFor();
    await page.getByLabel('Resumé').fill('Nulstil koden i MitID-appen, eller bestil en ny på MitID.dk.');
    await page.getByLabel('Hvad har du ændret? (valgfri)').fill('Kortere resumé');
    await page.getByRole('button', { name: 'Send forslag' }).click();
    await page.getByRole('status').getByText('Tak, dit forslag er sendt til en teamleder.', { exact: false }).waitFor();
    await page.goto(`${app.server.baseUrl}/`);
    const mine = page.getByRole('region', { name: 'Dine forslag' });
    await mine.getByText('Venter på en teamleder').waitFor();

    const lead = await (await app.browser.newContext()).newPage();
    await signIn(lead, app.server.baseUrl, 'leder');
    const queue = lead.getByRole('region', { name: 'Til gennemsyn: 1 forslag til ændring' });
    await queue.getByText('Forslag fra Sanne Skranke', { exact: false }).waitFor();
    await queue.getByRole('link', { name: /Glemt MitID-adgangskode/ }).click();
    await lead.getByRole('heading', { level: 1, name: /Glemt MitID-adgangskode/ }).waitFor();
    const proposal = lead.getByRole('article', { name: 'Forslag fra Sanne Skranke' });
    await proposal.getByText('Kortere resumé').waitFor();
    // The same queue is on the guide list's "Til gennemsyn" view.
    await lead.goto(`${app.server.baseUrl}/vejledninger?vis=in_review`);
    await lead.getByRole('heading', { name: 'Til gennemsyn: 1 forslag til ændring' }).waitFor();
    await lead.goBack();
    await proposal.getByRole('button', { name: 'Godkend forslaget' }).click();
    await lead.getByText('Nulstil koden i MitID-appen, eller bestil en ny på MitID.dk.').first().waitFor();
    await lead.goto(`${app.server.baseUrl}/`);
    await lead.getByRole('heading', { name: 'Til gennemsyn: 0 forslag til ændringer' }).waitFor();
    await lead.getByText('Ingen forslag venter.').waitFor();

    await page.reload();
    await mine.getByText(/Godkendt af Lars Leder/).waitFor();
  });
});
