import { guideEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let anna: SignedIn;
let bo: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  anna = await signInAs(testApp, 'lead', 'anna');
  bo = await signInAs(testApp, 'lead', 'bo');
});
afterAll(() => testApp.close());

const changeStatus = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.changeStatus, { params: { slug }, body });
const restore = (who: SignedIn, slug: string, number: number, body: object) =>
  who.call(guideEndpoints.restore, { params: { slug, number }, body });
const saveGuide = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.update, { params: { slug }, body });

const original = {
  title: 'Ny telefon med MitID',
  summary: 'Flyt MitID-appen til en ny telefon.',
  body: 'Linje et.\nLinje to.\nLinje tre.\n',
  categoryKey: 'mitid-login',
  tags: ['mitid'],
  audience: 'staff',
  // Stored as jsonb, which reorders keys: an unchanged source must not count as a change.
  sources: [{ title: 'MitID: Ny telefon', url: 'https://www.mitid.dk/hjaelp/' }],
  reviewBy: '2099-01-31',
  related: [],
};

async function guideWithThreeVersions(slug: string) {
  await anna.call(guideEndpoints.create, { body: { ...original, slug } }).expect(201);
  await saveGuide(anna, slug, {
    ...original,
    body: 'Linje et.\nLinje to, rettet.\nLinje tre.\n',
    version: 1,
    changeNote: 'Rettet trin to',
  }).expect(200);
  await saveGuide(bo, slug, {
    ...original,
    title: 'Ny telefon: flyt MitID-appen',
    body: 'Linje et.\nLinje to, rettet.\nLinje tre.\n',
    tags: ['mitid', 'telefon'],
    version: 2,
  }).expect(200);
}

describe('revisions', () => {
  it('records who, when, which fields and why for every save', async () => {
    await guideWithThreeVersions('ny-telefon');
    const history = await anna.call(guideEndpoints.revisions, { params: { slug: 'ny-telefon' } }).expect(200);
    expect(history.body.data).toEqual([
      expect.objectContaining({
        number: 3,
        author: { id: bo.user.id, displayName: expect.any(String) },
        changedFields: ['title', 'tags'],
        changeNote: null,
      }),
      expect.objectContaining({
        number: 2,
        author: expect.objectContaining({ id: anna.user.id }),
        changedFields: ['body'],
        changeNote: 'Rettet trin to',
      }),
      expect.objectContaining({ number: 1, changedFields: expect.arrayContaining(['title', 'body']) }),
    ]);
    const first = await anna.call(guideEndpoints.revision, { params: { slug: 'ny-telefon', number: 1 } }).expect(200);
    expect(first.body.data.content).toMatchObject({ title: original.title, body: original.body });
  });

  it('shows a readable diff between any two revisions', async () => {
    const diff = await anna
      .call(guideEndpoints.diff, { params: { slug: 'ny-telefon' }, query: { from: 1, to: 3 } })
      .expect(200);
    expect(diff.body.data.from).toBe(1);
    expect(diff.body.data.fields.map((field: { field: string }) => field.field)).toEqual(['title', 'body', 'tags']);
    const body = diff.body.data.fields.find((field: { field: string }) => field.field === 'body');
    expect(body.parts).toEqual([
      { value: 'Linje et.\n', change: 'same' },
      { value: 'Linje to.\n', change: 'removed' },
      { value: 'Linje to, rettet.\n', change: 'added' },
      { value: 'Linje tre.\n', change: 'same' },
    ]);
    const backwards = await anna
      .call(guideEndpoints.diff, { params: { slug: 'ny-telefon' }, query: { from: 3, to: 2 } })
      .expect(200);
    expect(backwards.body.data.fields.map((field: { field: string }) => field.field)).toEqual(['title', 'tags']);
    await anna.call(guideEndpoints.diff, { params: { slug: 'ny-telefon' }, query: { from: 1, to: 9 } }).expect(404);
  });

  it('restores an older revision as a new one; nothing is lost', async () => {
    const restored = await restore(anna, 'ny-telefon', 1, { version: 3 }).expect(200);
    expect(restored.body.data).toMatchObject({
      version: 4,
      title: original.title,
      body: original.body,
      tags: ['mitid'],
    });
    const history = await anna.call(guideEndpoints.revisions, { params: { slug: 'ny-telefon' } }).expect(200);
    expect(history.body.data.map((revision: { number: number }) => revision.number)).toEqual([4, 3, 2, 1]);
    expect(history.body.data[0]).toMatchObject({
      changeNote: 'Gendannet fra version 1',
      changedFields: ['title', 'body', 'tags'],
    });
    const unchanged = await anna
      .call(guideEndpoints.revision, { params: { slug: 'ny-telefon', number: 3 } })
      .expect(200);
    expect(unchanged.body.data.content.title).toBe('Ny telefon: flyt MitID-appen');
  });
});

describe('optimistic locking', () => {
  it('a save on a stale version answers 409 with both versions and changes nothing', async () => {
    await guideWithThreeVersions('laast');
    const stale = await saveGuide(anna, 'laast', {
      ...original,
      summary: 'Mit resumé.',
      version: 2,
    }).expect(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.details.current).toMatchObject({
      version: 3,
      updatedBy: { id: bo.user.id },
      content: { title: 'Ny telefon: flyt MitID-appen' },
    });
    expect(stale.body.error.details.yours).toMatchObject({ version: 2, content: { summary: 'Mit resumé.' } });
    const now = await anna.call(guideEndpoints.get, { params: { slug: 'laast' } }).expect(200);
    expect(now.body.data).toMatchObject({ version: 3, summary: original.summary });

    await changeStatus(anna, 'laast', { status: 'published', version: 1 }).expect(409);
    await restore(anna, 'laast', 1, { version: 2 }).expect(409);
  });

  it('of two saves made at once on the same version, exactly one wins', async () => {
    await anna.call(guideEndpoints.create, { body: { ...original, slug: 'samtidig' } }).expect(201);
    const results = await Promise.all([
      saveGuide(anna, 'samtidig', { ...original, summary: 'Annas.', version: 1 }),
      saveGuide(bo, 'samtidig', { ...original, summary: 'Bos.', version: 1 }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const history = await anna.call(guideEndpoints.revisions, { params: { slug: 'samtidig' } }).expect(200);
    expect(history.body.data).toHaveLength(2);
  });
});

describe('counter staff and revisions', () => {
  it('may not restore into a published guide (403)', async () => {
    await guideWithThreeVersions('udgivet');
    await changeStatus(anna, 'udgivet', { status: 'published', version: 3 }).expect(200);
    const counter = await signInAs(testApp, 'counter');
    await restore(counter, 'udgivet', 1, { version: 4 }).expect(403);
    await counter.call(guideEndpoints.revisions, { params: { slug: 'udgivet' } }).expect(200);
  });
});
