import { guideEndpoints, translationEndpoints } from '@digihjaelp/contract';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let counter: SignedIn;
let lead: SignedIn;

const citizenSection = (steps: string) =>
  ['Til personalet.', '', ':::: til-borgeren Sådan logger du på', '::: trin', steps, ':::', '::::'].join('\n');

beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
  lead = await signInAs(testApp, 'lead', 'lars');
  await buildGuide(testApp.dataSource, lead.user, {
    slug: 'log-paa',
    title: 'Log på med MitID',
    audience: 'staff',
    sources: [{ title: 'MitID: Hjælp', url: 'https://www.mitid.dk/hjaelp/' }],
    body: citizenSection('1. Åbn MitID-appen.\n2. Godkend.'),
  });
  await buildGuide(testApp.dataSource, lead.user, { slug: 'kun-personale', body: 'Kun til personalet.' });
});
afterAll(() => testApp.close());

const params = (language: string, slug = 'log-paa') => ({ params: { slug, language } });
const arabic = {
  title: 'تسجيل الدخول باستخدام MitID',
  summary: '',
  body: '::: trin ماذا تفعل\n1. افتح تطبيق MitID.\n2. وافق.\n:::',
  needsNativeCheck: true,
};

async function danishVersion(): Promise<number> {
  const response = await lead.call(guideEndpoints.get, { params: { slug: 'log-paa' } }).expect(200);
  return response.body.data.version;
}

describe('translations of the citizen text', () => {
  it('is written as a draft with its base version, translator and revision; published by a lead; revised again', async () => {
    const baseVersion = await danishVersion();
    const created = await counter
      .call(translationEndpoints.save, { ...params('ar'), body: { ...arabic, baseVersion } })
      .expect(200);
    expect(created.body.data).toMatchObject({
      language: 'ar',
      status: 'draft',
      version: 1,
      baseVersion,
      stale: false,
      dir: 'rtl',
      needsNativeCheck: true,
      translatedBy: { displayName: expect.any(String) },
      danish: { title: 'Sådan logger du på' },
    });
    expect(created.body.data.bodyHtml).toContain('<li>افتح تطبيق MitID.</li>');

    // Only leads publish.
    await counter
      .call(translationEndpoints.changeStatus, { ...params('ar'), body: { status: 'published', version: 1 } })
      .expect(403);
    const published = await lead
      .call(translationEndpoints.changeStatus, { ...params('ar'), body: { status: 'published', version: 1 } })
      .expect(200);
    expect(published.body.data).toMatchObject({ status: 'published', version: 2 });

    // A published translation is a lead's to change; an old version is a conflict and changes nothing.
    const revised = { ...arabic, title: 'تسجيل الدخول', baseVersion };
    await counter.call(translationEndpoints.save, { ...params('ar'), body: { ...revised, version: 2 } }).expect(403);
    await lead.call(translationEndpoints.save, { ...params('ar'), body: { ...revised, version: 1 } }).expect(409);
    await lead.call(translationEndpoints.save, { ...params('ar'), body: revised }).expect(409);
    const saved = await lead
      .call(translationEndpoints.save, { ...params('ar'), body: { ...revised, version: 2 } })
      .expect(200);
    expect(saved.body.data).toMatchObject({
      title: 'تسجيل الدخول',
      version: 3,
      status: 'published',
      translatedBy: { id: lead.user.id },
    });

    const revisions = await counter.call(translationEndpoints.revisions, params('ar')).expect(200);
    expect(
      revisions.body.data.map((revision: { number: number; status: string }) => [revision.number, revision.status]),
    ).toEqual([
      [3, 'published'],
      [2, 'published'],
      [1, 'draft'],
    ]);
    expect(revisions.body.data[2].author.id).toBe(counter.user.id);
  });

  it('refuses a language not offered, a guide without citizen text and a base version from the future', async () => {
    const baseVersion = await danishVersion();
    await lead.call(translationEndpoints.save, { ...params('de'), body: { ...arabic, baseVersion } }).expect(404);
    const none = await lead
      .call(translationEndpoints.save, { ...params('en', 'kun-personale'), body: { ...arabic, baseVersion: 1 } })
      .expect(400);
    expect(none.body.error.details.fields[0].path).toBe('body');
    const future = await lead
      .call(translationEndpoints.save, { ...params('en'), body: { ...arabic, baseVersion: baseVersion + 5 } })
      .expect(400);
    expect(future.body.error.details.fields[0].path).toBe('baseVersion');
    const list = await lead.call(translationEndpoints.list, { params: { slug: 'log-paa' } }).expect(200);
    expect(list.body.data.translations.map((translation: { language: string }) => translation.language)).toEqual([
      'ar',
    ]);
    expect(list.body.data.danish).toMatchObject({ title: 'Sådan logger du på', version: baseVersion });
  });

  it('a change to the Danish citizen text marks it stale, with the Danish diff since its base version; other changes do not', async () => {
    const before = await lead.call(translationEndpoints.get, params('ar')).expect(200);
    expect(before.body.data.stale).toBe(false);

    const guide = (await lead.call(guideEndpoints.get, { params: { slug: 'log-paa' } }).expect(200)).body.data;
    const { title, summary, categoryKey, audience, sources, reviewBy, related } = guide;
    const content = { title, summary, categoryKey, audience, sources, reviewBy, related };
    // Tags are not citizen text: still current.
    await lead
      .call(guideEndpoints.update, {
        params: { slug: 'log-paa' },
        body: { ...content, body: guide.body, tags: ['mitid'], version: guide.version },
      })
      .expect(200);
    expect((await lead.call(translationEndpoints.get, params('ar')).expect(200)).body.data.stale).toBe(false);

    await lead
      .call(guideEndpoints.update, {
        params: { slug: 'log-paa' },
        body: {
          ...content,
          tags: ['mitid'],
          body: citizenSection('1. Åbn MitID-appen.\n2. Tjek navnet på siden.\n3. Godkend.'),
          version: guide.version + 1,
        },
      })
      .expect(200);
    const after = await lead.call(translationEndpoints.get, params('ar')).expect(200);
    expect(after.body.data.stale).toBe(true);
    const added = after.body.data.danishChanges.filter((part: { change: string }) => part.change === 'added');
    expect(added.map((part: { value: string }) => part.value).join('')).toContain('Tjek navnet på siden.');
    const overview = await counter.call(translationEndpoints.overview).expect(200);
    expect(overview.body.data.languages.map((language: { code: string }) => language.code)).toEqual([
      'en',
      'uk',
      'ar',
      'pl',
      'tr',
    ]);
    expect(overview.body.data.translations).toEqual([
      expect.objectContaining({ slug: 'log-paa', language: 'ar', status: 'published', stale: true }),
    ]);

    // The printed handout says so, in Arabic, and offers the Danish one.
    const handout = await counter.agent.get('/guides/log-paa/handout?lang=ar').expect(200);
    expect(handout.text).toContain('تم تحديث النسخة الدنماركية');
    expect(handout.text).toContain('href="/guides/log-paa/handout"');

    // Translating again from the newest Danish makes it current.
    const renewed = await lead
      .call(translationEndpoints.save, {
        ...params('ar'),
        body: { ...arabic, baseVersion: guide.version + 2, version: after.body.data.version },
      })
      .expect(200);
    expect(renewed.body.data).toMatchObject({ stale: false, danishChanges: [] });
    const current = await counter.agent.get('/guides/log-paa/handout?lang=ar').expect(200);
    expect(current.text).not.toContain('تم تحديث النسخة الدنماركية');
  });
});

describe('GET /guides/:slug/handout?lang=', () => {
  it('prints a published Arabic translation right to left, with the source and QR code', async () => {
    const response = await counter.agent.get('/guides/log-paa/handout?lang=ar').expect(200);
    expect(response.text).toContain('<html lang="ar" dir="rtl">');
    expect(response.text).toContain('<h1>تسجيل الدخول باستخدام MitID</h1>');
    expect(response.text).toContain('<span class="url" dir="ltr">https://www.mitid.dk/hjaelp/</span>');
    expect(response.text).toMatch(/<svg role="img" aria-label="رمز QR إلى MitID: Hjælp"/);
    expect(response.text).toContain('امسح الرمز بكاميرا هاتفك');
  });

  it('answers 404 with a clear message for an unpublished, missing or unknown language, and Danish without lang', async () => {
    const baseVersion = await danishVersion();
    await lead
      .call(translationEndpoints.save, { ...params('uk'), body: { ...arabic, title: 'Вхід з MitID', baseVersion } })
      .expect(200);
    const draft = await counter.agent.get('/guides/log-paa/handout?lang=uk').expect(404);
    expect(draft.text).toContain('Der er ingen udgivet oversættelse til ukrainsk');
    expect(draft.text).toContain('href="/guides/log-paa/handout"');
    const missing = await counter.agent.get('/guides/log-paa/handout?lang=pl').expect(404);
    expect(missing.text).toContain('Der er ingen udgivet oversættelse til polsk');
    const unknown = await counter.agent.get('/guides/log-paa/handout?lang=xx').expect(404);
    expect(unknown.text).toContain('Udleveringer findes ikke på sproget');
    const danish = await counter.agent.get('/guides/log-paa/handout').expect(200);
    expect(danish.text).toContain('<html lang="da" dir="ltr">');
  });
});
