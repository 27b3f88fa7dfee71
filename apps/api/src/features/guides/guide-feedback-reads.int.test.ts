import { guideEndpoints } from '@digihjaelp/contract';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let lead: SignedIn;
let counter: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  lead = await signInAs(testApp, 'lead', 'lone');
  counter = await signInAs(testApp, 'counter', 'kim');
});
afterAll(() => testApp.close());

const confirmRead = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.confirmRead, { params: { slug }, body });
const giveFeedback = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.giveFeedback, { params: { slug }, body });
const saveGuide = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.update, { params: { slug }, body });

describe('feedback', () => {
  it('counts helpful / not helpful and shows leads the comments, attributed', async () => {
    const guide = await buildGuide(testApp.dataSource, lead.user, { slug: 'feedback-guide' });
    await giveFeedback(counter, 'feedback-guide', { helpful: true }).expect(201);
    await giveFeedback(counter, 'feedback-guide', {
      helpful: false,
      comment: 'Trin 3 mangler et skærmbillede',
    }).expect(201);

    const detail = await counter.call(guideEndpoints.get, { params: { slug: 'feedback-guide' } }).expect(200);
    expect(detail.body.data.feedback).toEqual({ helpful: 1, notHelpful: 1 });
    const list = await lead.call(guideEndpoints.feedback, { params: { slug: 'feedback-guide' } }).expect(200);
    expect(list.body.page.total).toBe(2);
    expect(list.body.data[0]).toMatchObject({
      helpful: false,
      comment: 'Trin 3 mangler et skærmbillede',
      version: guide.version,
      staff: { id: counter.user.id },
    });
    await counter.call(guideEndpoints.feedback, { params: { slug: 'feedback-guide' } }).expect(403);
  });

  it('refuses a comment with a CPR number (422) and saves nothing', async () => {
    await buildGuide(testApp.dataSource, lead.user, { slug: 'cpr-guide' });
    const refused = await giveFeedback(counter, 'cpr-guide', {
      helpful: false,
      comment: 'Borgeren 010190-1234 kunne ikke',
    }).expect(422);
    expect(refused.body.error.details.fields[0]).toMatchObject({ path: 'comment', kind: 'cpr' });
    const list = await lead.call(guideEndpoints.feedback, { params: { slug: 'cpr-guide' } }).expect(200);
    expect(list.body.data).toEqual([]);
  });
});

describe('read confirmations', () => {
  it('"I have read this version": shown to me and to leads, per guide and per person; a new version needs a new confirmation', async () => {
    const guide = await buildGuide(testApp.dataSource, lead.user, { slug: 'laes-mig' });
    await buildGuide(testApp.dataSource, lead.user, { slug: 'ulaest' });

    const confirmed = await confirmRead(counter, 'laes-mig', { version: guide.version }).expect(200);
    expect(confirmed.body.data.version).toBe(guide.version);
    // Confirming twice is harmless.
    await confirmRead(counter, 'laes-mig', { version: guide.version }).expect(200);
    expect(
      (await counter.call(guideEndpoints.get, { params: { slug: 'laes-mig' } }).expect(200)).body.data.readByMe,
    ).toBe(true);

    const readers = await lead.call(guideEndpoints.readers, { params: { slug: 'laes-mig' } }).expect(200);
    const kim = readers.body.data.staff.find((row: { staff: { id: string } }) => row.staff.id === counter.user.id);
    const lone = readers.body.data.staff.find((row: { staff: { id: string } }) => row.staff.id === lead.user.id);
    expect(kim).toMatchObject({ readVersion: guide.version, readCurrent: true, staff: { role: 'counter' } });
    expect(lone).toMatchObject({ readVersion: null, readCurrent: false });

    const overview = await lead.call(guideEndpoints.readingOverview).expect(200);
    const kimsRow = overview.body.data.find((row: { staff: { id: string } }) => row.staff.id === counter.user.id);
    expect(kimsRow).toMatchObject({ publishedGuides: 4, readCurrent: 1 });
    expect(kimsRow.unread.map((unread: { slug: string }) => unread.slug)).toContain('ulaest');
    expect(kimsRow.unread.map((unread: { slug: string }) => unread.slug)).not.toContain('laes-mig');

    // A lead changes the guide: the old confirmation no longer counts as the current version.
    const detail = (await lead.call(guideEndpoints.get, { params: { slug: 'laes-mig' } })).body.data;
    await saveGuide(lead, 'laes-mig', {
      ...detail,
      bodyHtml: undefined,
      summary: 'Ændret.',
      version: detail.version,
    }).expect(200);
    expect((await counter.call(guideEndpoints.get, { params: { slug: 'laes-mig' } })).body.data.readByMe).toBe(false);
    const stale = await confirmRead(counter, 'laes-mig', { version: guide.version }).expect(409);
    expect(stale.body.error.details.currentVersion).toBe(guide.version + 1);
    await counter.call(guideEndpoints.readers, { params: { slug: 'laes-mig' } }).expect(403);
  });
});

describe('related guides', () => {
  it("lists the editor's choices first, then published guides from the same category", async () => {
    await buildGuide(testApp.dataSource, lead.user, { slug: 'valgt-a', title: 'A valgt', categoryKey: 'tax' });
    await buildGuide(testApp.dataSource, lead.user, {
      slug: 'samme-kategori',
      title: 'B samme kategori',
      categoryKey: 'fraud',
    });
    await buildGuide(testApp.dataSource, lead.user, {
      slug: 'kladde-samme',
      title: 'C kladde',
      categoryKey: 'fraud',
      status: 'draft',
    });
    await buildGuide(testApp.dataSource, lead.user, { slug: 'hovedet', categoryKey: 'fraud', related: ['valgt-a'] });

    const detail = await counter.call(guideEndpoints.get, { params: { slug: 'hovedet' } }).expect(200);
    expect(detail.body.data.related).toEqual(['valgt-a']);
    expect(detail.body.data.relatedGuides).toEqual([
      { slug: 'valgt-a', title: 'A valgt', summary: expect.any(String), chosen: true },
      { slug: 'samme-kategori', title: 'B samme kategori', summary: expect.any(String), chosen: false },
    ]);
  });
});
