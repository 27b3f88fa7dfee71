import type { FlowDefinition } from '@digihjaelp/contract';
import {
  all,
  capacityAnswers,
  capacityQuestion,
  choice,
  DEADLINE,
  deadlineQuestion,
  is,
  ladder,
  mitIdRefusalRule,
  not,
  oneOf,
  SKILLS,
  yesNo,
} from './build';

const borgerDkLadder = ladder({
  selfGuides: [],
  staffGuides: [],
  deadline: true,
  cannot: true,
  mitIdForMe: true,
  noWorkingMitId: true,
  // Moving, a health card or one application: a task, not a need that comes back every week.
  lasting: { guides: [] },
});

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
    ...borgerDkLadder.questions,
  ],
  rules: [
    {
      id: 'flytning',
      when: is('opgave', 'flytning'),
      reason:
        'Flytning anmeldes på borger.dk senest 5 dage efter flytningen. Har borgeren navne- og adressebeskyttelse, får PostNord ikke besked om den af sig selv – borgeren kontakter selv PostNord.',
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
        'Pension og de fleste ydelser søges hos Udbetaling Danmark via borger.dk; spørgsmål om selve sagen hører til dem. Kan borgeren ikke søge digitalt, undtager Borgerservice borgeren.',
      legalNotes: ['self-service-exemption'],
      guideSlugs: ['pension-og-ydelser'],
      referrals: ['udbetaling-danmark'],
    },
    mitIdRefusalRule(),
    ...borgerDkLadder.rules,
  ],
};

const digitalTax = oneOf('emne', ['forskud', 'aarsopgoerelse']);
const taxLadder = ladder({
  scope: digitalTax,
  selfGuides: ['skat-forskudsopgoerelse'],
  staffGuides: ['skat-aarsopgoerelse'],
  deadline: true,
  mitIdForMe: true,
  noWorkingMitId: true,
});

export const taxFlow: FlowDefinition = {
  title: 'Skat',
  involvesLogin: true,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['forskud', 'Rette forskudsopgørelsen'],
      ['aarsopgoerelse', 'Forstå årsopgørelsen'],
      ['regler', 'Spørgsmål om skatteregler eller et bestemt beløb'],
      ['fast-hjaelper', 'En anden skal hjælpe borgeren med skat fremover'],
      ['for-en-anden', 'Borgeren vil ordne skat for en anden (fx ægtefælle eller forælder)'],
    ]),
    deadlineQuestion(oneOf('emne', ['forskud', 'aarsopgoerelse', 'regler'])),
    capacityQuestion('kan-give-fuldmagt', 'Kan borgeren selv give fuldmagten?', is('emne', 'fast-hjaelper')),
    yesNo('har-adgang', 'Har den anden givet borgeren adgang i TastSelv eller en fuldmagt til Skat?', {
      showIf: is('emne', 'for-en-anden'),
    }),
    ...taxLadder.questions,
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
      when: all(is('emne', 'fast-hjaelper'), is('kan-give-fuldmagt', capacityAnswers.able)),
      outcome: { level: 4 },
      reason:
        'En fast hjælper til skat får adgang i Skats egen ordning: borgeren giver adgang i TastSelv under «Profil», eller skriver under på blanket 02.052. Hjælperen bruger sit eget MitID.',
      legalNotes: ['tax-own-power-of-attorney'],
      guideSlugs: ['skat-fuldmagt'],
    },
    {
      id: 'skat-mindreaarig',
      when: all(
        is('emne', 'fast-hjaelper'),
        oneOf('kan-give-fuldmagt', [capacityAnswers.under15, capacityAnswers.minor]),
      ),
      outcome: { referral: 'tax-authority' },
      reason:
        'Borgeren er under 18 år: forældrene med forældremyndighed hjælper. Skattestyrelsen vejleder om, hvordan de gør hos Skat.',
      legalNotes: ['minors'],
    },
    {
      id: 'ingen-skattefuldmagt',
      when: all(is('emne', 'fast-hjaelper'), is('kan-give-fuldmagt', capacityAnswers.adultUnable)),
      outcome: { level: 5 },
      reason:
        'Borgeren kan ikke selv give fuldmagt: Skattestyrelsen kan hjælpe over telefonen, og værgemål kan være vejen, hvis intet lettere virker.',
      legalNotes: ['guardianship'],
      guideSlugs: ['vaergemaal'],
      referrals: ['tax-authority', 'familieretshuset'],
    },
    {
      id: 'for-en-anden-med-adgang',
      when: all(is('emne', 'for-en-anden'), is('har-adgang', true)),
      outcome: { level: 1 },
      reason:
        'Borgeren har adgang: borgeren logger på TastSelv med sit eget MitID og vælger «Log på med autorisation». Den andens MitID bruges aldrig.',
      legalNotes: ['tax-own-power-of-attorney'],
      guideSlugs: ['skat-fuldmagt'],
    },
    {
      id: 'for-en-anden-uden-adgang',
      when: all(is('emne', 'for-en-anden'), is('har-adgang', false)),
      outcome: { level: 1 },
      reason:
        'Uden adgang kan borgeren ikke ordne den andens skat. Den anden giver adgang i sin egen TastSelv eller skriver under på blanket 02.052 (eller 02.043/02.056 for at tale med Skat).',
      legalNotes: ['tax-own-power-of-attorney', 'mitid-personal'],
      mustNot: ['Hjælp aldrig borgeren med at logge på med den andens MitID.'],
      guideSlugs: ['skat-fuldmagt'],
    },
    mitIdRefusalRule(digitalTax),
    ...taxLadder.rules,
  ],
};

const ownHealthData = oneOf('behov', ['sundhed-dk', 'min-laege']);
const healthLadder = ladder({
  scope: ownHealthData,
  selfGuides: ['sundhed-dk'],
  staffGuides: ['sundhed-dk'],
  cannot: true,
  mitIdForMe: true,
  noWorkingMitId: true,
  lasting: { guides: [], recurring: { text: 'Skal borgeren have hjælp til sundhed.dk eller Min Læge igen og igen?' } },
});
const relativeCapacity = 'kan-give-fuldmagt';

export const healthFlow: FlowDefinition = {
  title: 'Sundhed (sundhed.dk, Min Læge)',
  involvesLogin: true,
  questions: [
    choice('behov', 'Hvad har borgeren brug for?', [
      ['sundhed-dk', 'Se journal, prøvesvar eller medicin på sundhed.dk'],
      ['min-laege', 'Bruge Min Læge-appen (tid hos lægen, e-konsultation)'],
      ['paaroerende', 'En pårørende skal kunne se eller hjælpe'],
    ]),
    capacityQuestion(relativeCapacity, 'Kan patienten selv give fuldmagten?', is('behov', 'paaroerende')),
    ...healthLadder.questions,
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
      when: all(is('behov', 'paaroerende'), is(relativeCapacity, capacityAnswers.able)),
      outcome: { level: 4 },
      reason: 'sundhed.dk understøtter digital fuldmagt: den pårørende bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['digital-fuldmagt', 'sundhed-dk'],
    },
    {
      id: 'sundhed-barn',
      when: all(is('behov', 'paaroerende'), is(relativeCapacity, capacityAnswers.under15)),
      outcome: { level: 1 },
      reason:
        'Patienten er under 15 år: forældrene med forældremyndighed handler for barnet hos lægen og sygehuset. Der skal ikke gives fuldmagt.',
      legalNotes: ['minors'],
      guideSlugs: ['sundhed-dk'],
    },
    {
      id: 'sundhed-naermeste-paaroerende',
      when: all(
        is('behov', 'paaroerende'),
        oneOf(relativeCapacity, [capacityAnswers.minor, capacityAnswers.adultUnable]),
      ),
      outcome: { referral: 'other-authority' },
      reason:
        'Patienten kan ikke selv tage stilling: den nærmeste pårørende (for en ung: forældrene) får oplysningerne og giver samtykke sammen med patientens læge. Det kræver ikke værgemål; værgemål er kun for borgerens øvrige forhold.',
      legalNotes: ['health-nearest-relative'],
      guideSlugs: ['sundhed-dk'],
    },
    mitIdRefusalRule(ownHealthData),
    ...healthLadder.rules,
  ],
};

const everydayBanking = oneOf('emne', ['nemkonto', 'netbank']);
const bankingLadder = ladder({
  scope: everydayBanking,
  selfGuides: ['netbank-sikkerhed'],
  staffGuides: ['nemkonto'],
  cannot: true,
  mitIdForMe: true,
  noWorkingMitId: true,
});

export const bankingFlow: FlowDefinition = {
  title: 'NemKonto, netbank og betalinger',
  involvesLogin: true,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['nemkonto', 'Oprette eller ændre NemKonto'],
      ['netbank', 'Komme i gang med netbank eller betale regninger'],
      ['paaroerende', 'En pårørende skal kunne betale borgerens regninger'],
      ['misbrug', 'Mistanke om misbrug af konto eller kort'],
    ]),
    yesNo(
      'givet-mitid',
      'Har borgeren givet MitID-oplysninger til andre eller godkendt noget, de ikke selv satte i gang?',
      { showIf: is('emne', 'misbrug') },
    ),
    yesNo('paaroerende-kender-kode', 'Kender den pårørende borgerens MitID-koder?', {
      showIf: is('emne', 'paaroerende'),
    }),
    ...bankingLadder.questions,
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
      reason:
        'MitID-oplysninger er givet væk: borgeren skal også spærre MitID – selv på MitID.dk eller via MitID support.',
      urgent: true,
      guideSlugs: ['mitid-spaerring'],
      referrals: ['mitid-support'],
    },
    {
      id: 'bankfuldmagt',
      when: is('emne', 'paaroerende'),
      outcome: { referral: 'bank' },
      reason:
        'Regninger og netbank dækkes ikke af en digital fuldmagt på borger.dk: borgeren aftaler en fuldmagt med sin bank, og den pårørende bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['netbank-sikkerhed'],
    },
    {
      id: 'skift-koder',
      when: all(is('emne', 'paaroerende'), is('paaroerende-kender-kode', true)),
      reason:
        'Den pårørende kender borgerens koder: borgeren skal skifte adgangskode nu – og fremover holde den for sig selv.',
      legalNotes: ['mitid-personal'],
      guideSlugs: ['mitid-glemt-adgangskode', 'mitid-reglen'],
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
    ...bankingLadder.rules,
  ],
};

const bookingLadder = ladder({
  scope: is('opgave', 'book'),
  selfGuides: ['pas-og-koerekort'],
  staffGuides: ['pas-og-koerekort'],
  mitIdForMe: true,
});

export const bookingPassportFlow: FlowDefinition = {
  title: 'Tidsbestilling, pas og kørekort',
  involvesLogin: is('opgave', 'book'),
  questions: [
    choice('opgave', 'Hvad skal borgeren?', [
      ['book', 'Bestille tid til pas eller kørekort'],
      ['sagen', 'Selve pas- eller kørekortsagen (ansøgning, fornyelse, foto)'],
    ]),
    yesNo(DEADLINE, 'Skal borgeren rejse eller bruge kørekortet inden for få dage?'),
    ...bookingLadder.questions,
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
        'Borgeren skal rejse snart: Borgerservice kan forlænge et pas, der er udløbet inden for tre måneder, udstede et midlertidigt pas eller hastelevere et nyt. I sidste øjeblik udsteder politiet i lufthavnen midlertidige pas. Tjek, om rejsemålet godtager et forlænget eller midlertidigt pas.',
      urgent: true,
      referrals: ['borgerservice'],
    },
    {
      id: 'ikke-travlt',
      when: all(is('opgave', 'sagen'), not(is(DEADLINE, true))),
      reason: 'Der er god tid: borgeren bestiller en almindelig tid og får passet med den normale levering.',
    },
    mitIdRefusalRule(is('opgave', 'book')),
    ...bookingLadder.rules,
  ],
};
