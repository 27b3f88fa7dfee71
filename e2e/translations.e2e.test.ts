import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { signIn, triageByKeyboard, useBrowserApp } from './support/browser-app';
import { readPdf } from './support/pdf';

/** With NOTES_DIR set, the screenshots and the printed PDF are kept there for a person to look at. */
const notesDir = process.env.NOTES_DIR;
const slug = 'mitid-app-aktivering';

async function keep(page: Page, name: string, { pdf, fullPage = true }: { pdf?: Buffer; fullPage?: boolean } = {}) {
  if (!notesDir) return;
  await fs.mkdir(notesDir, { recursive: true });
  if (pdf) await fs.writeFile(path.join(notesDir, name), pdf);
  else await page.screenshot({ path: path.join(notesDir, name), fullPage });
}

describeInBrowser('help in the citizen’s language', () => {
  const app = useBrowserApp();
  let page: Page;

  beforeEach(async () => {
    page = await app.browser.newPage();
    await signIn(page, app.server.baseUrl, 'skranke');
    await page.goto(`${app.server.baseUrl}/henvendelse`);
    await page.getByLabel('Find kategori').waitFor();
    // A citizen who reads Danish poorly and can set up the MitID app with step-by-step help.
    await triageByKeyboard(page, 'oprettelse', ['1', '2', '2']);
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
  });
  afterEach(() => page.close());

  it('opens a recommended guide’s Arabic handout from the counter, right to left, and prints it on at most 2 A4 pages', async () => {
    const arabic = page.locator(`a[href="/guides/${slug}/handout?lang=ar"]`);
    expect(await arabic.innerText()).toBe('العربية');
    expect(await page.locator('.guide-links').innerText()).toMatch(/English · Українська · العربية/);

    await arabic.click();
    await page.waitForURL(`**/guides/${slug}/handout?lang=ar`);
    const handout = page;
    expect(await handout.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await handout.getByRole('heading', { level: 1, name: 'كيف تُفعِّل تطبيق MitID' }).waitFor();
    // Right to left: the step numbers stand at the right edge of their items, the QR code left of the title.
    const layout = await handout.evaluate(() => {
      const item = document.querySelector('.guide-block--steps li') as HTMLElement;
      const number = getComputedStyle(item, '::before');
      const title = document.querySelector('h1')!.getBoundingClientRect();
      const qr = document.querySelector('.qr')!.getBoundingClientRect();
      return { numberRight: number.right, qrLeftOfTitle: qr.right <= title.left };
    });
    expect(layout).toMatchObject({ numberRight: '0px', qrLeftOfTitle: true });
    await handout.emulateMedia({ media: 'print' });
    await keep(handout, 'arabic-handout.png');
    const pdf = await handout.pdf({ format: 'A4', outline: true, tagged: true, printBackground: true });
    await keep(handout, 'arabic-handout.pdf', { pdf });
    const printed = readPdf(pdf);
    expect(printed.pages).toBeGreaterThanOrEqual(1);
    expect(printed.pages).toBeLessThanOrEqual(2);
    expect(printed.headings.filter((heading) => heading.page === 1).map((heading) => heading.title)).toEqual(
      expect.arrayContaining(['اقرأ المزيد']),
    );
  });

  it('shows a card in Ukrainian with one key, and Esc returns to the same visit', async () => {
    await page.keyboard.press('v');
    const card = page.getByRole('dialog', { name: 'Vis til borgeren' });
    await card.waitFor();
    await page.keyboard.press('2');
    const sentence = card.locator('.citizen-card__sentence');
    expect(await sentence.getAttribute('lang')).toBe('uk');
    expect(await sentence.innerText()).toBe(
      'Мені не можна бачити або вводити ваш код. Ви вводите його самі, а я дивлюся вбік.',
    );
    await card.getByRole('button', { name: 'Tag pas eller kørekort med.' }).click();
    expect(await sentence.innerText()).toBe('Візьміть із собою паспорт або посвідчення водія.');
    const box = await sentence.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    // The card covers the screen, so the screen is what the citizen sees.
    await keep(page, 'card-ukrainian.png', { fullPage: false });

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // The same visit: the category, the answers and the recommendation are still there.
    await page.getByRole('heading', { name: /Niveau 2: Hjælp til selvhjælp/ }).waitFor();
    expect(await page.locator('.chosen-category').innerText()).toMatch(/MitID: oprettelse og aktivering/);
    expect(await page.getByRole('button', { name: 'Afslut og log' }).isVisible()).toBe(true);
  });

  it('marks a translation stale when the Danish text changes, and the handout says so in Arabic', async () => {
    const lead = await app.browser.newPage();
    await signIn(lead, app.server.baseUrl, 'leder');
    const changed = await lead.evaluate(async (guideSlug) => {
      const me = await (await fetch('/api/auth/me')).json();
      const { data: guide } = await (await fetch(`/api/guides/${guideSlug}`)).json();
      const { title, summary, body, categoryKey, tags, audience, sources, reviewBy, related, version } = guide;
      const response = await fetch(`/api/guides/${guideSlug}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({
          ...{ title, summary, categoryKey, tags, audience, sources, reviewBy, related, version },
          body: body.replace('Den er gratis.', 'Den er gratis. Den virker også på en tablet.'),
        }),
      });
      return response.status;
    }, slug);
    expect(changed).toBe(200);

    await lead.goto(`${app.server.baseUrl}/guides/${slug}/handout?lang=ar`);
    const notice = lead.locator('.stale');
    expect(await notice.innerText()).toMatch(/تم تحديث النسخة الدنماركية/);
    expect(await lead.getByRole('link', { name: 'Dansk udgave' }).getAttribute('href')).toBe(`/guides/${slug}/handout`);
    await keep(lead, 'stale-notice.png');

    // The guide page marks it "forældet"; the editor shows the Danish change beside the translation.
    await lead.goto(`${app.server.baseUrl}/vejledninger/${slug}`);
    await lead.getByRole('heading', { name: 'Oversættelser til borgeren' }).waitFor();
    await lead.getByText('forældet').first().waitFor();
    await lead
      .getByRole('link', { name: /العربية/ })
      .last()
      .click();
    await lead.getByRole('heading', { name: /Ændret på dansk siden version/ }).waitFor();
    expect(await lead.locator('ins').first().innerText()).toMatch(/Den virker også på en tablet/);
    await keep(lead, 'stale-editor.png');
    await lead.close();
  });

  it('lets a lead change a card’s sentence, which the counter then shows', async () => {
    const lead = await app.browser.newPage();
    await signIn(lead, app.server.baseUrl, 'leder');
    await lead.goto(`${app.server.baseUrl}/vejledninger`);
    await lead.getByRole('link', { name: /Kort til borgeren/ }).click();
    const card = lead.getByRole('form', { name: 'Vent venligst her.' });
    await card.getByLabel('English (engelsk)').fill('Please wait here. We will call you.');
    await card.getByRole('button', { name: 'Gem kortet' }).click();
    await card.getByText('Kortet er gemt (version 2).').waitFor();
    await lead.close();

    // The visit from the test before comes back after the reload; the cards are there during a visit too.
    await page.reload();
    await page.getByRole('button', { name: 'Vis til borgeren (V)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vis til borgeren' });
    await dialog.getByRole('button', { name: 'Vent venligst her.' }).click();
    await dialog.getByRole('button', { name: '1. English' }).click();
    expect(await dialog.locator('.citizen-card__sentence').innerText()).toBe('Please wait here. We will call you.');
    await dialog.getByRole('button', { name: 'Tilbage til henvendelsen (Esc)' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
