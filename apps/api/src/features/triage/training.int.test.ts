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
});
