import type { FlowDefinition } from '@digihjaelp/contract';
import { all, any, choice, is, ladderRules, oneOf, skillsQuestion, yesNo } from './build';

const mitIdGivenAway = any(
  is('hvad', 'mitid'),
  all(is('hvad', 'kort'), is('ogsaa-mitid', true)),
  all(is('hvad', 'usikker'), is('mitid-tastet', true)),
);

export const fraudFlow: FlowDefinition = {
  title: 'Svindel og phishing',
  involvesLogin: true,
  questions: [
    choice('hvad', 'Hvad er der sket?', [
      ['intet', 'Mistænkelig besked eller opkald – borgeren har ikke svaret eller givet noget'],
      ['mitid', 'Borgeren har givet MitID-oplysninger eller godkendt noget for en anden'],
      ['kort', 'Borgeren har givet kortoplysninger eller overført penge'],
      ['usikker', 'Borgeren har klikket på et link og er usikker på, hvad der skete'],
    ]),
    yesNo('ogsaa-bank', 'Har borgeren også givet bank- eller kortoplysninger?', { showIf: is('hvad', 'mitid') }),
    yesNo('ogsaa-mitid', 'Har borgeren også givet MitID-oplysninger eller godkendt noget i appen?', {
      showIf: is('hvad', 'kort'),
    }),
    yesNo('mitid-tastet', 'Har borgeren tastet MitID eller godkendt i appen efter at have klikket?', {
      showIf: is('hvad', 'usikker'),
    }),
    skillsQuestion({ showIf: is('hvad', 'intet') }),
  ],
  rules: [
    {
      id: 'spaer-mitid',
      when: mitIdGivenAway,
      outcome: { referral: 'mitid-support' },
      reason:
        'MitID kan være kompromitteret: borgeren skal spærre MitID nu via MitID support – og anmelde svindlen til politiet.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      mustNot: [
        'Tal ikke med MitID support i borgerens sted, og tast ikke borgerens oplysninger – borgeren ringer og taler selv.',
      ],
      guideSlugs: ['svindel-foerstehjaelp', 'mitid-spaerring'],
      referrals: ['police'],
    },
    {
      id: 'ring-til-banken',
      when: any(is('hvad', 'kort'), is('ogsaa-bank', true)),
      outcome: { referral: 'bank' },
      reason:
        'Kort- eller bankoplysninger er givet væk: borgeren skal ringe til banken nu og spærre, og anmelde det til politiet.',
      urgent: true,
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['svindel-foerstehjaelp'],
      referrals: ['bank', 'police'],
    },
    {
      id: 'ogsaa-banken',
      when: all(mitIdGivenAway, any(is('hvad', 'kort'), is('ogsaa-bank', true))),
      reason: 'Bank- eller kortoplysninger er også givet væk: borgeren skal også ringe til banken og spærre.',
      urgent: true,
      referrals: ['bank'],
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
      when: is('hvad', 'intet'),
      reason: 'Intet er givet væk. Brug besøget til at lære borgeren tegnene på svindel.',
      legalNotes: ['fraud-never-ask'],
      guideSlugs: ['phishing-kend-tegnene'],
    },
    ...ladderRules({
      scope: is('hvad', 'intet'),
      selfGuides: ['phishing-kend-tegnene'],
      staffGuides: ['svindel-foerstehjaelp'],
    }),
  ],
};

const ownAccount = oneOf('emne', ['privatliv', 'sikkerhed']);

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
    skillsQuestion({ showIf: ownAccount }),
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
    ...ladderRules({
      scope: ownAccount,
      selfGuides: ['sociale-medier-sikkerhed'],
      staffGuides: ['sociale-medier-sikkerhed'],
    }),
  ],
};

export const sourceCriticismFlow: FlowDefinition = {
  title: 'Kildekritik og misinformation',
  involvesLogin: false,
  questions: [
    choice('situation', 'Hvad drejer det sig om?', [
      ['tvivl', 'Borgeren er i tvivl om en nyhed eller et opslag'],
      ['laere', 'Borgeren vil lære at tjekke kilder'],
      ['lokkemad', 'Opslaget lover en gevinst eller beder om oplysninger'],
    ]),
    skillsQuestion(),
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
    ...ladderRules({ selfGuides: ['falske-nyheder-borger'], staffGuides: ['kildekritik-paa-nettet'] }),
  ],
};
