import type request from 'supertest';
import { guideEndpoints } from '@digihjaelp/contract';
import { anonymousCall } from '../../../test/support/api-client';
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

const changeStatus = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.changeStatus, { params: { slug }, body });
const saveGuide = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.update, { params: { slug }, body });

let sequence = 0;
function newGuide(overrides: object = {}) {
  sequence += 1;
  return {
    slug: `glemt-kode-${sequence}`,
    title: 'Glemt MitID-adgangskode',
    summary: 'Sådan hjælper du en borger, der har glemt sin adgangskode.',
    body: '## Sådan gør du\n\n::: trin\n1. Åbn MitID-appen.\n:::\n\n::: må-ikke\nTast aldrig borgerens kode.\n:::',
    categoryKey: 'mitid-login',
    tags: ['MitID', 'adgangskode'],
    audience: 'staff',
    sources: [{ title: 'MitID: Hjælp', url: 'https://www.mitid.dk/hjaelp/' }],
    reviewBy: '2099-06-30',
    related: [],
    ...overrides,
  };
}

const contentOf = (detail: Record<string, unknown>) => {
  const { title, summary, body, categoryKey, tags, audience, sources, reviewBy, related } = detail;
  return { title, summary, body, categoryKey, tags, audience, sources, reviewBy, related };
};

describe('writing a guide', () => {
  it('a counter account writes a draft; the guide comes back rendered, owned and attributed', async () => {
    const created = await counter.call(guideEndpoints.create, { body: newGuide({ slug: 'min-kladde' }) }).expect(201);
    expect(created.body.data).toMatchObject({
      slug: 'min-kladde',
      status: 'draft',
      version: 1,
      tags: ['mitid', 'adgangskode'],
      owner: { id: counter.user.id },
      updatedBy: { id: counter.user.id },
      needsReview: false,
      readByMe: false,
      feedback: { helpful: 0, notHelpful: 0 },
    });
    expect(created.body.data.bodyHtml).toContain('<h2 id="afsnit-saadan-goer-du">Sådan gør du</h2>');
    expect(created.body.data.bodyHtml).toContain('guide-block--must-not');

    const fetched = await counter.call(guideEndpoints.get, { params: { slug: 'min-kladde' } }).expect(200);
    expect(fetched.body.data.title).toBe('Glemt MitID-adgangskode');
  });

  it('renders raw HTML as text', async () => {
    const body = '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>';
    const created = await counter.call(guideEndpoints.create, { body: newGuide({ body }) }).expect(201);
    const html: string = created.body.data.bodyHtml;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The markdown itself is kept as written, so an editor can see and fix it.
    expect(created.body.data.body).toBe(body);
  });

  it('names the field: 400 for an unknown category, empty title or unknown related guide, 409 for a slug clash', async () => {
    const fieldsOf = (response: request.Response) =>
      response.body.error.details.fields.map((field: { path: string }) => field.path);

    const unknownCategory = await counter
      .call(guideEndpoints.create, { body: newGuide({ categoryKey: 'findes-ikke' }) })
      .expect(400);
    expect(fieldsOf(unknownCategory)).toEqual(['categoryKey']);
    const emptyTitle = await counter.call(guideEndpoints.create, { body: newGuide({ title: '   ' }) }).expect(400);
    expect(fieldsOf(emptyTitle)).toEqual(['title']);
    await counter.call(guideEndpoints.create, { body: newGuide({ slug: 'optaget' }) }).expect(201);
    const clash = await counter.call(guideEndpoints.create, { body: newGuide({ slug: 'optaget' }) }).expect(409);
    expect(fieldsOf(clash)).toEqual(['slug']);
    const reserved = await counter.call(guideEndpoints.create, { body: newGuide({ slug: 'ny' }) }).expect(400);
    expect(fieldsOf(reserved)).toEqual(['slug']);
    const related = await counter
      .call(guideEndpoints.create, { body: newGuide({ related: ['optaget', 'ukendt'] }) })
      .expect(400);
    expect(fieldsOf(related)).toEqual(['related.1']);
    const badSource = await counter
      .call(guideEndpoints.create, { body: newGuide({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] }) })
      .expect(400);
    expect(fieldsOf(badSource)).toEqual(['sources.0.url']);

    const count = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM guides WHERE slug = 'optaget'`);
    expect(count[0].n).toBe(1);
  });

  it('writes nothing when the revision cannot be saved: guide and revision share one transaction', async () => {
    // This file's own database: make revisions with this change note fail, after the guide row is written.
    await testApp.dataSource.query(
      `ALTER TABLE guide_revisions ADD CONSTRAINT test_refuse CHECK (change_note IS DISTINCT FROM 'afvis')`,
    );
    const typeormLogsTheFailedQuery = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await counter
      .call(guideEndpoints.create, { body: newGuide({ slug: 'halvt-gemt', changeNote: 'afvis' }) })
      .expect(500);
    const rows = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM guides WHERE slug = 'halvt-gemt'`);
    expect(rows[0].n).toBe(0);
    await testApp.dataSource.query('ALTER TABLE guide_revisions DROP CONSTRAINT test_refuse');
    typeormLogsTheFailedQuery.mockRestore();
  });

  it('needs a login', async () => {
    await anonymousCall(testApp.app)(guideEndpoints.list).expect(401);
    await anonymousCall(testApp.app)(guideEndpoints.get, { params: { slug: 'min-kladde' } }).expect(401);
  });

  it('404 for an unknown guide, 400 naming slug for a malformed one', async () => {
    await counter.call(guideEndpoints.get, { params: { slug: 'findes-ikke' } }).expect(404);
    const malformed = await counter.call(guideEndpoints.get, { params: { slug: 'Ikke%20OK' } }).expect(400);
    expect(malformed.body.error.details.fields[0].path).toBe('slug');
  });
});

describe('review workflow: draft → in_review → published → archived', () => {
  it('a counter proposes; only a lead publishes; the counter cannot publish (403) or edit what is in review', async () => {
    const created = await counter.call(guideEndpoints.create, { body: newGuide() }).expect(201);
    const { slug } = created.body.data;

    const proposed = await changeStatus(counter, slug, {
      status: 'in_review',
      version: 1,
    }).expect(200);
    expect(proposed.body.data).toMatchObject({ status: 'in_review', version: 2 });

    const queue = await lead.call(guideEndpoints.list, { query: { status: 'in_review' } }).expect(200);
    expect(queue.body.data.map((guide: { slug: string }) => guide.slug)).toContain(slug);

    const forbidden = await changeStatus(counter, slug, {
      status: 'published',
      version: 2,
    }).expect(403);
    expect(forbidden.body.error.code).toBe('forbidden');
    await saveGuide(counter, slug, {
      ...contentOf(created.body.data),
      title: 'Ændret',
      version: 2,
    }).expect(403);

    const published = await changeStatus(lead, slug, {
      status: 'published',
      version: 2,
      changeNote: 'Godkendt',
    }).expect(200);
    expect(published.body.data).toMatchObject({ status: 'published', version: 3, updatedBy: { id: lead.user.id } });
    const list = await counter.call(guideEndpoints.list).expect(200);
    expect(list.body.data.map((guide: { slug: string }) => guide.slug)).toContain(slug);

    await changeStatus(counter, slug, { status: 'archived', version: 3 }).expect(403);
    await changeStatus(lead, slug, { status: 'archived', version: 3 }).expect(200);
    const afterArchive = await counter.call(guideEndpoints.list).expect(200);
    expect(afterArchive.body.data.map((guide: { slug: string }) => guide.slug)).not.toContain(slug);

    const history = await counter.call(guideEndpoints.revisions, { params: { slug } }).expect(200);
    expect(
      history.body.data.map((revision: { number: number; status: string }) => [revision.number, revision.status]),
    ).toEqual([
      [4, 'archived'],
      [3, 'published'],
      [2, 'in_review'],
      [1, 'draft'],
    ]);
    expect(history.body.data[1]).toMatchObject({
      author: { id: lead.user.id },
      changeNote: 'Godkendt',
      changedFields: ['status'],
    });
  });

  it('a lead edits a published guide directly; it stays published', async () => {
    const created = await lead.call(guideEndpoints.create, { body: newGuide() }).expect(201);
    const { slug } = created.body.data;
    await changeStatus(lead, slug, { status: 'published', version: 1 }).expect(200);
    const edited = await saveGuide(lead, slug, {
      ...contentOf(created.body.data),
      summary: 'Nyt resumé.',
      version: 2,
    }).expect(200);
    expect(edited.body.data).toMatchObject({ status: 'published', version: 3, summary: 'Nyt resumé.' });
  });

  it('refuses an unchanged status with 400 naming status', async () => {
    const created = await counter.call(guideEndpoints.create, { body: newGuide() }).expect(201);
    const response = await changeStatus(counter, created.body.data.slug, {
      status: 'draft',
      version: 1,
    }).expect(400);
    expect(response.body.error.details.fields[0].path).toBe('status');
  });
});

describe('needs review', () => {
  it('flags a guide past its review-by date, and lists those guides for leads', async () => {
    const created = await lead.call(guideEndpoints.create, { body: newGuide({ reviewBy: '2020-01-31' }) }).expect(201);
    expect(created.body.data.needsReview).toBe(true);
    const { slug } = created.body.data;
    await changeStatus(lead, slug, { status: 'published', version: 1 }).expect(200);

    const needsReview = await lead.call(guideEndpoints.list, { query: { needsReview: 'true' } }).expect(200);
    expect(needsReview.body.data.map((guide: { slug: string }) => guide.slug)).toEqual([slug]);
    expect(needsReview.body.data[0].needsReview).toBe(true);
    const all = await lead.call(guideEndpoints.list).expect(200);
    expect(all.body.data.find((guide: { slug: string }) => guide.slug === slug).needsReview).toBe(true);
  });
});
