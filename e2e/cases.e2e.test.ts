import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

describeInBrowser('the case log', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeEach(async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
  });
  afterEach(() => page.close());

  it('logs a visit by keyboard alone: pick the category, then Ctrl+Enter', async () => {
    await page.goto(`${app.server.baseUrl}/sager/ny`);
    const category = page.getByLabel('Kategori', { exact: true });
    await category.focus();
    await page.keyboard.type('Digital Post');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Henvendelsen er logget.').waitFor();

    await page.getByRole('link', { name: 'Se sagen' }).click();
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    const facts = page.locator('.case-facts');
    expect(await facts.innerText()).toMatch(/Digital Post/);
    expect(await facts.innerText()).toMatch(/2 · Hjælp til selvhjælp/);
    expect(await facts.innerText()).toMatch(/Løst/);
    expect(await facts.innerText()).toMatch(/Hovedbiblioteket/);
    await page.getByText('Logget af Sanne Skranke').waitFor();
  });

  it('refuses a note with a CPR number as it is typed, and saves nothing', async () => {
    await page.goto(`${app.server.baseUrl}/sager`);
    const countBefore = await page.getByText(/^[\d.]+ sager$/).innerText();
    await page.goto(`${app.server.baseUrl}/sager/ny`);
    await page.getByLabel('Kategori', { exact: true }).selectOption('tax');
    await page.getByText('Flere oplysninger (valgfrit)').click();
    await page.getByLabel('Note', { exact: true }).fill('cpr 010190-1234');
    await page
      .getByText(/Noter må ikke indeholde CPR-numre/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Afslut og log' }).click();
    await page
      .getByRole('alert')
      .getByText(/Noter må ikke indeholde CPR-numre/)
      .waitFor();
    await page.goto(`${app.server.baseUrl}/sager`);
    expect(await page.getByText(/^[\d.]+ sager$/).innerText()).toBe(countBefore);
  });

  it('lets a lead find a case by the words in its note, with the other filters', async () => {
    await page.goto(`${app.server.baseUrl}/sager/ny`);
    await page.getByLabel('Kategori', { exact: true }).selectOption('tax');
    await page.getByText('Flere oplysninger (valgfrit)').click();
    await page.getByLabel('Note', { exact: true }).fill('Ønskede hjælp til forskudsopgørelsen med kørselsfradrag');
    await page.getByRole('button', { name: 'Afslut og log' }).click();
    await page.getByText('Henvendelsen er logget.').waitFor();

    const lead = await app.browser.newPage();
    await signIn(lead, app.server.baseUrl, 'leder');
    await lead.goto(`${app.server.baseUrl}/sager`);
    await lead.getByLabel('Søg i noter').fill('KØRSELSFRADRAG');
    await lead.getByLabel('Udfald').selectOption('solved');
    await lead.getByRole('button', { name: 'Vis sager' }).click();
    await lead.getByText('1 sager', { exact: true }).waitFor();
    expect(lead.url()).toContain('q=K%C3%98RSELSFRADRAG');
    const rows = lead.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).innerText()).toMatch(/Sanne Skranke/);
    await lead.close();
  });
});
