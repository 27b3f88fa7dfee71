import type { Condition, FlowDefinition, FlowRule } from '@digihjaelp/contract';
import { all, any, choice, DEADLINE, deadlineQuestion, is, ladder, mitIdRefusalRule, not, oneOf, yesNo } from './build';

/**
 * The audio code reader, referred to one place in every flow: the citizen with MitID orders it on
 * MitID.dk, the citizen without gets it in Borgerservice (mitid.dk, "Særlige behov").
 */
function codeReaderRule(when: Condition): FlowRule {
  return {
    id: 'kodeoplaeser',
    when,
    outcome: { level: 4 },
    reason:
      'Borgeren ser dårligt: en kodeoplæser viser og læser koden højt og er en varig løsning. Har borgeren MitID, bestiller borgeren den selv på MitID.dk; ellers fås den i Borgerservice.',
    legalNotes: ['mitid-alternatives'],
    guideSlugs: ['mitid-kodeviser-og-kodeoplaeser'],
    referrals: ['borgerservice'],
  };
}

const personHere = any(is('situation', 'app'), is('til-stede', true));
const setupLadder = ladder({
  scope: personHere,
  selfGuides: ['mitid-app-aktivering'],
  staffGuides: ['mitid-kom-i-gang'],
  cannot: true,
  mitIdForMe: true,
  disabilityNotes: ['mitid-alternatives'],
  lasting: { guides: [], legalNotes: ['mitid-alternatives'] },
});

export const mitIdSetupFlow: FlowDefinition = {
  title: 'MitID: oprettelse og aktivering',
  involvesLogin: true,
  questions: [
    choice('situation', 'Hvad drejer det sig om?', [
      ['app', 'Borgeren vil oprette eller aktivere MitID-appen'],
      ['uden-smartphone', 'Borgeren vil have MitID, men har ingen smartphone'],
      ['uden-id', 'Borgeren kan ikke få MitID i appen (har ikke pas eller ID-kort med chip)'],
      ['for-en-anden', 'En pårørende vil oprette MitID for en anden'],
    ]),
    yesNo('til-stede', 'Er personen, der skal have MitID, selv til stede?', {
      showIf: is('situation', 'for-en-anden'),
    }),
    yesNo('syn', 'Ser borgeren så dårligt, at en kodeviser er svær at læse?', {
      showIf: is('situation', 'uden-smartphone'),
    }),
    yesNo('udland', 'Bor borgeren i udlandet, eller har borgeren kun boet kort tid i Danmark?', {
      help: 'Så er der ofte for få oplysninger i CPR til kontrolspørgsmålene, og et vidne er det sikre valg.',
      showIf: is('situation', 'uden-id'),
    }),
    deadlineQuestion(is('situation', 'uden-id')),
    ...setupLadder.questions,
  ],
  rules: [
    {
      id: 'for-en-anden',
      when: all(is('situation', 'for-en-anden'), is('til-stede', false)),
      outcome: {
        notPermitted: {
          alternatives: [
            { level: 3, text: 'Personen kommer selv og opretter MitID med din hjælp; personen taster alt selv.' },
            {
              level: 4,
              text: 'Kan personen ikke klare MitID, kan en digital fuldmagt give den pårørende adgang med sit eget MitID.',
            },
            { level: 5, text: 'Fritagelse for Digital Post, eller værgemål hvis intet lettere virker.' },
          ],
        },
      },
      reason:
        'MitID må kun oprettes af personen selv. Ingen – heller ikke en pårørende – må oprette MitID for en anden.',
      legalNotes: ['mitid-personal', 'digital-power-of-attorney', 'guardianship'],
      mustNot: ['Opret eller bestil aldrig MitID til en anden person end den, der står foran dig.'],
      guideSlugs: ['mitid-reglen', 'digital-fuldmagt', 'vaergemaal'],
    },
    {
      id: 'paaroerende-med',
      when: all(is('situation', 'for-en-anden'), is('til-stede', true)),
      reason:
        'Personen er selv til stede, så det er personen, du hjælper. Den pårørende må gerne scanne passet med «Hjælp en anden» i sin egen app, men må ikke kende eller taste personens koder.',
      mustNot: ['Lad ikke den pårørende taste eller godkende MitID for personen.'],
    },
    {
      id: 'uden-id',
      when: is('situation', 'uden-id'),
      outcome: { referral: 'borgerservice' },
      reason:
        'Uden pas eller ID-kort med chip får borgeren MitID i Borgerservice. Borgeren viser gyldig legitimation og svarer på kontrolspørgsmål fra CPR – eller har et vidne med. Et kørekort alene er ikke nok til at få MitID i appen.',
      guideSlugs: ['mitid-kom-i-gang'],
    },
    {
      id: 'uden-id-vidne',
      when: all(is('situation', 'uden-id'), is('udland', true)),
      reason:
        'Bor borgeren i udlandet eller har kort tid i Danmark, så tag et vidne med: mindst 18 år, har haft MitID i over 30 dage og har eget billed-ID og MitID med.',
    },
    {
      id: 'uden-id-haster',
      when: all(is('situation', 'uden-id'), is(DEADLINE, true)),
      reason: 'Borgeren skal bruge MitID i dag eller i morgen: find den første ledige tid hos Borgerservice.',
      urgent: true,
    },
    {
      id: 'kodeviser',
      when: all(is('situation', 'uden-smartphone'), is('syn', false)),
      outcome: { level: 4 },
      reason: 'Uden smartphone er en kodeviser eller en MitID-chip en varig løsning. Borgeren får den i Borgerservice.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser', 'mitid-chip'],
      referrals: ['borgerservice'],
    },
    codeReaderRule(all(is('situation', 'uden-smartphone'), is('syn', true))),
    mitIdRefusalRule(personHere),
    ...setupLadder.rules,
  ],
};

const oldPhone = 'gammel-telefon';
const passportScan = 'pas-og-telefon';
/** The problems the citizen solves with our guidance (the skills question decides the level). */
const selfService = any(
  is('problem', 'glemt'),
  all(is('problem', 'ny-telefon'), not(is(oldPhone, 'mistet'))),
  all(is('problem', 'spaerret'), is(passportScan, true)),
);
const loginLadder = ladder({
  scope: selfService,
  selfGuides: ['mitid-app-aktivering'],
  staffGuides: [],
  deadline: true,
  cannot: true,
  mitIdForMe: true,
  disabilityNotes: ['mitid-alternatives'],
  lasting: { guides: [], legalNotes: ['mitid-alternatives'] },
});

export const mitIdLoginFlow: FlowDefinition = {
  title: 'MitID: login, mistede koder, ny telefon, spærring',
  involvesLogin: true,
  questions: [
    choice('problem', 'Hvad er problemet?', [
      ['glemt', 'Glemt adgangskode, PIN-kode eller bruger-id'],
      ['ny-telefon', 'Ny telefon – MitID-appen skal flyttes'],
      ['spaerret', 'MitID-appen er spærret eller låst'],
      ['misbrug', 'Mistanke om, at andre kender eller bruger borgerens MitID'],
    ]),
    choice(
      oldPhone,
      'Har borgeren den gamle telefon?',
      [
        ['virker', 'Ja, den er med og virker'],
        ['mistet', 'Nej, den er mistet eller stjålet'],
        ['i-stykker', 'Nej, den er gået i stykker'],
      ],
      { showIf: is('problem', 'ny-telefon') },
    ),
    yesNo(passportScan, 'Har borgeren pas eller ID-kort med chip – og en telefon, der kan scanne det?', {
      showIf: is('problem', 'spaerret'),
    }),
    yesNo(
      'givet-vaek',
      'Har borgeren givet MitID-oplysninger til andre eller godkendt noget, de ikke selv satte i gang?',
      { showIf: is('problem', 'misbrug') },
    ),
    deadlineQuestion(oneOf('problem', ['glemt', 'ny-telefon', 'spaerret'])),
    ...loginLadder.questions,
  ],
  rules: [
    {
      id: 'misbrug',
      when: is('problem', 'misbrug'),
      outcome: { referral: 'mitid-support' },
      reason:
        'MitID kan være misbrugt: borgeren skal spærre hele MitID nu – selv på MitID.dk eller via MitID support – og ringe til banken, for MitID giver adgang til netbanken.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['mitid-spaerring', 'svindel-foerstehjaelp'],
      referrals: ['bank'],
    },
    {
      id: 'misbrug-politi',
      when: all(is('problem', 'misbrug'), is('givet-vaek', true)),
      reason:
        'Borgeren har givet MitID-oplysninger væk: anmeld det til politiet. Er CPR-nummer eller pas også givet væk, så sæt en kreditadvarsel i CPR på borger.dk.',
      urgent: true,
      referrals: ['police'],
    },
    {
      id: 'telefon-mistet',
      when: all(is('problem', 'ny-telefon'), is(oldPhone, 'mistet')),
      outcome: { referral: 'mitid-support' },
      reason:
        'Den gamle telefon er mistet eller stjålet: spær den gamle MitID-app først – på MitID.dk eller via MitID support – og spær SIM-kortet hos teleselskabet. Bagefter aktiverer borgeren en ny app med pas, kodeviser eller en aktiveringskode fra Borgerservice.',
      urgent: true,
      guideSlugs: ['mitid-spaerring', 'mitid-ny-telefon'],
    },
    {
      id: 'spaerret-i-appen',
      when: all(is('problem', 'spaerret'), is(passportScan, true)),
      reason:
        'En midlertidigt spærret app åbner borgeren selv igen: i appen med pas eller ID-kort og ansigtsscanning – eller på MitID.dk. MitID support og Borgerservice er reserven.',
      guideSlugs: ['mitid-glemt-adgangskode', 'mitid-spaerring'],
    },
    {
      id: 'spaerret-uden-pas',
      when: all(is('problem', 'spaerret'), is(passportScan, false)),
      outcome: { referral: 'mitid-support' },
      reason:
        'Uden pas med chip: MitID support kan sende en midlertidig kode på sms, når borgeren har svaret på kontrolspørgsmål fra CPR. Kan borgeren ikke svare, skal borgeren i Borgerservice med legitimation.',
      guideSlugs: ['mitid-glemt-adgangskode'],
      referrals: ['borgerservice'],
    },
    {
      id: 'spaerret-haster',
      when: all(is('problem', 'spaerret'), is(passportScan, false), is(DEADLINE, true)),
      reason: 'Borgeren skal bruge MitID i dag eller i morgen: ring til MitID support med det samme, mens I er her.',
      urgent: true,
    },
    {
      id: 'glemt-vejledning',
      when: is('problem', 'glemt'),
      reason: 'Glemt adgangskode, PIN-kode eller bruger-id klares i MitID-appen, på MitID.dk eller via MitID support.',
      guideSlugs: ['mitid-glemt-adgangskode'],
    },
    {
      id: 'ny-telefon-vejledning',
      when: all(is('problem', 'ny-telefon'), not(is(oldPhone, 'mistet'))),
      reason:
        'Med den gamle telefon kopierer borgeren MitID til den nye. Er den gamle i stykker, aktiverer borgeren den nye app med pas eller kodeviser.',
      guideSlugs: ['mitid-ny-telefon'],
    },
    mitIdRefusalRule(selfService),
    ...loginLadder.rules,
  ],
};

const withDevice = is('behov', 'har-enhed');
const alternativesLadder = ladder({
  scope: withDevice,
  selfGuides: ['mitid-kodeviser-og-kodeoplaeser'],
  staffGuides: ['mitid-chip'],
  mitIdForMe: true,
  disabilityNotes: ['mitid-alternatives'],
});

export const mitIdAlternativesFlow: FlowDefinition = {
  title: 'MitID: kodeviser, kodeoplæser og chip',
  involvesLogin: true,
  questions: [
    choice('behov', 'Hvad har borgeren brug for?', [
      ['syn', 'Borgeren ser dårligt eller er blind'],
      ['ingen-app', 'Borgeren har ingen smartphone eller kan ikke bruge appen'],
      ['har-enhed', 'Borgeren har kodeviser, kodeoplæser eller chip og skal i gang med den'],
    ]),
    yesNo('skaermlaeser', 'Bruger borgeren skærmlæser på sin telefon?', { showIf: is('behov', 'syn') }),
    yesNo('computer', 'Bruger borgeren en computer med USB-indgang til det meste?', {
      showIf: is('behov', 'ingen-app'),
    }),
    ...alternativesLadder.questions,
  ],
  rules: [
    {
      id: 'app-med-skaermlaeser',
      when: all(is('behov', 'syn'), is('skaermlaeser', true)),
      outcome: { level: 2 },
      reason: 'MitID-appen virker med skærmlæser: vis borgeren, hvordan appen bruges med den.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-app-aktivering'],
    },
    codeReaderRule(all(is('behov', 'syn'), is('skaermlaeser', false))),
    {
      id: 'chip',
      when: all(is('behov', 'ingen-app'), is('computer', true)),
      outcome: { level: 4 },
      reason:
        'Borgeren bruger mest computer: en MitID-chip i USB-indgangen er en varig løsning. Den koster penge; se prisen på MitID.dk.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-chip'],
      referrals: ['borgerservice'],
    },
    {
      id: 'kodeviser',
      when: all(is('behov', 'ingen-app'), is('computer', false)),
      outcome: { level: 4 },
      reason:
        'Uden app er en kodeviser en varig løsning. Har borgeren MitID, bestiller borgeren den på MitID.dk; ellers i Borgerservice.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser'],
      referrals: ['borgerservice'],
    },
    mitIdRefusalRule(withDevice),
    ...alternativesLadder.rules,
  ],
};
