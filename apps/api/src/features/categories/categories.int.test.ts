import { categoryEndpoints } from '@digihjaelp/contract';
import { seededCategories, seededCategorySearchWords } from '@digihjaelp/triage';
import { anonymousCall } from '../../../test/support/api-client';
import { signInAs, startTestApp, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('GET /api/categories', () => {
  it('lists the seeded categories from docs/DOMAIN.md in order, fraud marked urgent', async () => {
    const counter = await signInAs(testApp, 'counter');
    const response = await counter.call(categoryEndpoints.list).expect(200);
    const keys = response.body.data.map((category: { key: string }) => category.key);
    expect(keys).toHaveLength(17);
    expect(keys[0]).toBe('mitid-setup');
    expect(keys.at(-1)).toBe('other');
    expect(response.body.data.find((category: { key: string }) => category.key === 'fraud')).toMatchObject({
      nameDa: 'Svindel og phishing (haster)',
      urgent: true,
      active: true,
    });
  });

  it('are the seeded categories the code knows (packages/triage), so the frozen migration copy cannot drift', async () => {
    const counter = await signInAs(testApp, 'counter');
    const response = await counter.call(categoryEndpoints.list).expect(200);
    expect(
      response.body.data.map(({ key, nameDa, nameEn, urgent, searchWords }: Record<string, unknown>) => ({
        key,
        nameDa,
        nameEn,
        urgent,
        searchWords,
      })),
    ).toEqual(
      seededCategories.map((category) => ({
        key: category.key,
        nameDa: category.nameDa,
        nameEn: category.nameEn,
        urgent: 'urgent' in category && category.urgent,
        searchWords: seededCategorySearchWords[category.key],
      })),
    );
  });

  it('needs a login', async () => {
    await anonymousCall(testApp.app)(categoryEndpoints.list).expect(401);
  });
});

describe('managing categories (admin)', () => {
  const update = (key: string, body: object) => ({ params: { key }, body });

  it('keeps the search words an admin gives a category: trimmed, empty and repeated ones dropped', async () => {
    const admin = await signInAs(testApp, 'admin');
    const created = await admin
      .call(categoryEndpoints.create, {
        body: { key: 'genbrug', nameDa: 'Genbrugspladsen', nameEn: 'Recycling', searchWords: ['skrald'] },
      })
      .expect(201);
    expect(created.body.data.searchWords).toEqual(['skrald']);
    const updated = await admin
      .call(
        categoryEndpoints.update,
        update('genbrug', { searchWords: [' storskrald ', '', 'Storskrald', 'haveaffald'] }),
      )
      .expect(200);
    expect(updated.body.data.searchWords).toEqual(['Storskrald', 'haveaffald']);
    const listed = await admin.call(categoryEndpoints.list).expect(200);
    expect(listed.body.data.find((category: { key: string }) => category.key === 'genbrug').searchWords).toEqual([
      'Storskrald',
      'haveaffald',
    ]);
    const tooMany = await admin
      .call(
        categoryEndpoints.update,
        update('genbrug', { searchWords: Array.from({ length: 61 }, (_, i) => `ord${i}`) }),
      )
      .expect(400);
    expect(tooMany.body.error.details.fields[0].path).toBe('searchWords');
  });

  it('adds a category last, renames it, marks it urgent and deactivates it', async () => {
    const admin = await signInAs(testApp, 'admin');
    const created = await admin
      .call(categoryEndpoints.create, {
        body: { key: 'lokale-tilbud', nameDa: 'Lokale tilbud', nameEn: 'Local offers' },
      })
      .expect(201);
    expect(created.body.data).toMatchObject({ key: 'lokale-tilbud', urgent: false, active: true });
    const list = await admin.call(categoryEndpoints.list).expect(200);
    expect(list.body.data.at(-1).key).toBe('lokale-tilbud');

    const renamed = await admin
      .call(categoryEndpoints.update, update('lokale-tilbud', { nameDa: 'Lokale digitale tilbud', urgent: true }))
      .expect(200);
    expect(renamed.body.data).toMatchObject({ nameDa: 'Lokale digitale tilbud', nameEn: 'Local offers', urgent: true });
    const deactivated = await admin
      .call(categoryEndpoints.update, update('lokale-tilbud', { active: false }))
      .expect(200);
    expect(deactivated.body.data.active).toBe(false);
    // Still listed, so old guides and cases keep their category's name.
    const after = await admin.call(categoryEndpoints.list).expect(200);
    expect(after.body.data.find((category: { key: string }) => category.key === 'lokale-tilbud').active).toBe(false);
  });

  it('refuses a taken key with 409 and a bad one with 400, both naming key, and unknown keys with 404', async () => {
    const admin = await signInAs(testApp, 'admin');
    const post = (body: object) => admin.call(categoryEndpoints.create, { body });
    const taken = await post({ key: 'fraud', nameDa: 'Svindel', nameEn: 'Fraud' }).expect(409);
    expect(taken.body.error.details.fields[0].path).toBe('key');
    const bad = await post({ key: 'Med Mellemrum', nameDa: 'x', nameEn: '' }).expect(400);
    expect(bad.body.error.details.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'key',
      'nameEn',
    ]);
    await admin.call(categoryEndpoints.update, update('findes-ikke', { active: false })).expect(404);
    const malformed = await admin
      .call(categoryEndpoints.update, update('Med Mellemrum', { active: false }))
      .expect(400);
    expect(malformed.body.error.details.fields[0].path).toBe('key');
  });

  it('reorders all categories, and refuses an order that leaves one out', async () => {
    const admin = await signInAs(testApp, 'admin');
    const keys: string[] = (await admin.call(categoryEndpoints.list)).body.data.map(
      (category: { key: string }) => category.key,
    );
    const put = (body: object) => admin.call(categoryEndpoints.reorder, { body });

    const reordered = await put({ keys: [...keys].reverse() }).expect(200);
    expect(reordered.body.data.map((category: { key: string }) => category.key)).toEqual([...keys].reverse());
    const incomplete = await put({ keys: keys.slice(1) }).expect(400);
    expect(incomplete.body.error.details.fields[0].path).toBe('keys');
    const again = await admin.call(categoryEndpoints.list);
    expect(again.body.data.map((category: { key: string }) => category.key)).toEqual([...keys].reverse());
  });

  it('is refused to counter and lead accounts', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await user.call(categoryEndpoints.update, update('fraud', { active: false })).expect(403);
    }
  });
});
