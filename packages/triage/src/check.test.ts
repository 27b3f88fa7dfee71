import type { FlowDefinition } from '@digihjaelp/contract';
import { checkFlow } from './check';
import { evaluateFlow } from './evaluate';

const guides = new Map([
  ['mitid-reglen', 'published'],
  ['digital-post-kom-i-gang', 'published'],
  ['digital-post-frister', 'archived'],
  ['digital-post-udkast', 'draft'],
] as const);

/** A small valid flow: two questions on every path, every path decided. */
function validFlow(): FlowDefinition {
  return {
    title: 'Prøveflow',
    involvesLogin: false,
    questions: [
      {
        id: 'behov',
        text: 'Hvad er behovet?',
        kind: 'choice',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
      { id: 'selv', text: 'Kan borgeren selv?', kind: 'yesNo' },
    ],
    rules: [
      {
        id: 'selv',
        when: { question: 'selv', is: true },
        outcome: { level: 1 },
        reason: 'Kan selv.',
        guideSlugs: ['digital-post-kom-i-gang'],
      },
      { id: 'ikke-selv', when: { question: 'selv', is: false }, outcome: { level: 3 }, reason: 'Brug for hjælp.' },
    ],
  };
}

const messages = (input: unknown) => {
  const result = checkFlow(input, { guides });
  return result.problems.map((problem) => `${problem.path}: ${problem.message}`);
};

describe('the static check', () => {
  it('passes a sound flow and counts its paths', () => {
    expect(checkFlow(validFlow(), { guides })).toMatchObject({ ok: true, pathCount: 4, problems: [] });
  });

  it('refuses a dead end, naming the answers that lead there', () => {
    const flow = validFlow();
    flow.rules[1]!.when = {
      all: [
        { question: 'selv', is: false },
        { question: 'behov', is: 'a' },
      ],
    };
    expect(messages(flow)).toEqual([expect.stringMatching(/^rules: Blindgyde: .*1 forløb.*behov = B, selv = Nej/)]);
  });

  it('refuses a question that is never asked', () => {
    const flow = validFlow();
    flow.questions.push({
      id: 'aldrig',
      text: 'Aldrig?',
      kind: 'yesNo',
      showIf: {
        all: [
          { question: 'selv', is: true },
          { question: 'selv', is: false },
        ],
      },
    });
    expect(messages(flow)).toContain('questions.2: Spørgsmålet aldrig stilles aldrig (uopnåeligt)');
  });

  it('refuses a rule referring to a missing question, a missing answer or an unknown guide', () => {
    const flow = validFlow();
    flow.rules.push(
      { id: 'spoegelse', when: { question: 'findes-ikke', is: true }, reason: 'x' },
      { id: 'forkert-svar', when: { question: 'behov', in: ['c'] }, reason: 'x' },
      { id: 'forkert-type', when: { question: 'selv', is: 'ja' }, reason: 'x' },
      { id: 'ukendt-vejledning', reason: 'x', guideSlugs: ['findes-ikke'] },
    );
    expect(messages(flow)).toEqual([
      'rules.2.when: Henviser til et spørgsmål, der ikke findes: findes-ikke',
      'rules.3.when: Spørgsmålet behov har ikke svaret "c" (mulige: "a", "b")',
      'rules.4.when: Spørgsmålet selv har ikke svaret "ja" (mulige: true, false)',
      'rules.5.guideSlugs.0: Vejledningen findes ikke: findes-ikke',
    ]);
  });

  it('links only published guides: an archived or unpublished one is named, and so is a missing MitID-rule guide', () => {
    const flow = validFlow();
    flow.rules.push({ id: 'gamle', reason: 'x', guideSlugs: ['digital-post-frister', 'digital-post-udkast'] });
    expect(messages(flow)).toEqual([
      'rules.2.guideSlugs.0: Vejledningen er arkiveret: digital-post-frister. Fjern linket, eller vælg en anden vejledning.',
      'rules.2.guideSlugs.1: Vejledningen er ikke udgivet endnu: digital-post-udkast',
    ]);
    const withoutRuleGuide = checkFlow(validFlow(), { guides: new Map([['digital-post-kom-i-gang', 'published']]) });
    expect(withoutRuleGuide.problems).toEqual([
      { path: 'involvesLogin', message: 'Vejledningen om MitID-reglen mangler: mitid-reglen' },
    ]);
  });

  it('refuses a level outside the ladder', () => {
    const flow = validFlow() as unknown as { rules: { outcome: { level: number } }[] };
    flow.rules[0]!.outcome.level = 7;
    expect(messages(flow)).toContain('rules.0.outcome.level: Hjælpeniveauet skal være på hjælpestigen (1–5)');
  });

  it('refuses a question shown depending on a later question', () => {
    const flow = validFlow();
    flow.questions[0]!.showIf = { question: 'selv', is: true };
    expect(messages(flow)).toContain(
      'questions.0.showIf: Kan kun afhænge af spørgsmål, der stilles før: selv kommer ikke før',
    );
  });

  it('refuses too few or too many questions per visit and a rule that never applies', () => {
    const flow = validFlow();
    flow.questions[1]!.showIf = { question: 'behov', is: 'a' };
    flow.rules.push({ id: 'b', when: { question: 'behov', is: 'b' }, outcome: { level: 2 }, reason: 'B.' });
    flow.rules.push({
      id: 'aldrig',
      when: {
        all: [
          { question: 'behov', is: 'b' },
          { question: 'selv', is: true },
        ],
      },
      reason: 'x',
    });
    expect(messages(flow)).toEqual([
      expect.stringMatching(/^questions: Et besøg skal stille 2–6 spørgsmål, men 1 forløb stiller 1/),
      'rules.3.when: Reglen aldrig gælder aldrig i noget forløb',
    ]);
  });

  it('lists every problem at once, duplicates included', () => {
    const flow = validFlow();
    flow.questions.push({ ...flow.questions[1]! });
    flow.rules.push({ ...flow.rules[0]! });
    expect(messages(flow)).toEqual(
      expect.arrayContaining([
        'questions: Spørgsmålets id bruges flere gange: selv',
        'rules: Reglens id bruges flere gange: selv',
      ]),
    );
  });

  it('reports shape errors with their path, e.g. a choice question without options', () => {
    expect(messages({ title: '', involvesLogin: false, questions: [], rules: [] })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^title: /), expect.stringMatching(/^questions: /)]),
    );
  });
});

describe('evaluateFlow on a flow that never passed the check', () => {
  it('still recommends the default level, saying the flow needs fixing', () => {
    const flow = validFlow();
    flow.rules = [{ id: 'note', reason: 'En note.' }];
    const recommendation = evaluateFlow(flow, { behov: 'a', selv: true }, { urgent: false });
    expect(recommendation).toMatchObject({ kind: 'level', level: 2 });
    expect(recommendation.reasons[0]).toMatch(/ingen anbefaling/);
  });

  it('picks the lowest matching level, and a refusal before anything else', () => {
    const flow = validFlow();
    flow.rules.push(
      { id: 'ogsaa-4', when: { question: 'selv', is: false }, outcome: { level: 4 }, reason: 'Fire.' },
      {
        id: 'b-ikke-tilladt',
        when: { question: 'behov', is: 'b' },
        outcome: { notPermitted: { alternatives: [{ level: 3, text: 'Tre.' }] } },
        reason: 'Nej.',
      },
    );
    expect(evaluateFlow(flow, { behov: 'a', selv: false }, { urgent: false })).toMatchObject({
      level: 3,
      reasons: ['Brug for hjælp.'],
    });
    expect(evaluateFlow(flow, { behov: 'b', selv: true }, { urgent: false })).toMatchObject({
      kind: 'notPermitted',
      reasons: ['Nej.'],
    });
  });
});
