import { answerProblems } from './answers';
import { evaluateFlow } from './evaluate';
import { seededFlows } from './categories';
import { trainingScenarios } from './training-scenarios';

/**
 * What each scenario teaches, as the engine decides it from today's flows: the kind of
 * recommendation (with the level or referral) and whether the visit is urgent. The fraud category
 * is urgent in the categories table, so its scenarios are evaluated as such.
 */
const expected: Record<string, [outcome: string, urgent: boolean]> = {
  'brev-med-frist': ['level-2', true],
  'log-ind-for-mig': ['notPermitted', false],
  'datter-hjaelper-fast': ['level-4', false],
  'hjerneskade-ingen-paaroerende': ['level-5', false],
  'mitid-givet-til-svindler': ['referral:mitid-support', true],
  'kortoplysninger-paa-falsk-side': ['referral:bank', true],
  'mistaenkelig-sms': ['level-1', false],
  'ny-telefon': ['level-2', false],
  'glemt-kode-frist': ['level-3', true],
  'nogen-bruger-mitid': ['referral:mitid-support', true],
  'blind-uden-skaermlaeser': ['level-4', false],
  'datter-vil-oprette-mitid': ['notPermitted', false],
  'mitid-uden-pas': ['referral:borgerservice', false],
  flytning: ['level-1', false],
  pension: ['level-3', false],
  skatteregler: ['referral:tax-authority', false],
  'soen-hjaelper-med-skat': ['level-4', false],
  'fri-for-digital-post-uden-grund': ['level-2', false],
  'fri-for-digital-post-med-grund': ['level-5', false],
  'paaroerende-bruger-mitid': ['notPermitted', false],
  'afpresning-facebook': ['referral:police', true],
  'falsk-nyhed': ['level-2', false],
  'printe-billet': ['level-1', false],
  'sundhed-paaroerende': ['referral:other-authority', false],
  'juridisk-raadgivning': ['referral:other-authority', false],
  'pas-rejse-snart': ['referral:borgerservice', true],
  'koe-sundhedskort': ['level-1', false],
  'soen-tolker': ['level-2', false],
  'seksten-aar-mor': ['level-4', false],
  'fjorten-aar-fuldmagt': ['level-1', false],
  'bor-i-tyskland': ['referral:borgerservice', false],
  'stjaalet-i-toget': ['referral:mitid-support', true],
  'spaerret-pinkode': ['level-2', false],
  'vil-bare-laere': ['level-2', false],
  'billede-af-pas': ['level-2', true],
  'enkens-post': ['level-1', false],
  'vaerge-skal-se-post': ['level-4', false],
  'udbetaling-danmark-undtagelse': ['level-5', false],
  'datter-med-papir': ['level-5', false],
  'konens-skat': ['level-1', false],
  'proevesvar-uden-mitid': ['level-2', false],
  'frist-kan-selv': ['level-1', true],
  'roer-ikke-min-telefon': ['level-2', false],
  'ryster-paa-haenderne': ['level-2', false],
  'soen-betaler-regninger': ['referral:bank', false],
  'uden-smartphone-computer': ['level-4', false],
  'aula-far': ['level-1', false],
  'knust-skaerm': ['referral:other-authority', true],
  'koe-kildekritik': ['level-1', false],
  totrins: ['level-3', false],
};

const outcomeOf = (recommendation: ReturnType<typeof evaluateFlow>) =>
  recommendation.kind === 'level'
    ? `level-${recommendation.level}`
    : recommendation.kind === 'referral'
      ? `referral:${recommendation.referral!.target}`
      : recommendation.kind;

describe('training scenarios', () => {
  it('has at least 20 scenarios with unique ids, covering most categories and every kind of outcome', () => {
    expect(trainingScenarios.length).toBeGreaterThanOrEqual(20);
    expect(new Set(trainingScenarios.map((scenario) => scenario.id)).size).toBe(trainingScenarios.length);
    expect(new Set(trainingScenarios.map((scenario) => scenario.categoryKey)).size).toBeGreaterThanOrEqual(14);
    const outcomes = new Set(
      trainingScenarios.map((scenario) => {
        const recommendation = evaluateFlow(seededFlows[scenario.categoryKey], scenario.answers, { urgent: false });
        return recommendation.kind === 'level' ? `level-${recommendation.level}` : recommendation.kind;
      }),
    );
    expect([...outcomes].sort()).toEqual([
      'level-1',
      'level-2',
      'level-3',
      'level-4',
      'level-5',
      'notPermitted',
      'referral',
    ]);
  });

  it('pins the expected recommendation of every scenario', () => {
    expect(Object.keys(expected).sort()).toEqual(trainingScenarios.map((scenario) => scenario.id).sort());
  });

  it.each(trainingScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the engine recommends what the scenario teaches',
    (id, scenario) => {
      const recommendation = evaluateFlow(seededFlows[scenario.categoryKey], scenario.answers, {
        urgent: scenario.categoryKey === 'fraud',
      });
      expect([outcomeOf(recommendation), recommendation.urgent]).toEqual(expected[id]);
    },
  );

  it('tells the story in the citizen’s words, without naming the level', () => {
    for (const scenario of trainingScenarios) {
      expect([scenario.id, /“/.test(scenario.story)]).toEqual([scenario.id, true]);
      expect([scenario.id, scenario.story]).not.toEqual([
        scenario.id,
        expect.stringMatching(/niveau|fuldmagt er vejen|henvis/i),
      ]);
    }
  });

  it('has at least 20 scenarios beyond the first 26', () => {
    expect(trainingScenarios.length).toBeGreaterThanOrEqual(46);
  });

  it.each(trainingScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s answers every question its seeded flow asks',
    (_id, scenario) => {
      expect(answerProblems(seededFlows[scenario.categoryKey], scenario.answers)).toEqual([]);
    },
  );
});
