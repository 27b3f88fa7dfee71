import fs from 'node:fs';
import { caseEndpoints, guideEndpoints } from '@digihjaelp/contract';
import type { Page } from 'playwright-core';
import { demoAccounts } from '../apps/api/src/features/demo/demo-accounts';
import { pathTo, routes } from '../apps/web/src/routes';
import { describeInBrowser } from './support/browser';
import { signIn, useBrowserApp } from './support/browser-app';

/** axe-core, run in the page by the test (the app's CSP rightly refuses an injected script tag). */
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const wcag21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Waits for the page to settle (its data loaded, no "Indlæser …"), then lists axe's WCAG 2.1 A/AA violations. */
async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator('#indhold h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached' });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: Violation[];
    };
    return result.violations;
  }, wcag21AA);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}`),
  );
}

type RouteName = keyof typeof routes;

/** Pages worth a second look in another state: the dashboard over a whole year of demo cases. */
const extraStates: Partial<Record<RouteName, string[]>> = {
  statistics: ['?period=last-12-months'],
};

/**
 * Every page of the web's route list, with its placeholders filled from the demo data. A new page
 * in routes.ts is checked from the day it lands; a new kind of placeholder fails here until it gets
 * a value.
 */
async function pageAddresses(page: Page, baseUrl: string): Promise<Map<string, string>> {
  const guides = (await (await page.request.get(`${baseUrl}${guideEndpoints.list.path}`)).json()) as {
    data: { slug: string }[];
  };
  const cases = (await (await page.request.get(`${baseUrl}${caseEndpoints.list.path}`)).json()) as {
    data: { id: string }[];
  };
  // Arabic: the translation editor at its most demanding (right to left beside the Danish).
  const values: Record<string, string | undefined> = {
    slug: guides.data[0]?.slug,
    id: cases.data[0]?.id,
    language: 'ar',
  };
  const addresses = new Map<string, string>();
  for (const name of Object.keys(routes) as RouteName[]) {
    const pattern: string = routes[name];
    if (name === 'login') continue; // signed in, the login page sends you on; it is checked signed out
    const path =
      pattern === '*'
        ? '/denne-side-findes-ikke'
        : pattern.replace(/:(\w+)/g, (_, param: string) => {
            const value = values[param];
            if (!value) throw new Error(`The accessibility walk has no value for :${param} (route ${name})`);
            return encodeURIComponent(value);
          });
    for (const state of ['', ...(extraStates[name] ?? [])]) addresses.set(`${name}${state}`, `${path}${state}`);
  }
  return addresses;
}

const languages = [
  { code: 'da', name: 'Danish' },
  { code: 'en', name: 'English' },
] as const;

describeInBrowser('accessibility: axe-core finds no WCAG 2.1 A/AA violation', () => {
  const app = useBrowserApp();

  describe.each(languages)('in $name', ({ code }) => {
    const newPage = async () => (await app.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    /** The app reads the chosen language from storage when a page loads, as after the language button. */
    const chooseLanguage = (page: Page) =>
      page.evaluate((language) => localStorage.setItem('digihjaelp.language', language), code);

    it('on the login page', async () => {
      const page = await newPage();
      await page.goto(`${app.server.baseUrl}${pathTo('login')}`);
      await chooseLanguage(page);
      expect(await violationsOn(page, `${app.server.baseUrl}${pathTo('login')}`)).toEqual([]);
      await page.context().close();
    });

    it.each(demoAccounts.map((account) => [account.role, account.username]))(
      'on every page a %s (%s) can open',
      async (_role, username) => {
        const page = await newPage();
        // signIn() finds the login form by its Danish labels, so the language is chosen after it.
        await signIn(page, app.server.baseUrl, username);
        await chooseLanguage(page);
        const found: Record<string, string[]> = {};
        for (const [name, path] of await pageAddresses(page, app.server.baseUrl)) {
          const violations = await violationsOn(page, `${app.server.baseUrl}${path}`);
          if (violations.length > 0) found[`${name} ${path}`] = violations;
        }
        expect(found).toEqual({});
        await page.context().close();
      },
      240_000,
    );
  });
});
