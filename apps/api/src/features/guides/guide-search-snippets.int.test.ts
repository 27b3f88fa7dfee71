import { guideEndpoints } from '@digihjaelp/contract';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let staff: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  staff = await signInAs(testApp, 'lead');
});
afterAll(() => testApp.close());

const search = async (query: Record<string, string>) =>
  (await staff.call(guideEndpoints.list, { query }).expect(200)).body as {
    data: { slug: string; snippet: string | null }[];
  };

describe('GET /api/guides?q= quotes the sentence that has the words', () => {
  const filler = (count: number) =>
    Array.from({ length: count }, (_, index) => `Afsnit ${index + 1} handler om noget helt andet end det søgte.`);
  const longGuide = {
    slug: 'lang-vejledning-sundhedskort',
    title: 'Lang vejledning om kortet',
    summary: 'Mange afsnit før det vigtige.',
    body: [
      ...filler(30),
      'Det gule sundhedskort bestilles på borger.dk.',
      'Kortet kommer med posten.',
      ...filler(10),
      'Et sundhedskort, der mistes, spærres ikke.',
    ].join(' '),
    categoryKey: 'other',
    tags: [],
    audience: 'staff' as const,
    sources: [],
    reviewBy: '2099-12-31',
    related: [],
  };
  beforeAll(async () => {
    await buildGuide(testApp.dataSource, staff.user, longGuide);
  });
  const snippetOf = async (q: string) =>
    (await search({ q })).data.find((guide) => guide.slug === longGuide.slug)?.snippet;

  it('however deep in the body, with the word marked and the next sentence after it', async () => {
    const snippet = await snippetOf('sundhedskort');
    expect(snippet).toContain('<mark>sundhedskort</mark> bestilles på borger.dk.');
    expect(snippet).toContain('Kortet kommer med posten.');
  });

  it('marks a typo by the word it was corrected to, and a half-typed word by its beginning', async () => {
    expect(await snippetOf('sundhedskrot')).toContain('<mark>sundhedskort</mark>');
    expect(await snippetOf('sundheds')).toContain('<mark>sundhedskort</mark>');
  });

  it('prefers the sentence with all the words, and quotes the beginning when only the title matches', async () => {
    expect(await snippetOf('sundhedskort mistes')).toContain('<mark>sundhedskort</mark>, der <mark>mistes</mark>');
    expect(await snippetOf('lang vejledning')).toMatch(/^Afsnit 1 handler om noget/);
  });

  it('follows an edit of the body at once', async () => {
    const body = `${filler(5).join(' ')} Nu bestilles det blå sundhedskort på borger.dk.`;
    await staff
      .call(guideEndpoints.update, { params: { slug: longGuide.slug }, body: { ...longGuide, body, version: 1 } })
      .expect(200);
    expect(await snippetOf('sundhedskort')).toContain('det blå <mark>sundhedskort</mark> på borger.dk.');
  });
});
