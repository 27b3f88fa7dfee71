import { answerProblems } from './answers';
import { evaluateFlow } from './evaluate';
import { seededFlows } from './categories';
import { trainingScenarios } from './training-scenarios';

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

  it.each(trainingScenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s answers every question its seeded flow asks',
    (_id, scenario) => {
      expect(answerProblems(seededFlows[scenario.categoryKey], scenario.answers)).toEqual([]);
    },
  );
});
