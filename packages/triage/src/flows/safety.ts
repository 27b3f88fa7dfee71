import type { FlowDefinition } from '@digihjaelp/contract';
import { all, any, choice, is, ladder, not, oneOf, yesNo } from './build';

const mitIdGivenAway = any(
  is('hvad', 'mitid'),
  all(is('hvad', 'kort'), is('ogsaa-mitid', true)),
  all(is('hvad', 'usikker'), is('mitid-tastet', true)),
);
const learnTheSigns = is('hvad', 'intet');
const fraudLadder = ladder({
  scope: learnTheSigns,
  selfGuides: ['phishing-kend-tegnene'],
  staffGuides: ['svindel-foerstehjaelp'],
});
const cleanUpAfterwards =
  'Cyberhotline for digital sikkerhed (33 37 00 37) hjælper borgeren videre med oprydningen bagefter.';

export const fraudFlow: FlowDefinition = {
  title: 'Svindel og phishing',
  involvesLogin: true,
  questions: [
    choice('hvad', 'Hvad er der sket?', [
      ['intet', 'Mistænkelig besked eller opkald – borgeren har ikke svaret eller givet noget'],
      [
        'mitid',
        'Borgeren har givet MitID-oplysninger væk eller godkendt noget i MitID-appen, som de ikke selv satte i gang',
      ],
      ['kort', 'Borgeren har givet kortoplysninger eller overført penge'],
      ['usikker', 'Borgeren har klikket på et link og er usikker på, hvad der skete'],
    ]),
    yesNo('ogsaa-mitid', 'Har borgeren også givet MitID-oplysninger eller godkendt noget i appen?', {
      showIf: is('hvad', 'kort'),
    }),
    yesNo('mitid-tastet', 'Har borgeren tastet MitID eller godkendt i appen efter at have klikket?', {
      showIf: is('hvad', 'usikker'),
    }),
    yesNo('cpr-givet', 'Har borgeren også givet CPR-nummer eller billeder af pas eller kørekort?', {
      showIf: not(learnTheSigns),
    }),
    ...fraudLadder.questions,
  ],
  rules: [
    {
      id: 'spaer-mitid',
      when: mitIdGivenAway,
      outcome: { referral: 'mitid-support' },
      reason:
        'MitID kan være misbrugt: borgeren skal spærre MitID nu (selv på MitID.dk eller via MitID support), ringe til banken med det samme – en godkendelse efter en falsk sms eller et falsk opkald giver tit adgang til netbank og betalinger – og anmelde det til politiet.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      mustNot: [
        'Tal ikke med MitID support eller banken i borgerens sted, og tast ikke borgerens oplysninger – borgeren ringer og taler selv.',
      ],
      guideSlugs: ['svindel-foerstehjaelp', 'mitid-spaerring'],
      referrals: ['bank', 'police'],
      nextTime: [cleanUpAfterwards],
    },
    {
      id: 'ring-til-banken',
      when: is('hvad', 'kort'),
      outcome: { referral: 'bank' },
      reason:
        'Kort- eller bankoplysninger er givet væk: borgeren skal ringe til banken nu og spærre, og anmelde det til politiet.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['svindel-foerstehjaelp'],
      referrals: ['bank', 'police'],
      nextTime: [cleanUpAfterwards],
    },
    {
      id: 'kreditadvarsel',
      when: is('cpr-givet', true),
      reason:
        'CPR-nummer eller ID er givet væk: borgeren kan sætte en kreditadvarsel i CPR på borger.dk, så långivere tjekker ekstra. Hotline for identitetstyveri (33 98 00 98) er åben døgnet rundt.',
      urgent: true,
    },
    {
      id: 'klik-uden-mitid',
      when: all(is('hvad', 'usikker'), is('mitid-tastet', false)),
      outcome: { level: 2 },
      reason:
        'Borgeren har ikke tastet MitID: gennemgå sammen, hvad der skete, skift adgangskode hvor den blev tastet, og hold øje med kontoen.',
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['svindel-foerstehjaelp', 'phishing-kend-tegnene'],
    },
    {
      id: 'kend-tegnene',
      when: learnTheSigns,
      reason: 'Intet er givet væk, så det haster ikke. Brug besøget til at lære borgeren tegnene på svindel.',
      urgent: false,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['phishing-kend-tegnene'],
    },
    ...fraudLadder.rules,
  ],
};

const ownAccount = oneOf('emne', ['privatliv', 'sikkerhed']);
const socialLadder = ladder({
  scope: ownAccount,
  selfGuides: ['sociale-medier-sikkerhed'],
  staffGuides: ['sociale-medier-sikkerhed'],
});

export const socialMediaFlow: FlowDefinition = {
  title: 'Sociale medier: privatliv og kontosikkerhed',
  involvesLogin: false,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['privatliv', 'Indstillinger for privatliv (hvem kan se hvad)'],
      ['sikkerhed', 'Sikre kontoen (adgangskode, totrinsbekræftelse)'],
      ['overtaget', 'Kontoen er overtaget eller låst'],
    ]),
    yesNo('afpresning', 'Bliver borgeren afpresset eller bedt om penge?', { showIf: is('emne', 'overtaget') }),
    ...socialLadder.questions,
  ],
  rules: [
    {
      id: 'adgangskode-er-borgerens',
      reason: 'Adgangskoden er borgerens egen: borgeren taster den selv.',
      mustNot: ['Bed aldrig om borgerens adgangskode, og skriv den ikke ned for borgeren.'],
    },
    {
      id: 'afpresning',
      when: all(is('emne', 'overtaget'), is('afpresning', true)),
      outcome: { referral: 'police' },
      reason: 'Afpresning er en forbrydelse: borgeren skal anmelde det til politiet og ikke betale.',
      urgent: true,
      guideSlugs: ['svindel-foerstehjaelp'],
    },
    {
      id: 'genskab-konto',
      when: all(is('emne', 'overtaget'), is('afpresning', false)),
      outcome: { level: 3 },
      reason:
        'En overtaget konto genskabes via tjenestens egen gendannelse; med samtykke viser du vej, borgeren taster selv.',
      urgent: true,
      guideSlugs: ['sociale-medier-sikkerhed', 'svindel-foerstehjaelp'],
    },
    ...socialLadder.rules,
  ],
};

const sourceLadder = ladder({ selfGuides: ['falske-nyheder-borger'], staffGuides: ['kildekritik-paa-nettet'] });

export const sourceCriticismFlow: FlowDefinition = {
  title: 'Kildekritik og misinformation',
  involvesLogin: false,
  questions: [
    choice('situation', 'Hvad drejer det sig om?', [
      ['tvivl', 'Borgeren er i tvivl om en nyhed eller et opslag'],
      ['laere', 'Borgeren vil lære at tjekke kilder'],
      ['lokkemad', 'Opslaget lover en gevinst eller beder om oplysninger'],
    ]),
    ...sourceLadder.questions,
  ],
  rules: [
    {
      id: 'laere',
      when: is('situation', 'laere'),
      reason: 'Borgeren vil lære mere: bibliotekets kurser og arrangementer om kildekritik passer godt.',
      referrals: ['library-course'],
      guideSlugs: ['it-kurser-biblioteket'],
      nextTime: ['Fortæl om bibliotekets kurser og arrangementer om kildekritik.'],
    },
    {
      id: 'lokkemad',
      when: is('situation', 'lokkemad'),
      reason:
        'Gevinster og ønsker om oplysninger er typiske tegn på svindel: giv aldrig oplysninger via sådan et opslag.',
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['phishing-kend-tegnene'],
    },
    ...sourceLadder.rules,
  ],
};
