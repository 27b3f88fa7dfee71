import { trainingScenarios } from '@digihjaelp/triage';
import { trainingEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let trainee: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  trainee = await signInAs(testApp, 'counter', 'elev1');
  lead = await signInAs(testApp, 'lead', 'leder1');
});
afterAll(() => testApp.close());

const attempt = (as: SignedIn, body: object) => as.call(trainingEndpoints.attempt, { body });

describe('training mode', () => {
  it('lists every scenario as a story, without the answer', async () => {
    const response = await trainee.call(trainingEndpoints.scenarios).expect(200);
    expect(response.body.data).toHaveLength(trainingScenarios.length);
    expect(response.body.data[0]).toEqual({
      id: 'brev-med-frist',
      title: expect.any(String),
      story: expect.stringContaining('Digital Post'),
      categoryKey: 'digital-post',
    });
    expect(JSON.stringify(response.body.data)).not.toContain('answers');
  });

  it('shows the engine’s recommendation and why, and scores the legal notes', async () => {
    const response = await attempt(trainee, {
      scenarioId: 'brev-med-frist',
      choice: { kind: 'level', level: 2 },
      legalNotes: ['digital-post-legal-effect', 'guardianship'],
    }).expect(201);
    expect(response.body.data).toMatchObject({
      agreed: true,
      recommendation: { kind: 'level', level: 2, urgent: true, flowVersion: 1 },
      notes: { correct: ['digital-post-legal-effect'], missed: ['mitid-personal'], extra: ['guardianship'] },
    });
    expect(response.body.data.recommendation.reasons.length).toBeGreaterThan(0);

    const disagreed = await attempt(trainee, {
      scenarioId: 'log-ind-for-mig',
      choice: { kind: 'level', level: 3 },
      legalNotes: [],
    }).expect(201);
    expect(disagreed.body.data).toMatchObject({ agreed: false, recommendation: { kind: 'notPermitted' } });
  });

  it('gives leads each trainee’s agreement rate, and only leads', async () => {
    await attempt(lead, {
      scenarioId: 'skatteregler',
      choice: { kind: 'referral', level: null },
      legalNotes: [],
    }).expect(201);
    await trainee.call(trainingEndpoints.agreement).expect(403);
    const response = await lead.call(trainingEndpoints.agreement).expect(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({ staffId: trainee.user.id, attempts: 2, agreed: 1, rate: 0.5 }),
      expect.objectContaining({ staffId: lead.user.id, attempts: 1, agreed: 1, rate: 1 }),
    ]);
  });

  it('refuses an unknown scenario (404) and a level choice without a level (400)', async () => {
    await attempt(trainee, {
      scenarioId: 'findes-ikke',
      choice: { kind: 'referral', level: null },
      legalNotes: [],
    }).expect(404);
    const response = await attempt(trainee, {
      scenarioId: 'brev-med-frist',
      choice: { kind: 'level', level: null },
      legalNotes: [],
    }).expect(400);
    expect(response.body.error.details.fields.map((field: { path: string }) => field.path)).toEqual(['choice.level']);
  });

  it('keeps each trainee’s own progress across sessions: agreement, notes missed, weakest categories', async () => {
    const newcomer = await signInAs(testApp, 'counter', 'elev2');
    expect((await newcomer.call(trainingEndpoints.progress).expect(200)).body.data).toEqual({
      attempts: 0,
      agreed: 0,
      rate: null,
      legalNotesMissed: 0,
      missedNotes: [],
      weakestCategories: [],
      scenarios: [],
      months: [],
    });

    // elev1 so far: brev-med-frist agreed (missed mitid-personal), log-ind-for-mig not agreed (its notes
    // include mitid-personal, none picked). Now brev-med-frist again, wrong and without notes.
    const third = await attempt(trainee, {
      scenarioId: 'brev-med-frist',
      choice: { kind: 'level', level: 4 },
      legalNotes: [],
    }).expect(201);
    // And a tax question, rightly referred to Skattestyrelsen.
    await attempt(trainee, {
      scenarioId: 'skatteregler',
      choice: { kind: 'referral', level: null },
      legalNotes: [],
    }).expect(201);
    const { body } = await trainee.call(trainingEndpoints.progress).expect(200);
    const progress = body.data;
    expect(progress).toMatchObject({ attempts: 4, agreed: 2, rate: 0.5 });
    expect([...third.body.data.notes.missed].sort()).toEqual(['digital-post-legal-effect', 'mitid-personal']);
    // All four attempts were owed "MitID er personligt" (each story involves a login), none picked it.
    expect(progress.missedNotes[0]).toEqual({ key: 'mitid-personal', times: 4 });
    expect(progress.missedNotes).toContainEqual({ key: 'digital-post-legal-effect', times: 1 });
    expect(progress.legalNotesMissed).toBe(
      progress.missedNotes.reduce((sum: number, note: { times: number }) => sum + note.times, 0),
    );
    expect(progress.scenarios).toEqual([
      expect.objectContaining({ scenarioId: 'brev-med-frist', attempts: 2, lastAgreed: false }),
      expect.objectContaining({ scenarioId: 'log-ind-for-mig', attempts: 1, lastAgreed: false }),
      expect.objectContaining({ scenarioId: 'skatteregler', attempts: 1, lastAgreed: true }),
    ]);
    expect(progress.weakestCategories.at(0)).toMatchObject({ categoryKey: 'digital-post', attempts: 3, agreed: 1 });
    expect(progress.weakestCategories.at(-1)).toMatchObject({ categoryKey: 'tax', attempts: 1, rate: 1 });
    expect(progress.months).toEqual([expect.objectContaining({ attempts: 4, agreed: 2 })]);

    // Another trainee's attempts are not counted in elev1's progress.
    expect((await newcomer.call(trainingEndpoints.progress).expect(200)).body.data.attempts).toBe(0);
  });

  it('gives leads the team’s practice month by month', async () => {
    await trainee.call(trainingEndpoints.team).expect(403);
    const { body } = await lead.call(trainingEndpoints.team).expect(200);
    expect(body.data).toEqual([
      expect.objectContaining({ trainees: 2, attempts: 5, agreed: 3, rate: 0.6, legalNotesMissed: expect.any(Number) }),
    ]);
  });
});
