import { caseEndpoints, goalEndpoints, metaEndpoints, statsEndpoints, statsTables } from '@digihjaelp/contract';
import { insertCaseRows } from '../../../test/support/case-rows';
import { buildCaseRequest } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

/**
 * A small fixed data set; every expected figure below is worked out by hand from it.
 * March 2025 (CET until Sunday 30 March, then CEST) is "the period"; a whole month is compared
 * with the month before.
 */
let testApp: TestApp;
let lead: SignedIn;
let anna: SignedIn;
let bo: SignedIn;

const march = { period: 'custom', from: '2025-03-01', to: '2025-03-31' };

beforeAll(async () => {
  testApp = await startTestApp();
  lead = await signInAs(testApp, 'lead', 'lene');
  anna = await signInAs(testApp, 'counter', 'anna');
  bo = await signInAs(testApp, 'counter', 'bo');
  const a = anna.user.id;
  const b = bo.user.id;
  await insertCaseRows(testApp.dataSource, [
    // Before the previous period.
    { at: '2025-01-28T10:00:00+01:00', staffId: a, categoryKeys: ['tax'], minutes: 9 },
    // The previous period: 3 visits, 2 solved at level 1–2, minutes 15/25/7, 1 repeat, no referrals.
    { at: '2025-02-10T10:00:00+01:00', staffId: a, recommended: { level: 2 }, minutes: 15 },
    {
      at: '2025-02-11T10:00:00+01:00',
      staffId: a,
      categoryKeys: ['tax'],
      recommended: { level: 3 },
      levelGiven: 4,
      outcome: 'not_solved',
      minutes: 25,
      repeatVisit: true,
    },
    { at: '2025-02-28T23:45:00+01:00', staffId: b, categoryKeys: ['tax'], minutes: 7 },
    // March: 8 visits.
    // Saturday 1 March 00:30 in Denmark is still 28 February in UTC: it belongs to March.
    { at: '2025-03-01T00:30:00+01:00', staffId: a, categoryKeys: ['other'], levelGiven: 1, minutes: 3 },
    {
      at: '2025-03-03T10:15:00+01:00',
      staffId: a,
      recommended: { level: 2 },
      minutes: 10,
      guideSlugs: ['mitid-ny-telefon'],
    },
    {
      at: '2025-03-03T10:40:00+01:00',
      staffId: a,
      categoryKeys: ['mitid-login', 'digital-post'],
      recommended: { level: 2 },
      levelGiven: 1,
      minutes: 20,
      guideSlugs: ['mitid-ny-telefon'],
      repeatVisit: true,
      deviationReason: 'Kunne selv',
      note: 'Hemmelig note',
    },
    {
      at: '2025-03-04T14:05:00+01:00',
      staffId: b,
      channelKey: 'phone',
      categoryKeys: ['tax'],
      recommended: { level: 3 },
      levelGiven: 3,
      outcome: 'partly_solved',
      minutes: 30,
    },
    {
      at: '2025-03-10T10:30:00+01:00',
      staffId: b,
      branchKey: 'fensmark',
      categoryKeys: ['tax'],
      outcome: 'referred',
      referralTarget: 'tax-authority',
      minutes: 5,
      repeatVisit: true,
    },
    {
      at: '2025-03-17T11:00:00+01:00',
      staffId: a,
      categoryKeys: ['digital-post'],
      recommended: { level: 1 },
      levelGiven: 3,
      minutes: 40,
      guideSlugs: ['digital-post-laes'],
      deviationReason: 'Borgeren var usikker',
    },
    {
      at: '2025-03-21T10:10:00+01:00',
      staffId: a,
      categoryKeys: ['fraud'],
      recommended: { notPermitted: true },
      levelGiven: 1,
      outcome: 'refused_not_permitted',
      minutes: 8,
    },
    // Monday 31 March 13:00 summer time.
    {
      at: '2025-03-31T13:00:00+02:00',
      staffId: b,
      recommended: { level: 2 },
      minutes: 12,
      guideSlugs: ['mitid-ny-telefon'],
    },
    // 1 April 00:30 in Denmark is still 31 March in UTC: it belongs to April.
    { at: '2025-04-01T00:30:00+02:00', staffId: a, categoryKeys: ['other'], minutes: 6 },
  ]);
});
afterAll(() => testApp.close());

type Query = Record<string, string | number>;
const fieldPaths = (body: { error: { details: { fields: { path: string }[] } } }) =>
  body.error.details.fields.map((field) => field.path);

describe('key figures with the change against the previous period', () => {
  it('matches the hand-counted figures for March and for February', async () => {
    const { body } = await lead.call(statsEndpoints.keyFigures, { query: march }).expect(200);
    expect(body.period).toEqual({ from: '2025-03-01', to: '2025-03-31', days: 31, partial: false });
    expect(body.previousPeriod).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(body.lastYearPeriod).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    const f = body.figures;
    // Nothing was logged in March 2024.
    expect(f.visits).toEqual({ current: 8, previous: 3, change: 5, lastYear: 0, changeFromLastYear: 8 });
    // Solved at level 1–2: 4 of 8; before: 2 of 3.
    expect(f.solvedLowLevelShare.current).toBe(0.5);
    expect(f.solvedLowLevelShare.previous).toBeCloseTo(2 / 3);
    expect(f.solvedLowLevelShare.change).toBeCloseTo(0.5 - 2 / 3);
    // 3 5 8 10 | 12 20 30 40 → (10 + 12) / 2; before 7 15 25 → 15.
    expect(f.medianMinutes).toMatchObject({ current: 11, previous: 15, change: -4, lastYear: null });
    expect(f.repeatVisitShare.current).toBe(0.25);
    expect(f.repeatVisitShare.previous).toBeCloseTo(1 / 3);
    expect(f.referralShare).toMatchObject({ current: 0.125, previous: 0, change: 0.125 });
    // One refusal: too few to show.
    expect(f.notPermitted).toMatchObject({ current: '<3', previous: 0, change: null });
  });

  it('narrows to one staff member, category, branch or channel', async () => {
    const visits = async (filter: Query) =>
      (await lead.call(statsEndpoints.keyFigures, { query: { ...march, ...filter } }).expect(200)).body.figures.visits
        .current;
    expect(await visits({ staffId: anna.user.id })).toBe(5);
    expect(await visits({ categoryKey: 'mitid-login' })).toBe(3);
    expect(await visits({ branchKey: 'hovedbiblioteket' })).toBe(7);
    expect(await visits({ branchKey: 'fensmark' })).toBe('<3');
    expect(await visits({ channelKey: 'phone' })).toBe('<3');
    expect(await visits({ staffId: anna.user.id, categoryKey: 'mitid-login' })).toBe('<3');
    expect(await visits({ staffId: anna.user.id, categoryKey: 'digital-post', branchKey: 'hovedbiblioteket' })).toBe(
      '<3',
    );
  });

  it('hides shares and medians of fewer than three visits', async () => {
    const { body } = await lead
      .call(statsEndpoints.keyFigures, { query: { ...march, branchKey: 'fensmark' } })
      .expect(200);
    expect(body.figures.solvedLowLevelShare.current).toBeNull();
    expect(body.figures.medianMinutes.current).toBeNull();
  });
});

describe('the dashboard tables', () => {
  it('visits over a year by month, small months hidden', async () => {
    const { body } = await lead
      .call(statsEndpoints.visitsOverTime, { query: { from: '2025-01-01', to: '2025-12-31' } })
      .expect(200);
    expect(body.bucket).toBe('month');
    expect(body.data.slice(0, 5)).toEqual([
      { start: '2025-01-01', visits: '<3', partial: false },
      { start: '2025-02-01', visits: 3, partial: false },
      { start: '2025-03-01', visits: 8, partial: false },
      { start: '2025-04-01', visits: '<3', partial: false },
      { start: '2025-05-01', visits: 0, partial: false },
    ]);
    expect(body.data).toHaveLength(12);
  });

  it('visits in March by day, across the change to summer time', async () => {
    const { body } = await lead.call(statsEndpoints.visitsOverTime, { query: march }).expect(200);
    expect(body.bucket).toBe('day');
    expect(body.data).toHaveLength(31);
    expect(body.data[0]).toEqual({ start: '2025-03-01', visits: '<3', partial: false });
    expect(body.data[30]).toEqual({ start: '2025-03-31', visits: '<3', partial: false });
    expect(body.data[4]).toEqual({ start: '2025-03-05', visits: 0, partial: false });
  });

  it('weekday × hour: three visits on Monday 10–11, the rest hidden', async () => {
    const { body } = await lead.call(statsEndpoints.heatMap, { query: march }).expect(200);
    expect(body.data).toEqual([
      { weekday: 1, hour: 10, visits: 3 },
      { weekday: 1, hour: 11, visits: '<3' },
      { weekday: 1, hour: 13, visits: '<3' },
      { weekday: 2, hour: 14, visits: '<3' },
      { weekday: 5, hour: 10, visits: '<3' },
      { weekday: 6, hour: 0, visits: '<3' },
    ]);
  });

  it('categories × level and outcome; a two-category visit counts under both', async () => {
    const { body } = await lead.call(statsEndpoints.categories, { query: march }).expect(200);
    expect(body.data[0]).toEqual({
      categoryKey: 'mitid-login',
      visits: 3,
      levels: ['<3', '<3', 0, 0, 0],
      outcomes: { solved: 3, partly_solved: 0, not_solved: 0, referred: 0, refused_not_permitted: 0 },
    });
    expect(body.data.map((row: { categoryKey: string }) => row.categoryKey).sort()).toEqual([
      'digital-post',
      'fraud',
      'mitid-login',
      'other',
      'tax',
    ]);
    expect(body.data.find((row: { categoryKey: string }) => row.categoryKey === 'digital-post').visits).toBe('<3');
  });

  it('the help-level mix month by month', async () => {
    const { body } = await lead
      .call(statsEndpoints.levelMix, { query: { from: '2025-02-01', to: '2025-03-31' } })
      .expect(200);
    expect(body.data).toEqual([
      { month: '2025-02-01', visits: 3, levels: [0, '<3', 0, '<3', 0], solvedLowLevelShare: 2 / 3, partial: false },
      { month: '2025-03-01', visits: 8, levels: [3, 3, '<3', 0, 0], solvedLowLevelShare: 0.5, partial: false },
    ]);
  });

  it('recommended vs given: agreement, deviations and the reasons, newest first', async () => {
    const { body } = await lead.call(statsEndpoints.recommendation, { query: march }).expect(200);
    expect(body).toMatchObject({ compared: 5, agreed: 3, agreementShare: 0.6 });
    expect(body.matrix).toEqual([
      { recommended: 1, given: 3, visits: '<3' },
      { recommended: 2, given: 1, visits: '<3' },
      { recommended: 2, given: 2, visits: '<3' },
      { recommended: 3, given: 3, visits: '<3' },
    ]);
    expect(body.reasons).toEqual([
      { date: '2025-03-17', recommended: 1, given: 3, reason: 'Borgeren var usikker' },
      { date: '2025-03-03', recommended: 2, given: 1, reason: 'Kunne selv' },
    ]);
  });

  it('referrals by target', async () => {
    const { body } = await lead.call(statsEndpoints.referrals, { query: march }).expect(200);
    expect(body).toMatchObject({ referred: '<3', data: [{ target: 'tax-authority', visits: '<3' }] });
  });

  it('guides used most in solved visits', async () => {
    const { body } = await lead.call(statsEndpoints.guides, { query: march }).expect(200);
    expect(body.data).toEqual([
      { guideSlug: 'mitid-ny-telefon', solvedVisits: 3, visits: 3 },
      { guideSlug: 'digital-post-laes', solvedVisits: '<3', visits: '<3' },
    ]);
  });

  it('branches compared', async () => {
    const { body } = await lead.call(statsEndpoints.branches, { query: march }).expect(200);
    expect(body.data).toEqual([
      // 3 8 10 12 20 30 40 → 12; solved at 1–2: 4 of 7; 1 repeat of 7.
      {
        branchKey: 'hovedbiblioteket',
        visits: 7,
        solvedLowLevelShare: 4 / 7,
        medianMinutes: 12,
        repeatVisitShare: 1 / 7,
        referralShare: 0,
      },
      {
        branchKey: 'fensmark',
        visits: '<3',
        solvedLowLevelShare: null,
        medianMinutes: null,
        repeatVisitShare: null,
        referralShare: null,
      },
    ]);
  });
});

describe('goals (målindsatser)', () => {
  const post = (body: object) => lead.call(goalEndpoints.create, { body });

  it('shows progress over the year and whether each goal is on track', async () => {
    // 2025: 13 visits; 8 solved at level 1–2; minutes 3 5 6 7 8 9 [10] 12 15 20 25 30 40.
    const share = (
      await post({
        year: 2025,
        measure: 'solved-low-level-share',
        target: 0.6,
        title: '60 % løst på niveau 1–2',
      }).expect(201)
    ).body.data;
    expect(share.progress).toEqual({ measuredTo: '2025-12-31', value: 8 / 13, expectedByNow: 0.6, onTrack: true });
    const median = (
      await post({ year: 2025, measure: 'median-minutes', target: 9, title: 'Median under 9 minutter' }).expect(201)
    ).body.data;
    expect(median.progress).toMatchObject({ value: 10, onTrack: false });
    const visits = (await post({ year: 2025, measure: 'visits', target: 100, title: '100 henvendelser' }).expect(201))
      .body.data;
    expect(visits.progress).toMatchObject({ value: 13, expectedByNow: 100, onTrack: false });
    const fensmark = (
      await post({
        year: 2025,
        measure: 'referral-share',
        target: 0.1,
        title: 'Færre henvisninger',
        branchKey: 'fensmark',
      }).expect(201)
    ).body.data;
    expect(fensmark.progress).toMatchObject({ value: null, onTrack: null });

    const list = (await lead.call(goalEndpoints.list, { query: { year: 2025 } }).expect(200)).body.data;
    expect(list.map((goal: { title: string }) => goal.title)).toEqual([
      '60 % løst på niveau 1–2',
      'Median under 9 minutter',
      '100 henvendelser',
      'Færre henvisninger',
    ]);
    expect((await lead.call(goalEndpoints.list, { query: { year: 2024 } }).expect(200)).body.data).toEqual([]);
  });

  it('are changed and removed by leads; shares must be 0–1; no personal data in titles', async () => {
    const goal = (
      await post({ year: 2025, measure: 'median-minutes', target: 15, title: 'Median under 15' }).expect(201)
    ).body.data;
    const changed = await lead
      .call(goalEndpoints.update, { params: { id: goal.id }, body: { target: 10 } })
      .expect(200);
    expect(changed.body.data).toMatchObject({ target: 10, progress: { value: 10, onTrack: true } });
    await lead.call(goalEndpoints.delete, { params: { id: goal.id } }).expect(200);
    await lead.call(goalEndpoints.delete, { params: { id: goal.id } }).expect(404);

    const badShare = await post({ year: 2025, measure: 'referral-share', target: 60, title: 'x' }).expect(400);
    expect(fieldPaths(badShare.body)).toEqual(['target']);
    const personal = await post({ year: 2025, measure: 'visits', target: 5, title: 'Ring 20 30 40 50' }).expect(422);
    expect(personal.body.error.code).toBe('personal_data');
  });
});

describe('never a stale figure after a case is logged', () => {
  it('counts a case the moment it is logged, corrected or deleted', async () => {
    const counter = await signInAs(testApp, 'counter', 'carl');
    const query = { period: 'this-month', branchKey: 'glumsoe', staffId: counter.user.id };
    const visits = async () => (await lead.call(statsEndpoints.keyFigures, { query }).expect(200)).body.figures;
    expect((await visits()).visits.current).toBe(0);
    const ids: string[] = [];
    for (const minutes of [10, 20, 30]) {
      const response = await counter
        .call(caseEndpoints.create, { body: buildCaseRequest({ branchKey: 'glumsoe', minutes }) })
        .expect(201);
      ids.push(response.body.data.id);
    }
    expect(await visits()).toMatchObject({
      visits: { current: 3 },
      medianMinutes: { current: 20 },
      solvedLowLevelShare: { current: 1 },
    });

    await lead
      .call(caseEndpoints.update, { params: { id: ids[0]! }, body: { version: 1, levelGiven: 3, minutes: 40 } })
      .expect(200);
    expect(await visits()).toMatchObject({ medianMinutes: { current: 30 }, solvedLowLevelShare: { current: 2 / 3 } });

    await lead.call(caseEndpoints.delete, { params: { id: ids[1]! } }).expect(200);
    expect((await visits()).visits.current).toBe('<3');
  });
});

describe('bulk loads', () => {
  it('fold themselves into the rollups at once, so nothing waits in the queue', async () => {
    await testApp.dataSource.query(
      `INSERT INTO cases (created_at, updated_at, staff_id, branch_key, channel_key, category_keys, level_given, outcome, minutes)
       SELECT '2024-06-15T10:00:00+02:00', now(), $1, 'fuglebjerg', 'phone', ARRAY['health'], 1 + n % 2, 'solved', 5 + n % 3
         FROM generate_series(1, 600) AS n`,
      [bo.user.id],
    );
    expect((await testApp.dataSource.query('SELECT count(*)::int AS n FROM case_stats_pending'))[0].n).toBe(0);
    const { body } = await lead
      .call(statsEndpoints.keyFigures, { query: { from: '2024-06-01', to: '2024-06-30', branchKey: 'fuglebjerg' } })
      .expect(200);
    // 200 cases each of 5, 6 and 7 minutes.
    expect(body.figures).toMatchObject({
      visits: { current: 600 },
      solvedLowLevelShare: { current: 1 },
      medianMinutes: { current: 6 },
    });
  });
});

describe('bad input and access', () => {
  it('400 naming the parameter', async () => {
    const paths = async (query: Query) =>
      fieldPaths((await lead.call(statsEndpoints.keyFigures, { query: { ...query } }).expect(400)).body);
    expect(await paths({ from: '2025-03-10', to: '2025-03-01' })).toEqual(['from']);
    expect(await paths({ from: '2019-01-01', to: '2025-01-01' })).toEqual(['to']);
    expect(await paths({ period: 'next-decade' })).toEqual(['period']);
    expect(await paths({ period: 'this-month', from: '2025-01-01' })).toEqual(['period']);
    expect(await paths({ from: '2025-02-30', to: '2025-03-01' })).toEqual(['from']);
    expect(await paths({ branchKey: 'atlantis' })).toEqual(['branchKey']);
    expect(await paths({ channelKey: 'pigeon' })).toEqual(['channelKey']);
    expect(await paths({ categoryKey: 'astrology' })).toEqual(['categoryKey']);
    expect(await paths({ staffId: '00000000-0000-4000-8000-000000000000' })).toEqual(['staffId']);
    expect(await paths({ staffId: 'bo' })).toEqual(['staffId']);
  });

  it('offers the lists the filters choose from', async () => {
    const { body } = await lead.call(statsEndpoints.filterOptions).expect(200);
    expect(body.branches[0]).toEqual({ key: 'hovedbiblioteket', nameDa: 'Hovedbiblioteket', nameEn: 'Main library' });
    expect(body.channels).toHaveLength(4);
    expect(body.categories).toHaveLength(17);
    expect(body.staff.map((member: { id: string }) => member.id)).toEqual(
      expect.arrayContaining([anna.user.id, bo.user.id]),
    );
  });

  it('counter staff get 403, also for exports and goals', async () => {
    await anna.call(statsEndpoints.filterOptions).expect(403);
    await anna.call(statsEndpoints.keyFigures, { query: march }).expect(403);
    await anna.call(statsEndpoints.export, { params: { table: 'cases' }, query: march }).expect(403);
    await anna.call(goalEndpoints.list, { query: { year: 2025 } }).expect(403);
  });

  it('documents every statistics endpoint in OpenAPI', async () => {
    const { body } = await lead.call(metaEndpoints.openApi).expect(200);
    // Every table is an endpoint of its own, except the case list (its export is /api/stats/export/cases).
    for (const path of statsTables.filter((table) => table !== 'cases')) {
      const parameters = body.paths[`/api/stats/${path}`].get.parameters.map(
        (parameter: { name: string }) => parameter.name,
      );
      expect(parameters).toEqual(['period', 'from', 'to', 'branchKey', 'channelKey', 'categoryKey', 'staffId']);
    }
    expect(Object.keys(body.paths['/api/stats/export/{table}'].get.responses['200'].content)).toEqual(['text/csv']);
  });
});

describe('CSV export', () => {
  it('writes a dashboard table for Danish Excel: BOM, ";", Danish letters, "<3"', async () => {
    const response = await lead
      .call(statsEndpoints.export, { params: { table: 'branches' }, query: march })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="statistik-branches-2025-03-01-2025-03-31.csv"',
    );
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Filial;Henvendelser;Løst på niveau 1–2 (%);Median minutter;Gentagne (%);Henvisninger (%)',
      'Hovedbiblioteket;7;57,1;12;14,3;0',
      'Fensmark Bibliotek;<3;;;;',
      '',
    ]);
  });

  it('exports the filtered cases without notes or reasons', async () => {
    const response = await lead
      .call(statsEndpoints.export, { params: { table: 'cases' }, query: { ...march, staffId: anna.user.id } })
      .expect(200);
    const lines = response.text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Dato;Klokkeslæt;Filial;Kanal;Medarbejder;Kategorier;Anbefalet;Givet niveau;Udfald;Henvist til;Minutter;Vejledninger;Gentagen henvendelse;Aldersgruppe',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]?.split(';')).toEqual([
      '2025-03-01',
      '00:30',
      'Hovedbiblioteket',
      'Fremmøde',
      expect.stringMatching(/^Medarbejder \d+$/),
      'Andet / uden for vores opgaver',
      '',
      '1',
      'Løst',
      '',
      '3',
      '',
      'nej',
      '',
    ]);
    expect(lines[3]).toContain(
      'MitID: login, mistede koder, ny telefon, spærring, Digital Post (borger.dk, e-Boks, mit.dk)',
    );
    expect(response.text).not.toContain('Hemmelig note');
    expect(response.text).not.toContain('Kunne selv');
  });

  it('400 for an unknown table', async () => {
    const response = await lead.call(statsEndpoints.export, { params: { table: 'secrets' }, query: march }).expect(400);
    expect(fieldPaths(response.body)).toEqual(['table']);
  });
});
