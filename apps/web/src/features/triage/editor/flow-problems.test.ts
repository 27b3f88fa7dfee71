import type { FlowDefinition } from '@digihjaelp/contract';
import { flowItemAnchor, placeFlowProblem } from './flow-problems';

const draft: FlowDefinition = {
  title: 'Prøve',
  involvesLogin: false,
  questions: [
    { id: 'alene', text: '', kind: 'yesNo' },
    { id: 'valg', text: 'Hvad vil borgeren?', kind: 'choice', options: [] },
  ],
  rules: [{ id: 'regel-1', reason: 'Fordi' }],
};

describe('placing a flow problem in the editor', () => {
  it('names the question and its empty text instead of questions.0.text', () => {
    expect(placeFlowProblem({ path: 'questions.0.text', message: 'For kort' }, draft)).toEqual({
      place: { list: 'questions', index: 0 },
      field: 'text',
      missing: true,
      message: 'For kort',
    });
  });

  it('reads the save refusal’s definition. prefix and keeps the message when the field is filled', () => {
    expect(placeFlowProblem({ path: 'definition.rules.0.reason', message: 'Personoplysning' }, draft)).toEqual({
      place: { list: 'rules', index: 0 },
      field: 'reason',
      missing: false,
      message: 'Personoplysning',
    });
  });

  it('names the field a nested problem sits in, never as missing', () => {
    const problem = placeFlowProblem({ path: 'rules.0.when.all.1.question', message: 'Ukendt' }, draft);
    expect(problem).toMatchObject({ place: { list: 'rules', index: 0 }, field: 'when', missing: false });
  });

  it('puts problems of the whole flow or of a list on the flow', () => {
    expect(placeFlowProblem({ path: 'rules', message: 'Blindgyde' }, draft).place).toEqual({ list: 'flow' });
    expect(placeFlowProblem({ path: '', message: 'Ugyldigt' }, draft)).toMatchObject({ place: { list: 'flow' } });
    expect(placeFlowProblem({ path: 'involvesLogin', message: 'Mangler vejledning' }, draft)).toMatchObject({
      field: 'involvesLogin',
      missing: false,
    });
  });

  it('anchors questions and rules by their number, as the outline shows them', () => {
    expect(flowItemAnchor('questions', 0)).toBe('flow-question-1');
    expect(flowItemAnchor('rules', 2)).toBe('flow-rule-3');
  });
});
