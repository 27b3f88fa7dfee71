import type request from 'supertest';
import { enumeratePaths, seededFlows } from '@digihjaelp/triage';
import { guideEndpoints, healthEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { buildLargeFlow } from '@digihjaelp/triage/src/testing/large-flow';
import { anonymousCall } from '../../../test/support/api-client';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { loadGuideFiles } from '../guides/guide-files';
import { importGuides } from '../guides/guide-import.service';
import { seedTriageFlows } from './triage.service';

let testApp: TestApp;
let counter: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'skranke1');
  lead = await signInAs(testApp, 'lead', 'leder1');
  // The knowledge base the seeded flows link to, loaded as `npm run seed:guides` loads it.
  const files = await loadGuideFiles();
  await testApp.dataSource.transaction((manager) => importGuides(manager, files, lead.user));
});
afterAll(() => testApp.close());

const evaluate = (body: object, as: SignedIn = counter) => as.call(triageEndpoints.evaluate, { body });
const saveVersion = (categoryKey: string, definition: unknown, as: SignedIn = lead) =>
  as.call(triageEndpoints.saveVersion, { params: { categoryKey }, body: { definition } });
const fieldPaths = (response: request.Response) =>
  response.body.error.details.fields.map((field: { path: string }) => field.path);

describe('GET /api/triage/flows', () => {
  it('lists the current flow of every category in display order, with questions', async () => {
    const response = await counter.call(triageEndpoints.flows).expect(200);
    expect(response.body.data).toHaveLength(17);
    expect(response.body.data[0]).toMatchObject({ categoryKey: 'mitid-setup', version: 1, createdBy: null });
    const digitalPost = response.body.data.find((flow: { categoryKey: string }) => flow.categoryKey === 'digital-post');
    expect(digitalPost.definition.questions[0]).toMatchObject({ id: 'behov', kind: 'choice' });
  });

  it('needs a login', async () => {
    await anonymousCall(testApp.app)(triageEndpoints.flows).expect(401);
  });
});

describe('POST /api/triage/evaluate', () => {
  it('recommends with reasons, legal notes, must-nots, guides and the flow version', async () => {
    const response = await evaluate({
      categoryKey: 'digital-post',
      answers: { behov: 'brev-frist', frist: true, evner: 'forklaring', forhold: 'ingen' },
    }).expect(200);
    expect(response.body.data).toMatchObject({
      kind: 'level',
      level: 2,
      referral: null,
      urgent: true,
      categoryKey: 'digital-post',
      flowCategoryKey: 'digital-post',
      flowVersion: 1,
      answers: { behov: 'brev-frist', frist: true, evner: 'forklaring', forhold: 'ingen' },
    });
    const data = response.body.data;
    expect(data.reasons.length).toBeGreaterThan(0);
    expect(data.legalNotes.map((note: { key: string }) => note.key)).toEqual(
      expect.arrayContaining(['mitid-personal', 'digital-post-legal-effect']),
    );
    expect(data.mustNot.length).toBeGreaterThan(0);
    expect(data.guideSlugs).toContain('digital-post-frister');
    expect(data.nextTime.length).toBeGreaterThan(0);
  });

  it('gives the same answers the same answer again, compressed or not', async () => {
    const [visit] = enumeratePaths(seededFlows['mitid-login']);
    const body = { categoryKey: 'mitid-login', answers: visit?.answers };
    const first = await evaluate(body).expect(200);
    for (const encoding of ['gzip', 'identity']) {
      const again = await evaluate(body).set('Accept-Encoding', encoding).expect(200);
      expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(again.body).toEqual(first.body);
    }
  });

  it('refuses the MitID request and marks fraud urgent with its referral contacts', async () => {
    const refused = await evaluate({
      categoryKey: 'digital-post',
      answers: { behov: 'laese', evner: 'mitid-for-mig' },
    }).expect(200);
    expect(refused.body.data).toMatchObject({ kind: 'notPermitted', level: null });
    expect(refused.body.data.alternatives.length).toBeGreaterThan(0);

    const fraud = await evaluate({ categoryKey: 'fraud', answers: { hvad: 'mitid', 'cpr-givet': false } }).expect(200);
    expect(fraud.body.data).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(fraud.body.data.referrals.map((referral: { target: string }) => referral.target)).toEqual([
      'mitid-support',
      'bank',
      'police',
    ]);
  });

  it('drops answers to questions that are not shown', async () => {
    const response = await evaluate({
      categoryKey: 'digital-post',
      answers: { behov: 'laese', evner: 'alene', frist: true },
    }).expect(200);
    expect(response.body.data).toMatchObject({ level: 1, urgent: false, answers: { behov: 'laese', evner: 'alene' } });
  });

  it('answers 400 naming the field for an unknown category, question, wrong type or missing answer', async () => {
    const unknownCategory = await evaluate({ categoryKey: 'ukendt', answers: {} }).expect(400);
    expect(fieldPaths(unknownCategory)).toEqual(['categoryKey']);

    const unknownQuestion = await evaluate({
      categoryKey: 'tax',
      answers: { emne: 'regler', frist: false, hvem: true },
    }).expect(400);
    expect(fieldPaths(unknownQuestion)).toEqual(['answers.hvem']);

    const wrongType = await evaluate({ categoryKey: 'tax', answers: { emne: 'regler', frist: 'ja' } }).expect(400);
    expect(fieldPaths(wrongType)).toEqual(['answers.frist']);

    const notAnOption = await evaluate({ categoryKey: 'tax', answers: { emne: 'moms', frist: false } }).expect(400);
    expect(fieldPaths(notAnOption)).toEqual(['answers.emne']);

    const missing = await evaluate({ categoryKey: 'tax', answers: { emne: 'forskud', frist: false } }).expect(400);
    expect(fieldPaths(missing)).toEqual(['answers.evner']);
    expect(missing.body.error.message).toContain('answers.evner');

    const noAnswers = await evaluate({ categoryKey: 'tax' }).expect(400);
    expect(fieldPaths(noAnswers)).toEqual(['answers']);
  });

  it('uses the general flow for a category that has none', async () => {
    await testApp.dataSource.query(
      `INSERT INTO categories (key, name_da, name_en, sort_order) VALUES ('ny-kategori', 'Ny', 'New', 999)`,
    );
    const response = await evaluate({
      categoryKey: 'ny-kategori',
      answers: { henvendelse: 'udenfor', frist: false },
    }).expect(200);
    expect(response.body.data).toMatchObject({
      categoryKey: 'ny-kategori',
      flowCategoryKey: 'other',
      kind: 'referral',
    });
  });

  it('needs the CSRF token', async () => {
    await counter
      .call(triageEndpoints.evaluate, { csrf: false, body: { categoryKey: 'tax', answers: {} } })
      .expect(403);
  });
});

describe('saving flow versions (leads and admins)', () => {
  const editedSocialMedia = () => {
    const definition = structuredClone(seededFlows['social-media']);
    definition.title = 'Sociale medier (rettet)';
    definition.rules.find((rule) => rule.id === 'afpresning')!.reason = 'Anmeld afpresning til politiet; betal ikke.';
    return definition;
  };

  it('saves a new version that evaluation then uses; earlier versions stay readable', async () => {
    // The same answers evaluated before the save: what the first version recommended is not served again after it.
    const before = await evaluate({
      categoryKey: 'social-media',
      answers: { emne: 'overtaget', afpresning: true },
    }).expect(200);
    expect(before.body.data.flowVersion).toBe(1);
    const saved = await saveVersion('social-media', editedSocialMedia()).expect(201);
    expect(saved.body.data).toMatchObject({
      categoryKey: 'social-media',
      version: 2,
      createdBy: expect.stringMatching(/^Medarbejder/),
      definition: { title: 'Sociale medier (rettet)' },
    });

    const evaluated = await evaluate({
      categoryKey: 'social-media',
      answers: { emne: 'overtaget', afpresning: true },
    }).expect(200);
    expect(evaluated.body.data).toMatchObject({
      flowVersion: 2,
      reasons: expect.arrayContaining(['Anmeld afpresning til politiet; betal ikke.']),
    });

    const versions = await counter
      .call(triageEndpoints.versions, { params: { categoryKey: 'social-media' } })
      .expect(200);
    expect(versions.body.data.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    const first = await counter
      .call(triageEndpoints.version, { params: { categoryKey: 'social-media', version: 1 } })
      .expect(200);
    expect(first.body.data.definition.title).toBe(seededFlows['social-media'].title);

    const current = await counter.call(triageEndpoints.flows).expect(200);
    expect(current.body.data.find((flow: { categoryKey: string }) => flow.categoryKey === 'social-media').version).toBe(
      2,
    );
  });

  it('refuses a flow failing the static check with every problem listed, saving nothing', async () => {
    const broken = editedSocialMedia() as unknown as {
      rules: { id: string; when?: unknown; outcome?: { level?: number }; guideSlugs?: string[] }[];
    };
    const genskab = broken.rules.find((rule) => rule.id === 'genskab-konto')!;
    genskab.outcome = { level: 9 };
    const response = await saveVersion('social-media', broken).expect(400);
    expect(fieldPaths(response)).toContain('definition.rules.2.outcome.level');

    const fixedLevel = editedSocialMedia();
    fixedLevel.rules.find((rule) => rule.id === 'genskab-konto')!.when = { question: 'emne', is: 'findes-ikke' };
    fixedLevel.rules[0]!.guideSlugs = ['ukendt-vejledning'];
    const problems = await saveVersion('social-media', fixedLevel).expect(400);
    expect(problems.body.error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'definition.rules.0.guideSlugs.0', message: 'Vejledningen findes ikke: ukendt-vejledning' },
        expect.objectContaining({ path: 'definition.rules.2.when', message: expect.stringContaining('findes-ikke') }),
        expect.objectContaining({ path: 'definition.rules', message: expect.stringMatching(/^Blindgyde/) }),
      ]),
    );
    const versions = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM triage_flows WHERE category_key = 'social-media'`,
    );
    expect(versions[0].n).toBe(2);
  });

  it('checks a definition without saving it', async () => {
    const ok = await lead.call(triageEndpoints.check, { body: { definition: seededFlows.tax } }).expect(200);
    expect(ok.body.data).toMatchObject({ ok: true, problems: [], pathCount: expect.any(Number) });
    const bad = await lead.call(triageEndpoints.check, { body: { definition: { title: 'x' } } }).expect(200);
    expect(bad.body.data.ok).toBe(false);
    expect(bad.body.data.problems.map((problem: { path: string }) => problem.path)).toEqual(
      expect.arrayContaining(['involvesLogin', 'questions', 'rules']),
    );
  });

  it('is for leads and admins only, and answers 404 for an unknown category or version', async () => {
    await saveVersion('tax', seededFlows.tax, counter).expect(403);
    await counter.call(triageEndpoints.check, { body: { definition: {} } }).expect(403);
    await saveVersion('findes-ikke', seededFlows.tax).expect(404);
    await counter.call(triageEndpoints.version, { params: { categoryKey: 'tax', version: 99 } }).expect(404);
    await counter.call(triageEndpoints.version, { params: { categoryKey: 'tax', version: 'nul' } }).expect(400);
  });
});

describe('the work a flow check may cost', () => {
  const check = (definition: unknown) => lead.call(triageEndpoints.check, { body: { definition } });

  it('a flow too large to check is a 400 saying so, for the check and the save alike, and nothing is saved', async () => {
    // 4,096 paths × 59 rules of 85 conditions: 20 million evaluations; this held a server for seconds.
    const huge = buildLargeFlow({ questions: 12, rules: 59, conditionsPerRule: 85 });
    const checked = await check(huge).expect(400);
    expect(checked.body.error).toMatchObject({ code: 'validation', details: { fields: [{ path: 'definition' }] } });
    expect(checked.body.error.message).toMatch(/for stort til at blive kontrolleret/);
    await saveVersion('other', huge).expect(400);
    const versions = await counter.call(triageEndpoints.versions, { params: { categoryKey: 'other' } }).expect(200);
    expect(versions.body.data.map((version: { version: number }) => version.version)).toEqual([1]);
  });

  it('/healthz answers while heavy checks run: they run off the event loop', async () => {
    // Just inside the bound: 4,096 paths × 244 condition nodes, twenty leads at once.
    const heavy = buildLargeFlow({ questions: 12, rules: 4, conditionsPerRule: 60 });
    await check(heavy).expect(200);
    const finished: string[] = [];
    const before = performance.eventLoopUtilization();
    const checks = Array.from({ length: 20 }, (_, index) =>
      check(heavy).then((response) => finished.push(`check ${index}: ${response.status}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const health = anonymousCall(testApp.app)(healthEndpoints.healthz).then((response) =>
      finished.push(`healthz: ${response.status}`),
    );
    await Promise.all([...checks, health]);
    const busy = performance.eventLoopUtilization(before);
    console.log(
      `20 heavy checks: event loop busy ${Math.round(busy.utilization * 100)} % of ${Math.round(busy.active + busy.idle)} ms; answered ${finished.join(', ')}`,
    );
    expect(finished).toContain('healthz: 200');
    expect(finished.filter((entry) => entry.startsWith('check')).every((entry) => entry.endsWith(': 200'))).toBe(true);
    // The checks' CPU time is the worker's: this process's event loop (which also runs the test's
    // own client) mostly waits. Checked on the event loop, it would be busy nearly all the time.
    expect(busy.utilization).toBeLessThan(0.75);
  });
});

describe('flows link the knowledge base', () => {
  const withGuide = (slug: string) => {
    const definition = structuredClone(seededFlows['social-media']);
    definition.rules[0]!.guideSlugs = [slug];
    return definition;
  };

  it('links a guide written in the app once it is published, and refuses it before and after', async () => {
    const guide = await buildGuide(testApp.dataSource, lead.user, {
      slug: 'ny-vejledning-om-profiler',
      status: 'draft',
    });
    const draft = await saveVersion('social-media', withGuide(guide.slug)).expect(400);
    expect(draft.body.error.details.fields).toContainEqual({
      path: 'definition.rules.0.guideSlugs.0',
      message: 'Vejledningen er ikke udgivet endnu: ny-vejledning-om-profiler',
    });

    const published = await lead
      .call(guideEndpoints.changeStatus, { params: { slug: guide.slug }, body: { status: 'published', version: 1 } })
      .expect(200);
    const saved = await saveVersion('social-media', withGuide(guide.slug)).expect(201);
    expect(saved.body.data.definition.rules[0].guideSlugs).toEqual([guide.slug]);

    const links = await lead.call(triageEndpoints.guideLinks, { params: { slug: guide.slug } }).expect(200);
    expect(links.body.data).toEqual([
      {
        categoryKey: 'social-media',
        flowTitle: seededFlows['social-media'].title,
        ruleIds: [seededFlows['social-media'].rules[0]!.id],
      },
    ]);
    await counter.call(triageEndpoints.guideLinks, { params: { slug: guide.slug } }).expect(403);

    await lead
      .call(guideEndpoints.changeStatus, {
        params: { slug: guide.slug },
        body: { status: 'archived', version: published.body.data.version },
      })
      .expect(200);
    const check = await lead.call(triageEndpoints.check, { body: { definition: withGuide(guide.slug) } }).expect(200);
    expect(check.body.data.problems).toContainEqual({
      path: 'rules.0.guideSlugs.0',
      message: 'Vejledningen er arkiveret: ny-vejledning-om-profiler. Fjern linket, eller vælg en anden vejledning.',
    });
  });

  it('lists no flow for a guide nobody links', async () => {
    const links = await lead.call(triageEndpoints.guideLinks, { params: { slug: 'ingen-linker-hertil' } }).expect(200);
    expect(links.body.data).toEqual([]);
  });
});

describe('seeding', () => {
  it('gives a category without a flow its seeded flow, and leaves edited flows alone', async () => {
    const latestSocialMedia = async () =>
      (
        await testApp.dataSource.query(
          `SELECT max(version)::int AS version FROM triage_flows WHERE category_key = 'social-media'`,
        )
      )[0].version;
    const edited = await latestSocialMedia();
    expect(edited).toBeGreaterThan(1);
    await testApp.dataSource.query(`DELETE FROM triage_flows WHERE category_key = 'health'`);
    expect(await seedTriageFlows(testApp.dataSource.manager)).toEqual(['health']);
    expect(await seedTriageFlows(testApp.dataSource.manager)).toEqual([]);
    expect(await latestSocialMedia()).toBe(edited);
  });

  it('brings an unedited seeded flow up to date after an upgrade changed its seed, as a new version', async () => {
    // As a database from before the upgrade: the seeded version 1 of the tax flow held older content.
    const older = { ...seededFlows.tax, title: 'Skat (før opdateringen)' };
    await testApp.dataSource.query(`DELETE FROM triage_flows WHERE category_key = 'tax'`);
    await testApp.dataSource.query(
      `INSERT INTO triage_flows (category_key, version, definition) VALUES ('tax', 1, $1::jsonb)`,
      [JSON.stringify(older)],
    );
    expect(await seedTriageFlows(testApp.dataSource.manager)).toEqual(['tax']);
    const versions = await counter.call(triageEndpoints.versions, { params: { categoryKey: 'tax' } }).expect(200);
    expect(versions.body.data.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    const current = await counter.call(triageEndpoints.version, { params: { categoryKey: 'tax', version: 2 } });
    expect(current.body.data).toMatchObject({ createdBy: null, definition: { title: seededFlows.tax.title } });
    expect(await seedTriageFlows(testApp.dataSource.manager)).toEqual([]);
  });
});
