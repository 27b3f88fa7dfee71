import { citizenCardEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { loadCardFile } from './translation-files';
import { importCards } from './translation-import.service';

let testApp: TestApp;
let counter: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
  lead = await signInAs(testApp, 'lead', 'lars');
  await testApp.dataSource.transaction(async (manager) => importCards(manager, await loadCardFile()));
});
afterAll(() => testApp.close());

describe('show-the-citizen cards', () => {
  it('are seeded from content/ in order, each sentence in Danish and all five languages', async () => {
    const response = await counter.call(citizenCardEndpoints.list).expect(200);
    const { languages, cards } = response.body.data;
    expect(languages.map((language: { code: string }) => language.code)).toEqual(['en', 'uk', 'ar', 'pl', 'tr']);
    expect(cards[0].texts.da).toBe('Jeg må ikke se eller taste din kode. Du taster selv, jeg kigger væk.');
    for (const card of cards) expect(Object.keys(card.texts).sort()).toEqual(['ar', 'da', 'en', 'pl', 'tr', 'uk']);
    // Seeding again adds nothing and keeps what is there.
    await testApp.dataSource.transaction(async (manager) => importCards(manager, await loadCardFile()));
    expect((await counter.call(citizenCardEndpoints.list).expect(200)).body.data.cards).toHaveLength(cards.length);
  });

  it('are changed by leads only, attributed, with a conflict for an old version and nothing stored for an unknown language', async () => {
    const { cards } = (await lead.call(citizenCardEndpoints.list).expect(200)).body.data;
    const card = cards.find((candidate: { key: string }) => candidate.key === 'vent-her');
    const texts = { ...card.texts, en: 'Please wait here. We will call you.' };
    const params = { key: 'vent-her' };
    await counter.call(citizenCardEndpoints.update, { params, body: { texts, version: card.version } }).expect(403);
    const refused = await lead
      .call(citizenCardEndpoints.update, {
        params,
        body: { texts: { ...texts, de: 'Bitte warten Sie hier.' }, version: card.version },
      })
      .expect(400);
    expect(refused.body.error.details.fields[0].path).toBe('texts.de');
    const saved = await lead
      .call(citizenCardEndpoints.update, { params, body: { texts, version: card.version } })
      .expect(200);
    expect(saved.body.data).toMatchObject({
      version: card.version + 1,
      updatedBy: { id: lead.user.id },
      texts: { en: 'Please wait here. We will call you.' },
    });
    await lead.call(citizenCardEndpoints.update, { params, body: { texts, version: card.version } }).expect(409);
    await lead
      .call(citizenCardEndpoints.update, { params: { key: 'findes-ikke' }, body: { texts, version: 1 } })
      .expect(404);
  });
});
