import type { AnswerValue, Condition, FlowQuestion, FlowRule, LegalNoteKey } from '@digihjaelp/contract';
import { mitIdMustNot } from '../legal-notes';

/*
 * Small builders so the seeded flows read like the decisions they encode. The shared pieces —
 * how much the citizen can do, the lasting arrangement, the MitID refusal — are written once here.
 */

export const is = (question: string, value: AnswerValue): Condition => ({ question, is: value });
export const oneOf = (question: string, values: AnswerValue[]): Condition => ({ question, in: values });
export const all = (...parts: Condition[]): Condition => ({ all: parts });
export const any = (...parts: Condition[]): Condition => ({ any: parts });
export const not = (part: Condition): Condition => ({ not: part });
const within = (scope: Condition | undefined, condition: Condition): Condition =>
  scope ? all(scope, condition) : condition;

export function yesNo(id: string, text: string, extra: { help?: string; showIf?: Condition } = {}): FlowQuestion {
  return { id, text, kind: 'yesNo', ...extra };
}

export function choice(
  id: string,
  text: string,
  options: [value: string, label: string][],
  extra: { help?: string; showIf?: Condition } = {},
): FlowQuestion {
  return { id, text, kind: 'choice', options: options.map(([value, label]) => ({ value, label })), ...extra };
}

/* ── How much can the citizen do? ─────────────────────────────────────────────────────────── */

export const SKILLS = 'evner';
export const DEADLINE = 'frist';
export const RECURRING = 'gentagen';
export const TRUSTED_PERSON = 'betroet';
export const CAN_CONSENT = 'forstaar';
export const STATUTORY_GROUND = 'grund';

/**
 * The skills question. `cannot` adds "cannot manage it, even with help" (for flows with a lasting
 * arrangement); `mitIdForMe` adds "wants you to use their MitID" (for flows involving login).
 */
export function skillsQuestion(
  options: { showIf?: Condition; cannot?: boolean; mitIdForMe?: boolean } = {},
): FlowQuestion {
  return choice(
    SKILLS,
    'Hvor meget kan borgeren selv?',
    [
      ['alene', 'Klarer det alene med en vejledning'],
      ['forklaring', 'Kan selv, når du forklarer trin for trin'],
      ['sidemand', 'Taster selv, men har brug for, at du peger og viser vej'],
      ...(options.cannot
        ? ([['kan-ikke', 'Kan ikke klare det digitalt, heller ikke med hjælp']] as [string, string][])
        : []),
      ...(options.mitIdForMe
        ? ([['mitid-for-mig', 'Vil have, at du logger ind eller taster MitID for dem']] as [string, string][])
        : []),
    ],
    {
      help: 'Vælg det laveste, der passer: målet er, at borgeren klarer mere selv næste gang.',
      showIf: options.showIf,
    },
  );
}

export function deadlineQuestion(showIf?: Condition): FlowQuestion {
  return yesNo(DEADLINE, 'Er der en frist i dag eller i morgen?', {
    help: 'Fx et brev, der skal svares på, eller en ansøgning, der skal være sendt.',
    showIf,
  });
}

const lowSkills = oneOf(SKILLS, ['forklaring', 'sidemand']);
const needsStaffEachTime = oneOf(SKILLS, ['sidemand', 'kan-ikke']);
/** Someone who cannot manage it at all needs help with every digital errand: the need recurs. */
const recurringNeed = any(is(SKILLS, 'kan-ikke'), is(RECURRING, true));
const lastingArrangementFits = all(recurringNeed, is(TRUSTED_PERSON, true), is(CAN_CONSENT, true));

/**
 * Questions for a citizen who needs staff every time: does the need recur, is there a trusted
 * person, can the citizen give a power of attorney, is there a statutory ground for exemption.
 */
export function lastingQuestions(scope?: Condition): FlowQuestion[] {
  const when = (condition: Condition) => within(scope, condition);
  return [
    yesNo(RECURRING, 'Kommer behovet igen (fx hver gang der kommer post)?', { showIf: when(is(SKILLS, 'sidemand')) }),
    yesNo(TRUSTED_PERSON, 'Har borgeren en person, de stoler på, som kan hjælpe fast?', {
      help: 'Fx et familiemedlem eller en ven. Personen skal bruge sit eget MitID.',
      showIf: when(all(needsStaffEachTime, recurringNeed)),
    }),
    yesNo(CAN_CONSENT, 'Kan borgeren forstå og selv give en fuldmagt (og er 15 år eller ældre)?', {
      showIf: when(all(needsStaffEachTime, is(TRUSTED_PERSON, true))),
    }),
    yesNo(
      STATUTORY_GROUND,
      'Passer en af grundene: funktionsnedsættelse, ingen computer/internet, sprog, svært ved at få MitID, ingen fast adresse, bor i udlandet?',
      {
        help: 'Borgeren skal ikke sige, hvilken grund der gælder – spørg kun, om en af dem passer.',
        showIf: when(all(is(SKILLS, 'kan-ikke'), not(lastingArrangementFits))),
      },
    ),
  ];
}

interface LadderOptions {
  /** The rules apply when this holds (e.g. the task chosen in the flow's first question). */
  scope?: Condition;
  /** Handouts and guides for a citizen who acts alone (level 1). */
  selfGuides: string[];
  /** Staff guides for explaining and side-by-side help (levels 2–3). */
  staffGuides: string[];
  /** The flow asks the deadline question within this scope. */
  deadline?: boolean;
  /** The flow asks lastingQuestions(): power of attorney (4) or exemption/other channel (5). */
  lasting?: { guides: string[]; legalNotes?: LegalNoteKey[] };
}

const courseNextTime = 'Tilbyd et IT-kursus eller frivillig IT-hjælp, så borgeren klarer mere selv næste gang.';

/** Levels 1–5 from how much the citizen can do, the deadline and (optionally) a lasting arrangement. */
export function ladderRules(options: LadderOptions): FlowRule[] {
  const when = (condition: Condition) => within(options.scope, condition);
  const deadlineSoon = options.deadline ? is(DEADLINE, true) : undefined;
  const notLasting = options.lasting ? not(lastingArrangementFits) : undefined;
  const sideBySide = {
    outcome: { level: 3 },
    mustNot: ['Tag ikke over uden borgerens samtykke, og lad borgeren taste alt selv.'],
    guideSlugs: options.staffGuides,
    referrals: ['library-course'],
  } satisfies Partial<FlowRule>;
  // The deadline rule comes first: at an equal level the first rule decides, and its reason says why.
  const rules: FlowRule[] = deadlineSoon
    ? [
        {
          id: 'frist-lave-evner',
          when: when(all(deadlineSoon, lowSkills)),
          ...sideBySide,
          reason:
            'Fristen er i dag eller i morgen, og borgeren har brug for hjælp trin for trin: sidemandshjælp nu, så fristen nås.',
          urgent: true,
          nextTime: [courseNextTime, 'Giv en vejledning med hjem til næste gang.'],
        },
        {
          id: 'frist-haster',
          when: when(deadlineSoon),
          reason: 'Der er en frist i dag eller i morgen: hjælp borgeren før køen.',
          urgent: true,
        },
      ]
    : [];
  rules.push(
    {
      id: 'alene',
      when: when(is(SKILLS, 'alene')),
      outcome: { level: 1 },
      reason: 'Borgeren kan klare det alene med en vejledning: vis vej og giv vejledningen med.',
      guideSlugs: options.selfGuides,
    },
    {
      id: 'forklaring',
      when: when(deadlineSoon ? all(is(SKILLS, 'forklaring'), not(deadlineSoon)) : is(SKILLS, 'forklaring')),
      outcome: { level: 2 },
      reason: 'Borgeren kan selv, når du forklarer: borgeren holder enheden og taster alt selv.',
      guideSlugs: [...options.staffGuides, ...options.selfGuides],
    },
    {
      id: 'sidemand',
      when: when(notLasting ? all(is(SKILLS, 'sidemand'), notLasting) : is(SKILLS, 'sidemand')),
      ...sideBySide,
      reason:
        'Borgeren har brug for, at du peger og navigerer. Med borgerens samtykke må du det; borgeren taster selv.',
      nextTime: [courseNextTime],
    },
  );
  if (options.lasting) {
    rules.push(
      {
        id: 'fuldmagt',
        when: when(all(needsStaffEachTime, lastingArrangementFits)),
        outcome: { level: 4 },
        reason:
          'Behovet kommer igen, borgeren har en person, de stoler på, og kan selv give fuldmagt: en digital fuldmagt er en varig løsning. Fuldmagtshaveren bruger sit eget MitID.',
        legalNotes: ['digital-power-of-attorney', ...(options.lasting.legalNotes ?? [])],
        guideSlugs: ['digital-fuldmagt', ...options.lasting.guides],
      },
      {
        id: 'fritagelse',
        when: when(all(is(SKILLS, 'kan-ikke'), not(lastingArrangementFits), is(STATUTORY_GROUND, true))),
        outcome: { level: 5 },
        reason:
          'Borgeren kan ikke klare det digitalt, og en lovbestemt grund passer: hjælp med at søge fritagelse, så post og ydelser kommer på papir.',
        legalNotes: ['digital-post-exemption', 'self-service-exemption'],
        guideSlugs: ['fritagelse-digital-post', 'fritagelse-selvbetjening'],
        referrals: ['udbetaling-danmark'],
      },
      {
        id: 'anden-kanal',
        when: when(all(is(SKILLS, 'kan-ikke'), not(lastingArrangementFits), is(STATUTORY_GROUND, false))),
        outcome: { level: 5 },
        reason:
          'Borgeren kan ikke klare det digitalt, og ingen af fritagelsesgrundene passer: find en anden kanal (telefon eller papir hos afsenderen).',
        referrals: ['other-authority'],
        guideSlugs: ['henvisninger'],
      },
      {
        id: 'vaergemaal-info',
        when: when(all(is(SKILLS, 'kan-ikke'), is(TRUSTED_PERSON, true), is(CAN_CONSENT, false))),
        reason:
          'Borgeren kan ikke selv give fuldmagt: fortæl om værgemål, som Familieretshuset beslutter, når intet lettere virker.',
        legalNotes: ['guardianship'],
        guideSlugs: ['vaergemaal'],
        referrals: ['familieretshuset'],
      },
    );
    if (deadlineSoon) {
      rules.push({
        id: 'fuldmagt-naeste-gang',
        when: when(all(deadlineSoon, is(SKILLS, 'sidemand'), lastingArrangementFits)),
        reason: 'Behovet kommer igen: en digital fuldmagt kan gøre det lettere næste gang.',
        nextTime: ['Hjælp borgeren med at oprette en digital fuldmagt til den person, de stoler på.'],
        guideSlugs: ['digital-fuldmagt'],
      });
    }
  }
  return rules;
}

/** "Use my MitID for me" is refused; these are what staff may offer instead (DOMAIN.md). */
export function mitIdRefusalRule(scope?: Condition): FlowRule {
  return {
    id: 'mitid-for-mig',
    when: within(scope, is(SKILLS, 'mitid-for-mig')),
    outcome: {
      notPermitted: {
        alternatives: [
          { level: 2, text: 'Forklar trin for trin, mens borgeren selv taster og godkender.' },
          { level: 3, text: 'Med samtykke peger du og viser vej; borgeren taster selv MitID, og du kigger væk.' },
          { level: 4, text: 'Digital fuldmagt til en person, borgeren stoler på; personen bruger sit eget MitID.' },
          {
            level: 5,
            text: 'Fritagelse for Digital Post og selvbetjening eller en anden kanal, hvis borgeren ikke kan klare MitID.',
          },
        ],
      },
    },
    reason:
      'Borgeren beder dig bruge deres MitID. Det er ikke tilladt – MitID er personligt. Tilbyd i stedet en af de tilladte muligheder.',
    legalNotes: ['mitid-personal', 'digital-power-of-attorney'],
    // The engine adds the MitID must-nots to every login case; this keeps them on a refusal anywhere.
    mustNot: mitIdMustNot,
    guideSlugs: ['mitid-reglen', 'digital-fuldmagt'],
  };
}
