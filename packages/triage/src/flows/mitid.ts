import type { FlowDefinition } from '@digihjaelp/contract';
import {
  all,
  any,
  choice,
  deadlineQuestion,
  DEADLINE,
  is,
  ladderRules,
  lastingQuestions,
  mitIdRefusalRule,
  not,
  oneOf,
  skillsQuestion,
  yesNo,
} from './build';

const personHere = any(is('situation', 'app'), is('til-stede', true));

export const mitIdSetupFlow: FlowDefinition = {
  title: 'MitID: oprettelse og aktivering',
  involvesLogin: true,
  questions: [
    choice('situation', 'Hvad drejer det sig om?', [
      ['app', 'Borgeren vil oprette eller aktivere MitID-appen'],
      ['uden-smartphone', 'Borgeren vil have MitID, men har ingen smartphone'],
      ['uden-id', 'Borgeren kan ikke oprette MitID selv (mangler pas med chip eller kørekort)'],
      ['for-en-anden', 'En pårørende vil oprette MitID for en anden'],
    ]),
    yesNo('til-stede', 'Er personen, der skal have MitID, selv til stede?', {
      showIf: is('situation', 'for-en-anden'),
    }),
    yesNo('syn', 'Ser borgeren så dårligt, at en kodeviser er svær at læse?', {
      showIf: is('situation', 'uden-smartphone'),
    }),
    deadlineQuestion(is('situation', 'uden-id')),
    skillsQuestion({ showIf: personHere, cannot: true, mitIdForMe: true }),
    ...lastingQuestions(personHere),
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
        'Personen er selv til stede, så det er personen, du hjælper. Den pårørende må ikke taste eller godkende for personen.',
      mustNot: ['Lad ikke den pårørende taste eller godkende MitID for personen.'],
    },
    {
      id: 'uden-id',
      when: is('situation', 'uden-id'),
      outcome: { referral: 'borgerservice' },
      reason: 'Uden pas med chip eller kørekort oprettes MitID hos Borgerservice, hvor borgeren viser legitimation.',
      guideSlugs: ['mitid-kom-i-gang'],
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
      reason: 'Uden smartphone er en kodeviser eller en MitID-chip en varig løsning.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser', 'mitid-chip'],
      referrals: ['borgerservice'],
    },
    {
      id: 'kodeoplaeser',
      when: all(is('situation', 'uden-smartphone'), is('syn', true)),
      outcome: { level: 4 },
      reason: 'Borgeren ser dårligt: en kodeoplæser læser koderne højt og er en varig løsning.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser'],
      referrals: ['borgerservice'],
    },
    mitIdRefusalRule(personHere),
    ...ladderRules({
      scope: personHere,
      selfGuides: ['mitid-app-aktivering'],
      staffGuides: ['mitid-kom-i-gang'],
      lasting: { guides: [], legalNotes: ['mitid-alternatives'] },
    }),
  ],
};

const selfService = oneOf('problem', ['glemt', 'ny-telefon']);

export const mitIdLoginFlow: FlowDefinition = {
  title: 'MitID: login, mistede koder, ny telefon, spærring',
  involvesLogin: true,
  questions: [
    choice('problem', 'Hvad er problemet?', [
      ['glemt', 'Glemt adgangskode eller bruger-id'],
      ['ny-telefon', 'Ny telefon – MitID-appen skal flyttes'],
      ['spaerret', 'MitID er spærret eller låst'],
      ['misbrug', 'Mistanke om, at andre kender eller bruger borgerens MitID'],
    ]),
    yesNo(
      'givet-vaek',
      'Har borgeren givet MitID-oplysninger til andre eller godkendt noget, de ikke selv satte i gang?',
      {
        showIf: is('problem', 'misbrug'),
      },
    ),
    deadlineQuestion(not(is('problem', 'misbrug'))),
    skillsQuestion({ showIf: selfService, cannot: true, mitIdForMe: true }),
    ...lastingQuestions(selfService),
  ],
  rules: [
    {
      id: 'misbrug',
      when: is('problem', 'misbrug'),
      outcome: { referral: 'mitid-support' },
      reason: 'MitID kan være kompromitteret: borgeren skal spærre MitID nu via MitID support.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['mitid-spaerring', 'svindel-foerstehjaelp'],
    },
    {
      id: 'misbrug-politi',
      when: all(is('problem', 'misbrug'), is('givet-vaek', true)),
      reason: 'Borgeren har givet MitID-oplysninger væk: anmeld det til politiet og ring til banken.',
      urgent: true,
      referrals: ['police', 'bank'],
    },
    {
      id: 'spaerret',
      when: is('problem', 'spaerret'),
      outcome: { referral: 'mitid-support' },
      reason: 'Et spærret MitID låses op via MitID support; borgeren ringer selv.',
      guideSlugs: ['mitid-spaerring'],
    },
    {
      id: 'spaerret-haster',
      when: all(is('problem', 'spaerret'), is(DEADLINE, true)),
      reason: 'Borgeren skal bruge MitID i dag eller i morgen: ring til MitID support med det samme.',
      urgent: true,
    },
    {
      id: 'glemt-vejledning',
      when: is('problem', 'glemt'),
      reason: 'Glemt adgangskode eller bruger-id klares i MitID-appen eller på mitid.dk.',
      guideSlugs: ['mitid-glemt-adgangskode'],
    },
    {
      id: 'ny-telefon-vejledning',
      when: is('problem', 'ny-telefon'),
      reason: 'MitID-appen flyttes til den nye telefon med den gamle telefon eller med pas.',
      guideSlugs: ['mitid-ny-telefon'],
    },
    mitIdRefusalRule(selfService),
    ...ladderRules({
      scope: selfService,
      selfGuides: ['mitid-app-aktivering'],
      staffGuides: [],
      deadline: true,
      lasting: { guides: [], legalNotes: ['mitid-alternatives'] },
    }),
  ],
};

const withDevice = is('behov', 'har-enhed');

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
    skillsQuestion({ showIf: withDevice, mitIdForMe: true }),
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
    {
      id: 'kodeoplaeser',
      when: all(is('behov', 'syn'), is('skaermlaeser', false)),
      outcome: { level: 4 },
      reason: 'En kodeoplæser læser koderne højt og er en varig løsning for en synshandicappet borger.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser'],
      referrals: ['mitid-support'],
    },
    {
      id: 'chip',
      when: all(is('behov', 'ingen-app'), is('computer', true)),
      outcome: { level: 4 },
      reason: 'Borgeren bruger mest computer: en MitID-chip i USB-indgangen er en varig løsning.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-chip'],
      referrals: ['borgerservice'],
    },
    {
      id: 'kodeviser',
      when: all(is('behov', 'ingen-app'), is('computer', false)),
      outcome: { level: 4 },
      reason: 'Uden app er en kodeviser en varig løsning.',
      legalNotes: ['mitid-alternatives'],
      guideSlugs: ['mitid-kodeviser-og-kodeoplaeser'],
      referrals: ['borgerservice'],
    },
    mitIdRefusalRule(withDevice),
    ...ladderRules({
      scope: withDevice,
      selfGuides: ['mitid-kodeviser-og-kodeoplaeser'],
      staffGuides: ['mitid-chip'],
    }),
  ],
};
