import type request from 'supertest';
import { caseEndpoints } from '@digihjaelp/contract';
import { anonymousCall, type Call } from '../../../test/support/api-client';
import { buildCaseRequest } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let anonymous: Call;
let counter: SignedIn;
let colleague: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  anonymous = anonymousCall(testApp.app);
  counter = await signInAs(testApp, 'counter', 'sanne');
  colleague = await signInAs(testApp, 'counter', 'kurt');
  lead = await signInAs(testApp, 'lead', 'lene');
});
afterAll(() => testApp.close());

const post = (as: SignedIn, body: object) => as.call(caseEndpoints.create, { body });
const patch = (as: SignedIn, id: string, body: object) => as.call(caseEndpoints.update, { params: { id }, body });
const remove = (as: SignedIn, id: string) => as.call(caseEndpoints.delete, { params: { id } });
const countCases = async () => (await testApp.dataSource.query('SELECT count(*)::int AS n FROM cases'))[0].n as number;
const fieldPaths = (response: request.Response) =>
  response.body.error.details.fields.map((field: { path: string }) => field.path);
const logCase = async (as: SignedIn = counter, overrides: Record<string, unknown> = {}) =>
  (await post(as, buildCaseRequest(overrides)).expect(201)).body.data;

describe('logging a visit', () => {
  it('saves everything triage knew plus what the staff member confirmed, and audits the creation', async () => {
    const response = await post(
      counter,
      buildCaseRequest({
        note: 'Kom igen efter kurset',
        levelGiven: 3,
        deviationReason: 'Borgeren rystede på hænderne',
      }),
    ).expect(201);
    expect(response.body.data).toMatchObject({
      staff: { id: counter.user.id },
      branchKey: 'hovedbiblioteket',
      channelKey: 'walk-in',
      categoryKeys: ['mitid-login'],
      triage: { flowVersion: 1, answers: { 'has-mitid': true, device: 'own-phone' }, recommended: { level: 2 } },
      levelGiven: 3,
      outcome: 'solved',
      referralTarget: null,
      minutes: 12,
      guideSlugs: ['mitid-ny-telefon'],
      repeatVisit: false,
      ageBand: '65-79',
      note: 'Kom igen efter kurset',
      deviationReason: 'Borgeren rystede på hænderne',
      version: 1,
      canEdit: true,
    });
    const audit = await counter.call(caseEndpoints.audit, { params: { id: response.body.data.id } }).expect(200);
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'created',
        staff: { id: counter.user.id, displayName: expect.any(String) },
        changes: [],
      }),
    ]);
  });

  it('can be logged directly without triage, at the staff member’s default branch', async () => {
    await testApp.dataSource.query(`UPDATE staff_accounts SET default_branch_key = 'glumsoe' WHERE id = $1`, [
      colleague.user.id,
    ]);
    const relogged = await signInAs(testApp, 'counter', 'glumsoe-vikar');
    await testApp.dataSource.query(`UPDATE staff_accounts SET default_branch_key = 'glumsoe' WHERE id = $1`, [
      relogged.user.id,
    ]);
    const { branchKey, triage, ...direct } = buildCaseRequest({
      channelKey: 'phone',
      outcome: 'referred',
      referralTarget: 'mitid-support',
    });
    const created = await post(relogged, direct).expect(201);
    expect(created.body.data).toMatchObject({ branchKey: 'glumsoe', triage: null, referralTarget: 'mitid-support' });
  });

  it('without a branch and without a default branch → 400 naming branchKey', async () => {
    const { branchKey, ...body } = buildCaseRequest();
    const response = await post(counter, body).expect(400);
    expect(fieldPaths(response)).toEqual(['branchKey']);
  });

  it('accepts a recommended referral or a refusal from triage', async () => {
    const referral = await logCase(counter, {
      triage: { flowVersion: 3, answers: { fraud: true }, recommended: { referral: 'mitid-support' } },
      levelGiven: 1,
      outcome: 'referred',
      referralTarget: 'mitid-support',
    });
    expect(referral.triage.recommended).toEqual({ referral: 'mitid-support' });
    const refused = await logCase(counter, {
      triage: { flowVersion: 3, answers: { 'asks-for-mitid-code': true }, recommended: { notPermitted: true } },
      levelGiven: 1,
      outcome: 'refused_not_permitted',
    });
    expect(refused.triage.recommended).toEqual({ notPermitted: true });
  });

  it('answers with the case exactly as it is stored, whatever kind of visit it was', async () => {
    const visits = [
      buildCaseRequest({ note: 'Kom igen efter kurset', levelGiven: 3, deviationReason: 'Borgeren var nervøs' }),
      buildCaseRequest({
        categoryKeys: ['mitid-login', 'digital-post'],
        triage: {
          flowVersion: 3,
          answers: { fraud: true, skills: 'some' },
          recommended: { referral: 'mitid-support' },
        },
        levelGiven: 1,
        outcome: 'referred',
        referralTarget: 'mitid-support',
        ageBand: undefined,
      }),
      buildCaseRequest({
        triage: { flowVersion: 3, answers: { 'asks-for-mitid-code': true }, recommended: { notPermitted: true } },
        levelGiven: null,
        outcome: 'refused_not_permitted',
        guideSlugs: [],
      }),
      buildCaseRequest({ triage: null, repeatVisit: true }),
    ];
    for (const visit of visits) {
      const created = await post(counter, visit).expect(201);
      const stored = await counter.call(caseEndpoints.get, { params: { id: created.body.data.id } }).expect(200);
      expect(created.body.data).toEqual(stored.body.data);
    }
  });
});

describe('bad input: 400 naming the field, nothing saved', () => {
  const longText = 'a'.repeat(501);
  it.each([
    ['unknown branch', { branchKey: 'atlantis' }, 'branchKey'],
    ['malformed branch', { branchKey: 'Næstved' }, 'branchKey'],
    ['unknown channel', { channelKey: 'carrier-pigeon' }, 'channelKey'],
    ['unknown category', { categoryKeys: ['mitid-login', 'knitting'] }, 'categoryKeys'],
    ['no category', { categoryKeys: [] }, 'categoryKeys'],
    ['three categories', { categoryKeys: ['tax', 'health', 'fraud'] }, 'categoryKeys'],
    ['the same category twice', { categoryKeys: ['tax', 'tax'] }, 'categoryKeys'],
    ['unknown level', { levelGiven: 6 }, 'levelGiven'],
    ['level 0', { levelGiven: 0 }, 'levelGiven'],
    ['level as text', { levelGiven: 'high' }, 'levelGiven'],
    ['missing level given', { levelGiven: undefined }, 'levelGiven'],
    ['unknown outcome', { outcome: 'fixed' }, 'outcome'],
    ['missing outcome', { outcome: undefined }, 'outcome'],
    ['0 minutes', { minutes: 0 }, 'minutes'],
    ['481 minutes', { minutes: 481 }, 'minutes'],
    ['fractional minutes', { minutes: 2.5 }, 'minutes'],
    ['missing minutes', { minutes: undefined }, 'minutes'],
    ['a note over 500 characters', { note: longText }, 'note'],
    ['a reason over 500 characters', { levelGiven: 3, deviationReason: longText }, 'deviationReason'],
    ['referred without a target', { outcome: 'referred' }, 'referralTarget'],
    ['a target without being referred', { referralTarget: 'bank' }, 'referralTarget'],
    ['an unknown referral target', { outcome: 'referred', referralTarget: 'the-moon' }, 'referralTarget'],
    ['a reason though the level matches the recommendation', { deviationReason: 'Fordi' }, 'deviationReason'],
    ['a reason without any triage', { triage: null, levelGiven: 3, deviationReason: 'Fordi' }, 'deviationReason'],
    ['an unknown age band', { ageBand: '100+' }, 'ageBand'],
    ['a malformed guide slug', { guideSlugs: ['Ny Telefon!'] }, 'guideSlugs.0'],
    [
      'a recommendation of two kinds',
      { triage: { flowVersion: 1, answers: {}, recommended: { level: 2, referral: 'bank' } } },
      'triage.recommended',
    ],
    [
      'a recommended level off the ladder',
      { triage: { flowVersion: 1, answers: {}, recommended: { level: 9 } } },
      'triage.recommended',
    ],
    [
      'an answer that is a number',
      { triage: { flowVersion: 1, answers: { age: 80 }, recommended: { level: 2 } } },
      'triage.answers.age',
    ],
    ['a missing flow version', { triage: { answers: {}, recommended: { level: 2 } } }, 'triage.flowVersion'],
  ])('%s → %s', async (_label, overrides, field) => {
    const before = await countCases();
    const response = await post(counter, buildCaseRequest(overrides)).expect(400);
    expect(response.body.error.code).toBe('validation');
    expect(fieldPaths(response)).toContain(field);
    expect(await countCases()).toBe(before);
  });

  it('a closed branch or channel takes no new cases', async () => {
    await testApp.dataSource.query(
      `INSERT INTO branches (key, name_da, name_en, sort_order, active) VALUES ('lukket', 'Lukket', 'Closed', 99, false)`,
    );
    await testApp.dataSource.query(
      `INSERT INTO channels (key, name_da, name_en, sort_order, active) VALUES ('fax', 'Fax', 'Fax', 99, false)`,
    );
    expect(fieldPaths(await post(counter, buildCaseRequest({ branchKey: 'lukket' })).expect(400))).toEqual([
      'branchKey',
    ]);
    expect(fieldPaths(await post(counter, buildCaseRequest({ channelKey: 'fax' })).expect(400))).toEqual([
      'channelKey',
    ]);
  });

  it.each([
    ['note', { note: 'Borgerens cpr er 010190-1234' }, 'note'],
    ['note', { note: 'ring 20 30 40 50 hvis det driller' }, 'note'],
    ['note', { note: 'svar til anna@example.dk' }, 'note'],
    ['deviation reason', { levelGiven: 3, deviationReason: 'Se 0101901234' }, 'deviationReason'],
    [
      'triage answer',
      { triage: { flowVersion: 1, answers: { other: 'mail a@b.dk' }, recommended: { level: 2 } } },
      'triage.answers.other',
    ],
  ])('personal data in the %s → 422 personal_data naming %s', async (_label, overrides, field) => {
    const before = await countCases();
    const response = await post(counter, buildCaseRequest(overrides)).expect(422);
    expect(response.body.error.code).toBe('personal_data');
    expect(response.body.error.message).toMatch(/må ikke indeholde/);
    expect(fieldPaths(response)).toEqual([field]);
    expect(await countCases()).toBe(before);
  });
});

describe('the case list', () => {
  let leadList: SignedIn;
  let worker: SignedIn;
  beforeAll(async () => {
    leadList = await signInAs(testApp, 'lead', 'listeleder');
    worker = await signInAs(testApp, 'counter', 'listemedarbejder');
    await logCase(worker, {
      branchKey: 'fensmark',
      channelKey: 'phone',
      categoryKeys: ['tax', 'health'],
      levelGiven: 1,
      triage: null,
    });
    await logCase(worker, {
      branchKey: 'fuglebjerg',
      outcome: 'not_solved',
      note: 'Ville have nyt sundhedskort; 100% klar',
    });
    const old = await logCase(worker, {
      branchKey: 'herlufmagle',
      levelGiven: 4,
      triage: null,
      note: 'Fik hjælp til NemKonto',
    });
    await testApp.dataSource.query(`UPDATE cases SET created_at = '2025-03-15 10:00+01' WHERE id = $1`, [old.id]);
  });

  it('shows counter staff their own cases, newest first, paginated', async () => {
    const page1 = await worker.call(caseEndpoints.list, { query: { pageSize: 2 } }).expect(200);
    expect(page1.body.page).toEqual({ page: 1, pageSize: 2, total: 3 });
    expect(page1.body.data.map((c: { branchKey: string }) => c.branchKey)).toEqual(['fuglebjerg', 'fensmark']);
    const page2 = await worker.call(caseEndpoints.list, { query: { pageSize: 2, page: 2 } }).expect(200);
    expect(page2.body.data.map((c: { branchKey: string }) => c.branchKey)).toEqual(['herlufmagle']);
    expect(page1.body.data.every((c: { staff: { id: string } }) => c.staff.id === worker.user.id)).toBe(true);
  });

  it('refuses counter staff someone else’s list', async () => {
    await worker.call(caseEndpoints.list, { query: { staffId: counter.user.id } }).expect(403);
  });

  it('shows leads every case, filtered by period, branch, channel, category, level, outcome and staff', async () => {
    const all = await leadList.call(caseEndpoints.list, { query: { pageSize: 200 } }).expect(200);
    expect(all.body.page.total).toBe(await countCases());
    const branchesOf = async (query: Record<string, string | number>) =>
      (
        await leadList.call(caseEndpoints.list, { query: { staffId: worker.user.id, ...query } }).expect(200)
      ).body.data.map((c: { branchKey: string }) => c.branchKey);
    expect(await branchesOf({ branchKey: 'fensmark' })).toEqual(['fensmark']);
    expect(await branchesOf({ channelKey: 'phone' })).toEqual(['fensmark']);
    expect(await branchesOf({ categoryKey: 'health' })).toEqual(['fensmark']);
    expect(await branchesOf({ levelGiven: 4 })).toEqual(['herlufmagle']);
    expect(await branchesOf({ outcome: 'not_solved' })).toEqual(['fuglebjerg']);
    expect(await branchesOf({ from: '2025-03-15', to: '2025-03-15' })).toEqual(['herlufmagle']);
    expect(await branchesOf({ from: '2025-03-16', to: '2025-03-31' })).toEqual([]);
    expect(await branchesOf({ to: '2025-03-14' })).toEqual([]);
  });

  it('finds cases by words in their notes, whatever the case of the letters; % and _ are plain text', async () => {
    const branchesOf = async (q: string) =>
      (await leadList.call(caseEndpoints.list, { query: { staffId: worker.user.id, q } }).expect(200)).body.data.map(
        (c: { branchKey: string }) => c.branchKey,
      );
    expect(await branchesOf('nemkonto')).toEqual(['herlufmagle']);
    expect(await branchesOf('SUNDHEDSKORT')).toEqual(['fuglebjerg']);
    expect(await branchesOf('100%')).toEqual(['fuglebjerg']);
    expect(await branchesOf('%')).toEqual(['fuglebjerg']);
    expect(await branchesOf('_')).toEqual([]);
    expect(await branchesOf('pas')).toEqual([]);
    expect(fieldPaths(await leadList.call(caseEndpoints.list, { query: { q: 'x'.repeat(101) } }).expect(400))).toEqual([
      'q',
    ]);
  });

  it('rejects a malformed filter with 400 naming it', async () => {
    expect(fieldPaths(await leadList.call(caseEndpoints.list, { query: { levelGiven: 7 } }).expect(400))).toEqual([
      'levelGiven',
    ]);
    expect(fieldPaths(await leadList.call(caseEndpoints.list, { query: { from: '15-03-2025' } }).expect(400))).toEqual([
      'from',
    ]);
    expect(fieldPaths(await leadList.call(caseEndpoints.list, { query: { outcome: 'done' } }).expect(400))).toEqual([
      'outcome',
    ]);
  });
});

describe('one case', () => {
  it('counter staff see their own, not a colleague’s; leads see all; unknown is 404', async () => {
    const mine = await logCase(counter);
    await counter.call(caseEndpoints.get, { params: { id: mine.id } }).expect(200);
    await colleague.call(caseEndpoints.get, { params: { id: mine.id } }).expect(403);
    await colleague.call(caseEndpoints.audit, { params: { id: mine.id } }).expect(403);
    await lead.call(caseEndpoints.get, { params: { id: mine.id } }).expect(200);
    await lead.call(caseEndpoints.get, { params: { id: '00000000-0000-4000-8000-000000000000' } }).expect(404);
    expect(fieldPaths(await lead.call(caseEndpoints.get, { params: { id: 'nope' } }).expect(400))).toEqual(['id']);
    await anonymous(caseEndpoints.get, { params: { id: mine.id } }).expect(401);
  });
});

describe('correcting a case', () => {
  it('the author corrects within 24 hours; the trail keeps who, when and old → new per field', async () => {
    const created = await logCase(counter, { note: 'Første udgave' });
    const updated = await patch(counter, created.id, {
      version: 1,
      minutes: 20,
      outcome: 'partly_solved',
      note: 'Rettet',
    }).expect(200);
    expect(updated.body.data).toMatchObject({ minutes: 20, outcome: 'partly_solved', note: 'Rettet', version: 2 });
    const audit = await counter.call(caseEndpoints.audit, { params: { id: created.id } }).expect(200);
    expect(audit.body.data.map((entry: { action: string }) => entry.action)).toEqual(['created', 'updated']);
    expect(audit.body.data[1]).toMatchObject({
      staff: { id: counter.user.id },
      at: expect.any(String),
      changes: [
        { field: 'outcome', old: 'solved', new: 'partly_solved' },
        { field: 'minutes', old: 12, new: 20 },
        { field: 'note', old: 'Første udgave', new: 'Rettet' },
      ],
    });
  });

  it('sending unchanged values changes nothing and adds no audit entry', async () => {
    const created = await logCase(counter);
    const same = await patch(counter, created.id, { version: 1, minutes: 12 }).expect(200);
    expect(same.body.data.version).toBe(1);
    const audit = await counter.call(caseEndpoints.audit, { params: { id: created.id } }).expect(200);
    expect(audit.body.data).toHaveLength(1);
  });

  it('after 24 hours only a lead may correct it', async () => {
    const created = await logCase(counter);
    await testApp.dataSource.query(`UPDATE cases SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      created.id,
    ]);
    const seen = await counter.call(caseEndpoints.get, { params: { id: created.id } }).expect(200);
    expect(seen.body.data.canEdit).toBe(false);
    const refused = await patch(counter, created.id, { version: 1, minutes: 30 }).expect(403);
    expect(refused.body.error.message).toMatch(/teamleder/);
    await patch(lead, created.id, { version: 1, minutes: 30 }).expect(200);
  });

  it('a colleague may not correct someone else’s case', async () => {
    const created = await logCase(counter);
    await patch(colleague, created.id, { version: 1, minutes: 30 }).expect(403);
  });

  it('the rules hold on the corrected case: 400 or 422 naming the field, nothing changed', async () => {
    const created = await logCase(counter);
    expect(fieldPaths(await patch(counter, created.id, { version: 1, outcome: 'referred' }).expect(400))).toEqual([
      'referralTarget',
    ]);
    expect(fieldPaths(await patch(counter, created.id, { version: 1, minutes: 481 }).expect(400))).toEqual(['minutes']);
    expect(fieldPaths(await patch(counter, created.id, { version: 1, branchKey: 'atlantis' }).expect(400))).toEqual([
      'branchKey',
    ]);
    expect(
      fieldPaths(await patch(counter, created.id, { version: 1, categoryKeys: ['knitting'] }).expect(400)),
    ).toEqual(['categoryKeys']);
    expect(fieldPaths(await patch(counter, created.id, { version: 1, note: 'cpr 010190-1234' }).expect(422))).toEqual([
      'note',
    ]);
    expect(fieldPaths(await patch(counter, created.id, { minutes: 10 }).expect(400))).toEqual(['version']);
    const unchanged = await counter.call(caseEndpoints.get, { params: { id: created.id } }).expect(200);
    expect(unchanged.body.data).toMatchObject({ version: 1, outcome: 'solved', minutes: 12, note: null });
    await patch(counter, created.id, { version: 1, outcome: 'referred', referralTarget: 'bank' }).expect(200);
  });

  it('an edit based on an old version gets 409 and overwrites nothing', async () => {
    const created = await logCase(counter);
    await patch(counter, created.id, { version: 1, minutes: 15 }).expect(200);
    const stale = await patch(lead, created.id, { version: 1, minutes: 99 }).expect(409);
    expect(stale.body.error.code).toBe('conflict');
    expect((await lead.call(caseEndpoints.get, { params: { id: created.id } }).expect(200)).body.data.minutes).toBe(15);
  });

  it('two edits racing on the same version: one wins, the other gets 409, nothing overwritten', async () => {
    for (let round = 0; round < 5; round += 1) {
      const created = await logCase(counter);
      const [first, second] = await Promise.all([
        patch(counter, created.id, { version: 1, minutes: 41 }),
        patch(lead, created.id, { version: 1, minutes: 42 }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const winner = first.status === 200 ? 41 : 42;
      const stored = (await lead.call(caseEndpoints.get, { params: { id: created.id } }).expect(200)).body.data;
      expect(stored).toMatchObject({ minutes: winner, version: 2 });
      const audit = (await lead.call(caseEndpoints.audit, { params: { id: created.id } }).expect(200)).body.data;
      expect(audit.filter((entry: { action: string }) => entry.action === 'updated')).toHaveLength(1);
    }
  });
});

describe('a case and its audit row are written together or not at all', () => {
  afterEach(() => testApp.dataSource.query('ALTER TABLE case_audit DROP CONSTRAINT IF EXISTS refuse_for_test'));

  it('if the audit row cannot be written, the case is not created', async () => {
    await testApp.dataSource.query(
      `ALTER TABLE case_audit ADD CONSTRAINT refuse_for_test CHECK (action <> 'created') NOT VALID`,
    );
    const before = await countCases();
    await post(counter, buildCaseRequest()).expect(500);
    expect(await countCases()).toBe(before);
  });

  it('if the audit row cannot be written, the correction is not kept', async () => {
    const created = await logCase(counter);
    await testApp.dataSource.query(
      `ALTER TABLE case_audit ADD CONSTRAINT refuse_for_test CHECK (action <> 'updated') NOT VALID`,
    );
    await patch(counter, created.id, { version: 1, minutes: 77 }).expect(500);
    const stored = (await counter.call(caseEndpoints.get, { params: { id: created.id } }).expect(200)).body.data;
    expect(stored).toMatchObject({ minutes: 12, version: 1 });
  });
});

describe('deleting a case', () => {
  it('is a lead action, audited with the counted fields but never the note', async () => {
    const created = await logCase(counter, { note: 'Hemmelig note uden persondata' });
    await remove(counter, created.id).expect(403);
    await remove(lead, created.id).expect(200);
    await lead.call(caseEndpoints.get, { params: { id: created.id } }).expect(404);
    const audit = (await lead.call(caseEndpoints.audit, { params: { id: created.id } }).expect(200)).body.data;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['created', 'deleted']);
    expect(audit[1].staff.id).toBe(lead.user.id);
    expect(audit[1].changes).toEqual(expect.arrayContaining([{ field: 'minutes', old: 12, new: null }]));
    expect(JSON.stringify(audit)).not.toContain('Hemmelig');
    await counter.call(caseEndpoints.audit, { params: { id: created.id } }).expect(404);
    await remove(lead, created.id).expect(404);
  });

  it('scrubs the note and reason text its corrections copied into the trail, keeping what changed', async () => {
    const created = await logCase(counter, {
      note: 'Første note om Digital Post',
      levelGiven: 3,
      deviationReason: 'Borgeren bad om det',
    });
    await patch(counter, created.id, { version: 1, note: 'Rettet note om Digital Post', minutes: 20 }).expect(200);
    await patch(lead, created.id, { version: 2, deviationReason: 'Rettet begrundelse' }).expect(200);
    await remove(lead, created.id).expect(200);

    const audit = (await lead.call(caseEndpoints.audit, { params: { id: created.id } }).expect(200)).body.data;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      'created',
      'updated',
      'updated',
      'deleted',
    ]);
    expect(audit[1].changes).toEqual([
      { field: 'minutes', old: 12, new: 20 },
      { field: 'note', old: null, new: null, erased: true },
    ]);
    expect(audit[2].changes).toEqual([{ field: 'deviationReason', old: null, new: null, erased: true }]);
    const stored = JSON.stringify(
      await testApp.dataSource.query('SELECT * FROM case_audit WHERE case_id = $1', [created.id]),
    );
    expect(stored).not.toMatch(/Digital Post|Borgeren bad|Rettet begrundelse/);
  });
});
