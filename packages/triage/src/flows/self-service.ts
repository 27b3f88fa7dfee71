import type { FlowDefinition } from '@digihjaelp/contract';
import {
  all,
  choice,
  deadlineQuestion,
  DEADLINE,
  is,
  ladderRules,
  lastingQuestions,
  mitIdRefusalRule,
  not,
  oneOf,
  SKILLS,
  skillsQuestion,
  yesNo,
} from './build';

export const borgerDkFlow: FlowDefinition = {
  title: 'Selvbetjening på borger.dk',
  involvesLogin: true,
  questions: [
    choice('opgave', 'Hvad skal borgeren?', [
      ['flytning', 'Anmelde flytning'],
      ['sundhedskort', 'Bestille nyt sundhedskort'],
      ['ydelse', 'Søge pension eller en anden ydelse'],
    ]),
    deadlineQuestion(),
    skillsQuestion({ cannot: true, mitIdForMe: true }),
    ...lastingQuestions(),
  ],
  rules: [
    {
      id: 'flytning',
      when: is('opgave', 'flytning'),
      reason: 'Flytning anmeldes på borger.dk senest 5 dage efter flytningen.',
      guideSlugs: ['borgerdk-flytning'],
    },
    {
      id: 'sundhedskort',
      when: is('opgave', 'sundhedskort'),
      reason: 'Nyt sundhedskort bestilles på borger.dk.',
      guideSlugs: ['sundhedskort'],
    },
    {
      id: 'ydelse',
      when: is('opgave', 'ydelse'),
      reason:
        'Pension og de fleste ydelser søges hos Udbetaling Danmark via borger.dk; spørgsmål om selve sagen hører til dem.',
      guideSlugs: ['pension-og-ydelser'],
      referrals: ['udbetaling-danmark'],
    },
    mitIdRefusalRule(),
    ...ladderRules({ selfGuides: [], staffGuides: [], deadline: true, lasting: { guides: [] } }),
  ],
};

const digitalTax = oneOf('emne', ['forskud', 'aarsopgoerelse']);

export const taxFlow: FlowDefinition = {
  title: 'Skat',
  involvesLogin: true,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['forskud', 'Rette forskudsopgørelsen'],
      ['aarsopgoerelse', 'Forstå årsopgørelsen'],
      ['regler', 'Spørgsmål om skatteregler eller et bestemt beløb'],
      ['fast-hjaelper', 'En anden skal hjælpe borgeren med skat fremover'],
    ]),
    deadlineQuestion(not(is('emne', 'fast-hjaelper'))),
    yesNo('kan-give-fuldmagt', 'Kan borgeren forstå og selv give fuldmagten (og er 15 år eller ældre)?', {
      showIf: is('emne', 'fast-hjaelper'),
    }),
    skillsQuestion({ showIf: digitalTax, mitIdForMe: true }),
  ],
  rules: [
    {
      id: 'forskud',
      when: is('emne', 'forskud'),
      reason: 'Forskudsopgørelsen rettes i TastSelv på skat.dk.',
      guideSlugs: ['skat-forskudsopgoerelse'],
    },
    {
      id: 'aarsopgoerelse',
      when: is('emne', 'aarsopgoerelse'),
      reason: 'Årsopgørelsen ses i TastSelv på skat.dk.',
      guideSlugs: ['skat-aarsopgoerelse'],
    },
    {
      id: 'regler',
      when: is('emne', 'regler'),
      outcome: { referral: 'tax-authority' },
      reason: 'Skatteregler og konkrete beløb er Skattestyrelsens opgave – vi rådgiver ikke om skat.',
      guideSlugs: ['henvisninger'],
    },
    {
      id: 'regler-haster',
      when: all(is('emne', 'regler'), is(DEADLINE, true)),
      reason: 'Der er en frist i dag eller i morgen: borgeren bør ringe til Skattestyrelsen med det samme.',
      urgent: true,
    },
    {
      id: 'skattefuldmagt',
      when: all(is('emne', 'fast-hjaelper'), is('kan-give-fuldmagt', true)),
      outcome: { level: 4 },
      reason:
        'En fast hjælper til skat får fuldmagt i Skattestyrelsens egen ordning; den almindelige digitale fuldmagt dækker ikke skat.',
      legalNotes: ['tax-own-power-of-attorney'],
      guideSlugs: ['skat-fuldmagt'],
    },
    {
      id: 'ingen-skattefuldmagt',
      when: all(is('emne', 'fast-hjaelper'), is('kan-give-fuldmagt', false)),
      outcome: { level: 5 },
      reason:
        'Borgeren kan ikke selv give fuldmagt: Skattestyrelsen kan hjælpe over telefonen, og værgemål kan være vejen, hvis intet lettere virker.',
      legalNotes: ['guardianship'],
      guideSlugs: ['vaergemaal'],
      referrals: ['tax-authority', 'familieretshuset'],
    },
    mitIdRefusalRule(digitalTax),
    ...ladderRules({ scope: digitalTax, selfGuides: [], staffGuides: [], deadline: true }),
  ],
};

const ownHealthData = oneOf('behov', ['sundhed-dk', 'min-laege']);

export const healthFlow: FlowDefinition = {
  title: 'Sundhed (sundhed.dk, Min Læge)',
  involvesLogin: true,
  questions: [
    choice('behov', 'Hvad har borgeren brug for?', [
      ['sundhed-dk', 'Se journal, prøvesvar eller medicin på sundhed.dk'],
      ['min-laege', 'Bruge Min Læge-appen (tid hos lægen, e-konsultation)'],
      ['paaroerende', 'En pårørende skal kunne se eller hjælpe'],
    ]),
    yesNo('kan-give-fuldmagt', 'Kan borgeren forstå og selv give fuldmagten (og er 15 år eller ældre)?', {
      showIf: is('behov', 'paaroerende'),
    }),
    skillsQuestion({ showIf: ownHealthData, cannot: true, mitIdForMe: true }),
    ...lastingQuestions(ownHealthData),
  ],
  rules: [
    {
      id: 'helbred-ikke-vores',
      when: ownHealthData,
      reason: 'Vi hjælper med selve løsningen, ikke med at tolke helbredsoplysninger – det er lægens opgave.',
      mustNot: ['Læs ikke borgerens helbredsoplysninger højt og tolk dem ikke.'],
    },
    {
      id: 'sundhed-fuldmagt',
      when: all(is('behov', 'paaroerende'), is('kan-give-fuldmagt', true)),
      outcome: { level: 4 },
      reason: 'sundhed.dk understøtter digital fuldmagt: den pårørende bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['digital-fuldmagt', 'sundhed-dk'],
    },
    {
      id: 'sundhed-vaergemaal',
      when: all(is('behov', 'paaroerende'), is('kan-give-fuldmagt', false)),
      outcome: { level: 5 },
      reason: 'Borgeren kan ikke selv give fuldmagt: fortæl om værgemål, som Familieretshuset beslutter.',
      legalNotes: ['guardianship'],
      guideSlugs: ['vaergemaal'],
      referrals: ['familieretshuset'],
    },
    mitIdRefusalRule(ownHealthData),
    ...ladderRules({
      scope: ownHealthData,
      selfGuides: ['sundhed-dk'],
      staffGuides: ['sundhed-dk'],
      lasting: { guides: [] },
    }),
  ],
};

const everydayBanking = oneOf('emne', ['nemkonto', 'netbank']);

export const bankingFlow: FlowDefinition = {
  title: 'NemKonto, netbank og betalinger',
  involvesLogin: true,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['nemkonto', 'Oprette eller ændre NemKonto'],
      ['netbank', 'Komme i gang med netbank eller betale regninger'],
      ['misbrug', 'Mistanke om misbrug af konto eller kort'],
    ]),
    yesNo(
      'givet-mitid',
      'Har borgeren givet MitID-oplysninger til andre eller godkendt noget, de ikke selv satte i gang?',
      {
        showIf: is('emne', 'misbrug'),
      },
    ),
    skillsQuestion({ showIf: everydayBanking, cannot: true, mitIdForMe: true }),
  ],
  rules: [
    {
      id: 'misbrug',
      when: is('emne', 'misbrug'),
      outcome: { referral: 'bank' },
      reason:
        'Misbrug af konto eller kort: borgeren skal ringe til banken nu og spærre kortet, og anmelde det til politiet.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['svindel-foerstehjaelp'],
      referrals: ['police'],
    },
    {
      id: 'misbrug-mitid',
      when: all(is('emne', 'misbrug'), is('givet-mitid', true)),
      reason: 'MitID-oplysninger er givet væk: borgeren skal også spærre MitID via MitID support.',
      urgent: true,
      guideSlugs: ['mitid-spaerring'],
      referrals: ['mitid-support'],
    },
    {
      id: 'nemkonto',
      when: is('emne', 'nemkonto'),
      reason: 'NemKonto ændres i banken eller på nemkonto.dk.',
      guideSlugs: ['nemkonto'],
    },
    {
      id: 'netbank',
      when: is('emne', 'netbank'),
      reason: 'Netbank og betalinger: borgeren taster selv beløb og kontonumre.',
      mustNot: ['Indtast aldrig beløb, kontonumre eller kortoplysninger for borgeren.'],
      guideSlugs: ['netbank-sikkerhed'],
    },
    {
      id: 'bankens-loesninger',
      when: all(everydayBanking, is(SKILLS, 'kan-ikke')),
      outcome: { referral: 'bank' },
      reason:
        'Borgeren kan ikke klare netbank: banken har egne løsninger, fx fuldmagt i banken eller betalingsservice.',
      legalNotes: ['digital-power-of-attorney'],
    },
    mitIdRefusalRule(everydayBanking),
    ...ladderRules({ scope: everydayBanking, selfGuides: ['netbank-sikkerhed'], staffGuides: [] }),
  ],
};

export const bookingPassportFlow: FlowDefinition = {
  title: 'Tidsbestilling, pas og kørekort',
  involvesLogin: is('opgave', 'book'),
  questions: [
    choice('opgave', 'Hvad skal borgeren?', [
      ['book', 'Bestille tid til pas eller kørekort'],
      ['sagen', 'Selve pas- eller kørekortsagen (ansøgning, fornyelse, foto)'],
    ]),
    yesNo(DEADLINE, 'Skal borgeren rejse eller bruge kørekortet inden for få dage?'),
    skillsQuestion({ showIf: is('opgave', 'book'), mitIdForMe: true }),
  ],
  rules: [
    {
      id: 'sagen',
      when: is('opgave', 'sagen'),
      outcome: { referral: 'borgerservice' },
      reason: 'Selve pas- og kørekortsagen behandles af Borgerservice.',
      guideSlugs: ['pas-og-koerekort'],
    },
    {
      id: 'rejse-snart',
      when: is(DEADLINE, true),
      reason:
        'Borgeren skal bruge pas eller kørekort snart: find den første ledige tid, eller spørg Borgerservice om en hurtigere løsning.',
      urgent: true,
      referrals: ['borgerservice'],
    },
    mitIdRefusalRule(is('opgave', 'book')),
    ...ladderRules({
      scope: is('opgave', 'book'),
      selfGuides: ['pas-og-koerekort'],
      staffGuides: ['pas-og-koerekort'],
    }),
  ],
};
