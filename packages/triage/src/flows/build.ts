import type { AnswerValue, Condition, FlowQuestion, FlowRule, LegalNoteKey } from '@digihjaelp/contract';
import { mitIdMustNot } from '../legal-notes';

/*
 * Small builders so the seeded flows read like the decisions they encode. The shared pieces —
 * how much the citizen can do, what else changes the help today, who can give a power of
 * attorney, the lasting arrangement, the MitID refusal — are written once here (docs/DOMAIN.md).
 */

export const is = (question: string, value: AnswerValue): Condition => ({ question, is: value });
export const oneOf = (question: string, values: AnswerValue[]): Condition => ({ question, in: values });
export const all = (...parts: Condition[]): Condition => ({ all: parts });
export const any = (...parts: Condition[]): Condition => ({ any: parts });
export const not = (part: Condition): Condition => ({ not: part });
export const within = (scope: Condition | undefined, condition: Condition): Condition =>
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

/* ── Question ids shared by the flows ──────────────────────────────────────────────────────── */

export const SKILLS = 'evner';
export const DEADLINE = 'frist';
export const RECURRING = 'gentagen';
export const TRUSTED_PERSON = 'betroet';
export const CAPACITY = 'forstaar';
export const CIRCUMSTANCES = 'forhold';

/* ── Who can give a power of attorney or access? Age and understanding are separate answers. ─ */

/** `ja` = understands it and is 15 or older; the other answers say why not, so a minor never gets guardianship advice. */
export const capacityAnswers = { able: 'ja', under15: 'under-15', minor: 'ung', adultUnable: 'nej' } as const;
const minorAnswers = [capacityAnswers.under15, capacityAnswers.minor];

export function capacityQuestion(id: string, text: string, showIf?: Condition): FlowQuestion {
  return choice(
    id,
    text,
    [
      [capacityAnswers.able, 'Ja – forstår, hvad det betyder, og er fyldt 15 år'],
      [capacityAnswers.under15, 'Nej – er under 15 år'],
      [capacityAnswers.minor, 'Nej – er 15–17 år og kan ikke forstå det'],
      [capacityAnswers.adultUnable, 'Nej – er voksen og kan ikke forstå, hvad det betyder'],
    ],
    {
      help: 'Spørg til alderen og til forståelsen hver for sig. Under 18 år handler forældremyndigheden – ikke en værge fra Familieretshuset.',
      showIf,
    },
  );
}

/** The capacity answers of a minor: the parents with custody act (docs/DOMAIN.md, "Børn og unge"). */
export const isMinor = (id: string) => oneOf(id, minorAnswers);

/** The note rule for a minor: the custody holders act with their own MitID; guardianship is not the route. */
export function minorRule(id: string, capacityId: string, scope?: Condition): FlowRule {
  return {
    id,
    when: within(scope, isMinor(capacityId)),
    reason:
      'Borgeren er under 18 år: forældrene med forældremyndighed handler for barnet med deres eget MitID. Værgemål er ikke vejen. Fra 15 år har den unge sin egen Digital Post og kan selv give forældrene læseadgang.',
    legalNotes: ['minors'],
  };
}

/* ── How much can the citizen do, and what else changes the help today? ───────────────────── */

interface SkillsOptions {
  showIf?: Condition;
  /** Adds "cannot manage it, even with help" (flows with a lasting arrangement). */
  cannot?: boolean;
  /** Adds "wants you to use their MitID" (flows involving login). */
  mitIdForMe?: boolean;
  /** Adds "has no MitID that works" (flows that need a working MitID, not the MitID flows themselves). */
  noWorkingMitId?: boolean;
}

export function skillsQuestion(options: SkillsOptions = {}): FlowQuestion {
  const extra: [string, string][] = [
    ...(options.cannot
      ? ([['kan-ikke', 'Kan ikke klare det digitalt, heller ikke med hjælp']] as [string, string][])
      : []),
    ...(options.mitIdForMe
      ? ([['mitid-for-mig', 'Vil have, at du logger ind eller taster MitID for dem']] as [string, string][])
      : []),
    ...(options.noWorkingMitId
      ? ([['uden-mitid', 'Har ikke et MitID, der virker lige nu']] as [string, string][])
      : []),
  ];
  return choice(
    SKILLS,
    'Hvor meget kan borgeren selv?',
    [
      ['alene', 'Klarer det alene med en vejledning'],
      ['forklaring', 'Kan selv, når du forklarer trin for trin'],
      ['sidemand', 'Taster selv, men har brug for, at du peger og viser vej – og har sagt ja til det'],
      ...extra,
    ],
    {
      help: 'Vælg det laveste, der passer. Før du peger på borgerens skærm, så spørg: «Må jeg vise dig, hvor du skal trykke?» Siger borgeren nej, er det forklaring trin for trin.',
      showIf: options.showIf,
    },
  );
}

const explained = oneOf(SKILLS, ['forklaring', 'sidemand']);

/** Language, disability and the queue — asked where staff explain or point (levels 2–3). */
export function circumstancesQuestion(scope?: Condition): FlowQuestion {
  return choice(
    CIRCUMSTANCES,
    'Er der andet, der ændrer hjælpen i dag?',
    [
      ['ingen', 'Nej'],
      ['sprog', 'Vi har ikke et fælles sprog – der skal tolk eller en vejledning på et andet sprog til'],
      ['handicap', 'Syn, hørelse eller hænder gør det svært at bruge skærmen'],
      ['koe', 'Der er lang kø, og der er kun tid til at vise vej lige nu'],
    ],
    { showIf: within(scope, explained) },
  );
}

export function deadlineQuestion(showIf?: Condition): FlowQuestion {
  return yesNo(DEADLINE, 'Er der en frist i dag eller i morgen?', {
    help: 'Fx et brev, der skal svares på, eller en ansøgning, der skal være sendt.',
    showIf,
  });
}

const queue = is(CIRCUMSTANCES, 'koe');
const needsStaffEachTime = oneOf(SKILLS, ['sidemand', 'kan-ikke']);
const ableToGive = is(CAPACITY, capacityAnswers.able);

interface LadderOptions {
  /** The ladder applies when this holds (e.g. the task chosen in the flow's first question). */
  scope?: Condition;
  /** Handouts and guides for a citizen who acts alone (level 1). */
  selfGuides: string[];
  /** Staff guides for explaining and side-by-side help (levels 2–3). */
  staffGuides: string[];
  /** The flow asks deadlineQuestion() within this scope (before the ladder's questions). */
  deadline?: boolean;
  cannot?: boolean;
  mitIdForMe?: boolean;
  noWorkingMitId?: boolean;
  /** Legal notes for a citizen whose sight, hearing or hands make the screen hard (e.g. MitID alternatives). */
  disabilityNotes?: LegalNoteKey[];
  /**
   * A lasting arrangement: power of attorney (4) or exemption/other channel (5) for a citizen who
   * cannot manage it at all; `recurring` (the flow's own wording, asked `when` it can recur) also
   * offers it to one who needs pointing every time.
   */
  lasting?: {
    guides: string[];
    legalNotes?: LegalNoteKey[];
    recurring?: { text: string; help?: string; when?: Condition };
  };
}

const courseNextTime = 'Tilbyd et IT-kursus eller frivillig IT-hjælp, så borgeren klarer mere selv næste gang.';

/** Questions and rules of the help ladder, levels 1–5, written once for every flow. */
export function ladder(options: LadderOptions): { questions: FlowQuestion[]; rules: FlowRule[] } {
  const when = (condition: Condition) => within(options.scope, condition);
  const deadlineSoon = options.deadline ? is(DEADLINE, true) : undefined;
  const recurring = options.lasting?.recurring;
  const recurringNeed = recurring ? any(is(SKILLS, 'kan-ikke'), is(RECURRING, true)) : is(SKILLS, 'kan-ikke');
  const lastingFits = all(recurringNeed, is(TRUSTED_PERSON, true), ableToGive);

  const questions: FlowQuestion[] = [
    skillsQuestion({ ...options, showIf: options.scope }),
    circumstancesQuestion(options.scope),
  ];
  if (options.lasting) {
    if (recurring) {
      questions.push(
        yesNo(RECURRING, recurring.text, {
          help: recurring.help,
          showIf: when(all(is(SKILLS, 'sidemand'), not(queue), ...(recurring.when ? [recurring.when] : []))),
        }),
      );
    }
    questions.push(
      yesNo(TRUSTED_PERSON, 'Har borgeren en person, de stoler på, som kan hjælpe fast?', {
        help: 'Fx et familiemedlem eller en ven. Personen skal bruge sit eget MitID.',
        showIf: when(all(needsStaffEachTime, recurringNeed, not(queue))),
      }),
      capacityQuestion(
        CAPACITY,
        'Kan borgeren selv give en fuldmagt?',
        when(all(needsStaffEachTime, is(TRUSTED_PERSON, true))),
      ),
    );
  }

  const sideBySide = {
    outcome: { level: 3 },
    mustNot: ['Tag ikke over uden borgerens samtykke, og lad borgeren taste alt selv.'],
    guideSlugs: options.staffGuides,
    referrals: ['library-course'],
  } satisfies Partial<FlowRule>;
  const rules: FlowRule[] = [];
  if (deadlineSoon) {
    rules.push({
      id: 'frist-haster',
      when: when(deadlineSoon),
      reason:
        'Der er en frist i dag eller i morgen: hjælp borgeren før køen. Fristen gør besøget hastende – den gør ikke hjælpen større. Vælg det laveste niveau, der når fristen.',
      urgent: true,
    });
  }
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
      when: when(is(SKILLS, 'forklaring')),
      outcome: { level: 2 },
      reason: 'Borgeren kan selv, når du forklarer: borgeren holder enheden og taster alt selv.',
      guideSlugs: [...options.staffGuides, ...options.selfGuides],
      nextTime: ['Giv vejledningen med hjem, så borgeren kan klare det selv næste gang.'],
    },
    {
      id: 'sidemand',
      // With a deadline, side-by-side help solves it today even when a power of attorney would fit later.
      when: when(
        options.lasting
          ? all(is(SKILLS, 'sidemand'), deadlineSoon ? any(not(lastingFits), deadlineSoon) : not(lastingFits))
          : is(SKILLS, 'sidemand'),
      ),
      ...sideBySide,
      reason:
        'Borgeren har brug for, at du peger og navigerer, og har sagt ja til det. Borgeren taster selv – også MitID, mens du kigger væk.',
      nextTime: [courseNextTime],
    },
    {
      id: 'koe',
      when: when(all(explained, queue, ...(deadlineSoon ? [not(deadlineSoon)] : []))),
      outcome: { level: 1 },
      reason:
        'Der er kø, og der er ingen frist i dag eller i morgen: vis vej og giv vejledningen med. Tilbyd en tid senere, IT-caféen eller et kursus, hvis borgeren går i stå.',
      guideSlugs: [...options.selfGuides, 'it-kurser-biblioteket'],
      referrals: ['volunteer-it-help'],
    },
    {
      id: 'sprog',
      when: when(all(explained, is(CIRCUMSTANCES, 'sprog'))),
      reason:
        'I har ikke et fælles sprog: brug en tolk, eller find vejledningen på et sprog, borgeren forstår (fx Life in Denmark på engelsk). Sprogvanskeligheder er også en af grundene til fritagelse for Digital Post.',
      mustNot: ['Lad ikke en pårørende tolke ved at taste eller godkende MitID for borgeren.'],
      guideSlugs: ['henvisninger'],
    },
    {
      id: 'handicap',
      when: when(all(explained, is(CIRCUMSTANCES, 'handicap'))),
      reason: options.disabilityNotes
        ? 'Tilpas hjælpen til borgeren: større tekst, skærmlæser eller en anden enhed. MitID-appen virker med skærmlæser, og der findes kodeviser og kodeoplæser.'
        : 'Tilpas hjælpen til borgeren: større tekst, skærmlæser, forstørrelse eller en anden enhed – og god tid.',
      legalNotes: options.disabilityNotes ?? [],
      guideSlugs: options.disabilityNotes ? ['mitid-kodeviser-og-kodeoplaeser'] : [],
    },
  );
  if (options.noWorkingMitId) {
    rules.push({
      id: 'uden-mitid',
      when: when(is(SKILLS, 'uden-mitid')),
      outcome: { level: 2 },
      reason:
        'Borgeren har ikke et MitID, der virker: få det til at virke først. Vælg kategorien «MitID: login …» (glemt kode, spærret, ny telefon) eller «MitID: oprettelse», og vurder der. Kan borgeren slet ikke klare MitID, er fuldmagt eller fritagelse vejen.',
      guideSlugs: ['mitid-glemt-adgangskode', 'mitid-kom-i-gang'],
      referrals: ['mitid-support', 'borgerservice'],
    });
  }
  if (options.lasting) {
    const lastingGuides = options.lasting.guides;
    rules.push(
      {
        id: 'fuldmagt',
        when: when(all(needsStaffEachTime, lastingFits)),
        outcome: { level: 4 },
        reason:
          'Behovet kommer igen, borgeren har en person, de stoler på, og kan selv give fuldmagt: en digital fuldmagt eller læseadgang er en varig løsning. Personen bruger sit eget MitID.',
        legalNotes: ['digital-power-of-attorney', ...(options.lasting.legalNotes ?? [])],
        guideSlugs: ['digital-fuldmagt', ...lastingGuides],
      },
      {
        id: 'fritagelse-eller-anden-kanal',
        when: when(all(is(SKILLS, 'kan-ikke'), not(lastingFits))),
        outcome: { level: 5 },
        reason:
          'Borgeren kan ikke klare det digitalt, og ingen fast hjælper med fuldmagt er mulig: fritagelse for Digital Post og selvbetjening, hvis en af de lovbestemte grunde passer (borgeren skal ikke sige hvilken) – ellers en anden kanal hos afsenderen (telefon eller papir).',
        legalNotes: ['digital-post-exemption', 'self-service-exemption'],
        guideSlugs: ['fritagelse-digital-post', 'fritagelse-selvbetjening', 'henvisninger'],
      },
      minorRule('ung-foraeldre', CAPACITY, options.scope),
      {
        id: 'vaergemaal-info',
        when: when(all(is(SKILLS, 'kan-ikke'), is(TRUSTED_PERSON, true), is(CAPACITY, capacityAnswers.adultUnable))),
        reason:
          'Borgeren kan ikke selv give fuldmagt, og en fremtidsfuldmagt kan ikke oprettes længere: fortæl om værgemål, som Familieretshuset beslutter, når intet lettere virker.',
        legalNotes: ['guardianship'],
        guideSlugs: ['vaergemaal'],
        referrals: ['familieretshuset'],
      },
    );
    if (deadlineSoon && recurring && !recurring.when) {
      rules.push({
        id: 'fuldmagt-naeste-gang',
        when: when(all(deadlineSoon, is(SKILLS, 'sidemand'), lastingFits)),
        reason: 'Behovet kommer igen: en digital fuldmagt kan gøre det lettere næste gang.',
        nextTime: ['Hjælp borgeren med at oprette en digital fuldmagt til den person, de stoler på.'],
        guideSlugs: ['digital-fuldmagt'],
      });
    }
  }
  return { questions, rules };
}

/** "Use my MitID for me" is refused; these are what staff may offer instead (docs/DOMAIN.md). */
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
      'Borgeren beder dig bruge deres MitID. Det er ikke tilladt – MitID er personligt. Tilbyd i stedet en af de tilladte muligheder. Har borgeren sagt sin kode højt, skal borgeren skifte den.',
    legalNotes: ['mitid-personal', 'digital-power-of-attorney'],
    // The engine adds the MitID must-nots to every login case; this keeps them on a refusal anywhere.
    mustNot: mitIdMustNot,
    guideSlugs: ['mitid-reglen', 'digital-fuldmagt'],
  };
}
