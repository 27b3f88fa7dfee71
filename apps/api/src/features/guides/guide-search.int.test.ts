import { guideEndpoints } from '@digihjaelp/contract';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let staff: SignedIn;

beforeAll(async () => {
  testApp = await startTestApp();
  staff = await signInAs(testApp, 'lead');
  const author = staff.user;
  const guide = (overrides: Parameters<typeof buildGuide>[2]) => buildGuide(testApp.dataSource, author, overrides);
  await guide({
    slug: 'fritagelse-digital-post',
    title: 'Fritagelse for Digital Post',
    summary: 'Hvornår en borger kan fritages, og hvordan der søges.',
    body: 'Kommunen træffer afgørelse om fritagelse. Borgeren behøver ikke sige hvilken grund der gælder.',
    categoryKey: 'exemptions',
    tags: ['digital post'],
  });
  await guide({
    slug: 'mitid-glemt-adgangskode',
    title: 'Glemt MitID-adgangskode',
    summary: 'Sådan får borgeren en ny adgangskode til MitID.',
    body: 'Har borgeren glemt sin kode, vælger borgeren "Glemt adgangskode" i MitID-appen. Kig væk, mens borgeren taster.',
    categoryKey: 'mitid-login',
    tags: ['mitid', 'glemt kode'],
  });
  await guide({
    slug: 'mitid-kodeviser',
    title: 'Kodeviser til MitID',
    summary: 'En lille dims, der viser en engangskode.',
    body: 'Kodeviseren bestilles hos Borgerservice.',
    categoryKey: 'mitid-alternatives',
    tags: ['mitid'],
  });
  await guide({
    slug: 'digital-fuldmagt',
    title: 'Digital fuldmagt',
    summary: 'En borger giver en anden lov til at handle på sine vegne.',
    body: 'Fuldmagtshaveren bruger sit eget MitID. Ikke alle myndigheder understøtter fuldmagt; en kodeviser hjælper ikke her.',
    categoryKey: 'power-of-attorney',
    tags: ['fuldmagt'],
  });
  await guide({
    slug: 'phishing-kend-tegnene',
    title: 'Kend tegnene på phishing',
    summary: 'Falske sms’er og mails, der beder om MitID.',
    body: 'Myndigheder beder aldrig om din MitID-kode i en sms. <script>alert(1)</script> er et eksempel på kode i en mail.',
    categoryKey: 'fraud',
    audience: 'citizen',
    tags: ['sms', 'svindel'],
  });
  await guide({ slug: 'mitid-kladde', title: 'MitID i kladde', categoryKey: 'mitid-login', status: 'draft' });
  await guide({
    slug: 'mitid-arkiv',
    title: 'Gammel MitID-vejledning',
    categoryKey: 'mitid-login',
    status: 'archived',
  });
});
afterAll(() => testApp.close());

async function search(query: Record<string, string | number> = {}) {
  const response = await staff.call(guideEndpoints.list, { query }).expect(200);
  return response.body as {
    data: { slug: string; snippet: string | null; needsReview: boolean; categoryKey: string }[];
    page: { total: number };
  };
}
const slugs = async (query?: Record<string, string | number>) => (await search(query)).data.map((guide) => guide.slug);

describe('GET /api/guides?q= understands Danish', () => {
  it('matches word forms: "fritagelser" finds "fritagelse"', async () => {
    expect((await slugs({ q: 'fritagelser' }))[0]).toBe('fritagelse-digital-post');
    expect((await slugs({ q: 'digital post fritagelse' }))[0]).toBe('fritagelse-digital-post');
  });

  it('"glemt kode mitid" puts the forgotten-password guide first', async () => {
    expect((await slugs({ q: 'glemt kode mitid' }))[0]).toBe('mitid-glemt-adgangskode');
  });

  it('tolerates typos: "mitd" and "fuldmat"', async () => {
    expect(await slugs({ q: 'mitd' })).toEqual(expect.arrayContaining(['mitid-glemt-adgangskode', 'mitid-kodeviser']));
    expect((await slugs({ q: 'fuldmat' }))[0]).toBe('digital-fuldmagt');
  });

  it('follows the typing: a half-written last word is a prefix', async () => {
    expect((await slugs({ q: 'fuldm' }))[0]).toBe('digital-fuldmagt');
    expect((await slugs({ q: 'kodevis' }))[0]).toBe('mitid-kodeviser');
  });

  it('weighs the title above the body', async () => {
    // Both mention "kodeviser"; only one has it in its title.
    const found = await slugs({ q: 'kodeviser' });
    expect(found.indexOf('mitid-kodeviser')).toBeLessThan(found.indexOf('digital-fuldmagt'));
    expect(found).toContain('digital-fuldmagt');
  });

  it('quotes the body with the words marked, as escaped HTML', async () => {
    const [first] = (await search({ q: 'glemt kode' })).data;
    expect(first?.snippet).toContain('<mark>glemt</mark>');
    const [phishing] = (await search({ q: 'eksempel mail' })).data;
    expect(phishing?.snippet).toContain('script&gt;');
    expect(phishing?.snippet?.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('finds nothing for words that are nowhere, and ignores query syntax', async () => {
    expect((await search({ q: 'zebrafodring' })).data).toEqual([]);
    expect((await search({ q: "!:* & | ' ( ) <->" })).data.length).toBeGreaterThan(0);
  });
});

describe('GET /api/guides filters', () => {
  it('shows published guides unless a status is asked for', async () => {
    const all = await slugs();
    expect(all).toHaveLength(5);
    expect(all).not.toContain('mitid-kladde');
    expect(await slugs({ status: 'draft' })).toEqual(['mitid-kladde']);
    expect(await slugs({ status: 'archived', q: 'mitid' })).toEqual(['mitid-arkiv']);
  });

  it('by category, tag and audience, also together with a search', async () => {
    expect(await slugs({ category: 'exemptions' })).toEqual(['fritagelse-digital-post']);
    expect((await slugs({ tag: 'mitid' })).sort()).toEqual(['mitid-glemt-adgangskode', 'mitid-kodeviser']);
    expect(await slugs({ audience: 'citizen' })).toEqual(['phishing-kend-tegnene']);
    expect(await slugs({ q: 'mitid', category: 'mitid-alternatives' })).toEqual(['mitid-kodeviser']);
  });

  it('pages with { data, page }', async () => {
    const first = await search({ pageSize: 2, page: 1 });
    const second = await search({ pageSize: 2, page: 2 });
    expect(first.page).toEqual({ page: 1, pageSize: 2, total: 5 });
    expect(first.data).toHaveLength(2);
    expect(second.data.map((guide) => guide.slug)).not.toEqual(first.data.map((guide) => guide.slug));
    expect(first.data[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: expect.any(String),
        summary: expect.any(String),
        status: 'published',
        needsReview: false,
      }),
    );
  });

  it('400 naming the field for a bad filter', async () => {
    const response = await staff
      .call(guideEndpoints.list, { query: { status: 'secret', audience: 'all' } })
      .expect(400);
    expect(response.body.error.details.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'audience',
      'status',
    ]);
  });
});
