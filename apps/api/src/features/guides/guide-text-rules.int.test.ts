import type request from 'supertest';
import { guideEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let counter: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
  lead = await signInAs(testApp, 'lead', 'lars');
});
afterAll(() => testApp.close());

let sequence = 0;
function newGuide(overrides: object = {}) {
  sequence += 1;
  return {
    slug: `tekstregler-${sequence}`,
    title: 'Skift adresse i Digital Post',
    summary: 'Sådan hjælper du en borger med at finde sin post.',
    body: '## Sådan gør du\n\n::: trin\n1. Log ind på borger.dk.\n:::',
    categoryKey: 'digital-post',
    tags: ['digital post'],
    audience: 'staff',
    sources: [{ title: 'borger.dk: Digital Post', url: 'https://www.borger.dk/internet-og-sikkerhed/digital-post' }],
    reviewBy: '2099-06-30',
    related: [],
    ...overrides,
  };
}
const create = (body: object) => counter.call(guideEndpoints.create, { body });
const fieldsOf = (response: request.Response) =>
  response.body.error.details.fields.map((field: { path: string }) => field.path);
const countRows = async (table: string) =>
  (await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const knownWords = async (pattern: string) =>
  (await testApp.dataSource.query(`SELECT word FROM guide_words WHERE word LIKE $1`, [pattern])).length as number;

describe('personal data in a guide', () => {
  it.each([
    ['title', { title: 'Hjælp til 241263-1358' }, 'titlen'],
    ['summary', { summary: 'Skriv til jens.hansen@gmail.com bagefter' }, 'resuméet'],
    ['body', { body: 'Ring til borgeren på 22 33 44 55.' }, 'teksten'],
    ['tags.1', { tags: ['mitid', '2412631358'] }, 'emneordene'],
    ['sources.0.title', { sources: [{ title: 'Brev til 24.12.63-1358', url: 'https://www.borger.dk/' }] }, 'kilderne'],
    ['changeNote', { changeNote: 'Efter snak med 241263 1358' }, 'ændringsnoten'],
  ])(
    'refuses a new guide with it in %s: 422 naming the field, nothing saved or searchable',
    async (path, overrides, named) => {
      const [guides, revisions] = [await countRows('guides'), await countRows('guide_revisions')];
      const response = await create(newGuide(overrides)).expect(422);
      expect(response.body.error.code).toBe('personal_data');
      expect(response.body.error.message).toMatch(/^Vejledninger må ikke indeholde en borgers CPR-nummer/);
      expect(response.body.error.message).toContain(`Ret ${named}.`);
      expect(fieldsOf(response)).toEqual([path]);
      expect(response.body.error.details.fields[0].message).toMatch(/^(Ligner|Indeholder)/);
      expect([await countRows('guides'), await countRows('guide_revisions')]).toEqual([guides, revisions]);
      expect(await knownWords('%241263%')).toBe(0);
    },
  );

  it('accepts the numbers and mailboxes of public authorities', async () => {
    const body =
      'Henvis til Skattestyrelsen på 72 22 18 18 eller MitID support på 33 98 00 10. ' +
      'Kommunen svarer på borgerservice@kommune.dk. Se side 12 og vejledningen fra 24-12-2025.';
    await create(newGuide({ body })).expect(201);
  });

  it('refuses a correction, a proposal and a status change that would add it, and changes nothing', async () => {
    const { slug } = (await create(newGuide()).expect(201)).body.data;
    const save = await counter
      .call(guideEndpoints.update, {
        params: { slug },
        body: { ...newGuide({ slug: undefined }), version: 1, body: 'CPR 241263-1358' },
      })
      .expect(422);
    expect(fieldsOf(save)).toEqual(['body']);
    const propose = await counter
      .call(guideEndpoints.propose, {
        params: { slug },
        body: { ...newGuide({ slug: undefined }), version: 1, changeNote: 'Ring til mig på 22 33 44 55' },
      })
      .expect(422);
    expect(fieldsOf(propose)).toEqual(['changeNote']);
    const status = await lead
      .call(guideEndpoints.changeStatus, {
        params: { slug },
        body: { version: 1, status: 'published', changeNote: 'Godkendt efter mail fra jens@hansen.dk' },
      })
      .expect(422);
    expect(fieldsOf(status)).toEqual(['changeNote']);

    const guide = (await lead.call(guideEndpoints.get, { params: { slug } }).expect(200)).body.data;
    expect(guide).toMatchObject({ version: 1, status: 'draft', body: newGuide().body });
    expect((await lead.call(guideEndpoints.proposals, { params: { slug } }).expect(200)).body.data).toEqual([]);
  });
});

describe('markdown a guide may not hold', () => {
  it.each([
    ['an image from another site', '![Logo](https://example.com/logo.png)', /Billeder skal ligge på Digihjælp selv/],
    ['a protocol-relative image', 'Se her:\n\n![Logo](//example.com/logo.png)', /Linje 3: Billeder skal ligge/],
    ['a javascript: link', '[Klik](javascript:alert(1))', /Linket bruger en adresse, vi ikke viser som link/],
  ])('refuses %s: 400 on body, with the line', async (_name, body, message) => {
    const guides = await countRows('guides');
    const response = await create(newGuide({ body })).expect(400);
    expect(response.body.error.code).toBe('validation');
    expect(fieldsOf(response)).toEqual(['body']);
    expect(response.body.error.details.fields[0].message).toMatch(message);
    expect(await countRows('guides')).toBe(guides);
  });

  it('refuses it on a correction too', async () => {
    const { slug } = (await create(newGuide()).expect(201)).body.data;
    const response = await counter
      .call(guideEndpoints.update, {
        params: { slug },
        body: { ...newGuide({ slug: undefined }), version: 1, body: '![x](https://example.com/x.png)' },
      })
      .expect(400);
    expect(fieldsOf(response)).toEqual(['body']);
  });

  it('keeps local images, and shows a // link as the external link it is', async () => {
    const body = '![Skærmbillede](/billeder/mitid-app.png)\n\n[MitID](//www.mitid.dk/)';
    const html: string = (await create(newGuide({ body })).expect(201)).body.data.bodyHtml;
    expect(html).toContain('<img src="/billeder/mitid-app.png" alt="Skærmbillede">');
    expect(html).toMatch(/<a href="https:\/\/www\.mitid\.dk\/"[^>]*class="external-link"/);
  });
});
