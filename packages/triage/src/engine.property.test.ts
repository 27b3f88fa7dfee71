import fc from 'fast-check';
import type { Answers } from '@digihjaelp/contract';
import { allowedValues, answerProblems, visibleQuestions } from './answers';
import { holds } from './conditions';
import { evaluateFlow, involvesLogin } from './evaluate';
import { seededCategories, seededFlows } from './categories';

const flowKeys = seededCategories.map((category) => category.key);

/** Any answer to any question of the flow — shown or not — drawn from the values it accepts. */
const flowWithAnswers = fc.constantFrom(...flowKeys).chain((key) => {
  const flow = seededFlows[key];
  const answerArbitraries = Object.fromEntries(
    flow.questions.map((question) => [question.id, fc.constantFrom(...allowedValues(question))]),
  );
  return fc.record({
    key: fc.constant(key),
    answers: fc.record(answerArbitraries, { requiredKeys: [] }) as fc.Arbitrary<Answers>,
    urgentCategory: fc.boolean(),
  });
});

describe('the engine over random answers (fast-check)', () => {
  it('always recommends something on the ladder or beside it, with reasons', () => {
    fc.assert(
      fc.property(flowWithAnswers, ({ key, answers, urgentCategory }) => {
        const recommendation = evaluateFlow(seededFlows[key], answers, { urgent: urgentCategory });
        expect(recommendation.reasons.length).toBeGreaterThan(0);
        if (recommendation.kind === 'level') expect([1, 2, 3, 4, 5]).toContain(recommendation.level);
        else expect(recommendation.level).toBeNull();
        if (recommendation.kind === 'referral') expect(recommendation.referral).not.toBeNull();
        if (recommendation.kind === 'notPermitted') expect(recommendation.alternatives.length).toBeGreaterThan(0);
        // An urgent category stays urgent, unless a rule on this path says the path is calm ("learn the signs").
        const calmPath = seededFlows[key].rules.some(
          (rule) =>
            rule.urgent === false &&
            (!rule.when || holds(rule.when, visibleQuestions(seededFlows[key], answers).answers)),
        );
        if (urgentCategory && !calmPath) expect(recommendation.urgent).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores answers to questions that are not shown', () => {
    fc.assert(
      fc.property(flowWithAnswers, ({ key, answers }) => {
        const flow = seededFlows[key];
        const counted = visibleQuestions(flow, answers).answers;
        expect(evaluateFlow(flow, answers, { urgent: false })).toEqual(evaluateFlow(flow, counted, { urgent: false }));
      }),
      { numRuns: 1000 },
    );
  });

  it('shows the MitID rule and its must-nots whenever logging in is involved', () => {
    fc.assert(
      fc.property(flowWithAnswers, ({ key, answers }) => {
        const flow = seededFlows[key];
        const recommendation = evaluateFlow(flow, answers, { urgent: false });
        if (involvesLogin(flow, visibleQuestions(flow, answers).answers)) {
          expect(recommendation.legalNotes[0]?.key).toBe('mitid-personal');
          expect(recommendation.mustNot.join(' ')).toMatch(/MitID/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds problems in exactly the incomplete answer sets', () => {
    fc.assert(
      fc.property(flowWithAnswers, ({ key, answers }) => {
        const flow = seededFlows[key];
        const { questions, answers: counted } = visibleQuestions(flow, answers);
        const complete = questions.every((question) => counted[question.id] !== undefined);
        expect(answerProblems(flow, answers).length === 0).toBe(complete);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects answers of the wrong type or outside the options, naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...flowKeys), fc.oneof(fc.string({ maxLength: 10 }), fc.boolean()), (key, junk) => {
        const flow = seededFlows[key];
        const [first] = flow.questions;
        if (!first) throw new Error(`the ${key} flow asks nothing`);
        fc.pre(!allowedValues(first).includes(junk));
        expect(answerProblems(flow, { [first.id]: junk })).toEqual([
          expect.objectContaining({ path: `answers.${first.id}` }),
        ]);
      }),
    );
  });
});
