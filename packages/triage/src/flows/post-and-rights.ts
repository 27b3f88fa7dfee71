import type { FlowDefinition } from '@digihjaelp/contract';
import {
  all,
  choice,
  deadlineQuestion,
  is,
  ladderRules,
  lastingQuestions,
  mitIdRefusalRule,
  oneOf,
  skillsQuestion,
  yesNo,
} from './build';

const readingPost = oneOf('behov', ['laese', 'brev-frist']);
const statutoryGroundText =
  'Passer en af grundene: funktionsnedsættelse, ingen computer/internet, sprog, svært ved at få MitID, ingen fast adresse, bor i udlandet?';
const statutoryGroundHelp = 'Borgeren skal ikke sige, hvilken grund der gælder – spørg kun, om en af dem passer.';

export const digitalPostFlow: FlowDefinition = {
  title: 'Digital Post (borger.dk, e-Boks, mit.dk)',
  involvesLogin: true,
  questions: [
    choice('behov', 'Hvad har borgeren brug for?', [
      ['laese', 'Læse eller finde sin post'],
      ['brev-frist', 'Svare på et brev med en frist'],
      ['anden-skal-laese', 'Give en anden adgang til at læse posten'],
      ['fri', 'Helt fri for Digital Post'],
    ]),
    deadlineQuestion(is('behov', 'brev-frist')),
    yesNo('kan-give-adgang', 'Kan borgeren forstå og selv give adgangen (og er 15 år eller ældre)?', {
      showIf: is('behov', 'anden-skal-laese'),
    }),
    yesNo('fritagelsesgrund', statutoryGroundText, { help: statutoryGroundHelp, showIf: is('behov', 'fri') }),
    skillsQuestion({ showIf: readingPost, cannot: true, mitIdForMe: true }),
    ...lastingQuestions(readingPost),
  ],
  rules: [
    {
      id: 'frist-retsvirkning',
      when: is('behov', 'brev-frist'),
      reason: 'Brevet har samme retsvirkning som papirpost: fristen løber, også hvis brevet ikke er læst.',
      legalNotes: ['digital-post-legal-effect'],
      guideSlugs: ['digital-post-frister'],
    },
    {
      id: 'laeseadgang',
      when: all(is('behov', 'anden-skal-laese'), is('kan-give-adgang', true)),
      outcome: { level: 4 },
      reason:
        'Borgeren kan selv give adgang: læseadgang eller digital fuldmagt er en varig løsning. Den anden bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['laeseadgang-digital-post', 'digital-fuldmagt'],
    },
    {
      id: 'kan-ikke-give-adgang',
      when: all(is('behov', 'anden-skal-laese'), is('kan-give-adgang', false)),
      outcome: { level: 5 },
      reason:
        'Borgeren kan ikke selv give adgang: fortæl om fritagelse for Digital Post og om værgemål, som Familieretshuset beslutter.',
      legalNotes: ['digital-post-exemption', 'guardianship'],
      guideSlugs: ['fritagelse-digital-post', 'vaergemaal'],
      referrals: ['familieretshuset'],
    },
    {
      id: 'fri-for-digital-post',
      when: all(is('behov', 'fri'), is('fritagelsesgrund', true)),
      outcome: { level: 5 },
      reason: 'En lovbestemt grund passer: borgeren kan søge kommunen om fritagelse og få posten på papir.',
      legalNotes: ['digital-post-exemption', 'self-service-exemption'],
      guideSlugs: ['fritagelse-digital-post', 'fritagelse-selvbetjening'],
    },
    {
      id: 'ingen-fritagelsesgrund',
      when: all(is('behov', 'fri'), is('fritagelsesgrund', false)),
      outcome: { level: 2 },
      reason:
        'Ingen af fritagelsesgrundene passer, så fritagelse gives ikke. Vis borgeren trin for trin, hvordan posten læses.',
      legalNotes: ['digital-post-exemption'],
      guideSlugs: ['digital-post-kom-i-gang'],
      referrals: ['library-course'],
      nextTime: ['Tilbyd et IT-kursus eller frivillig IT-hjælp, så borgeren klarer mere selv næste gang.'],
    },
    mitIdRefusalRule(readingPost),
    ...ladderRules({
      scope: readingPost,
      selfGuides: ['digital-post-kom-i-gang'],
      staffGuides: ['digital-post-kom-i-gang'],
      deadline: true,
      lasting: { guides: ['laeseadgang-digital-post'] },
    }),
  ],
};

export const exemptionsFlow: FlowDefinition = {
  title: 'Fritagelser',
  involvesLogin: false,
  questions: [
    choice('hvilken', 'Hvilken fritagelse spørger borgeren om?', [
      ['digital-post', 'Fritagelse for Digital Post'],
      ['selvbetjening', 'Fritagelse for digital selvbetjening (ansøgninger)'],
      ['udbetaling', 'Udbetaling Danmark (pension, boligstøtte m.m.)'],
    ]),
    yesNo('fritagelsesgrund', statutoryGroundText, { help: statutoryGroundHelp }),
    yesNo('kan-soege', 'Møder borgeren selv op, eller har en anden fuldmagt til at søge for borgeren?', {
      showIf: is('fritagelsesgrund', true),
    }),
  ],
  rules: [
    {
      id: 'udbetaling-danmark',
      when: all(is('hvilken', 'udbetaling'), is('fritagelsesgrund', true), is('kan-soege', true)),
      outcome: { referral: 'udbetaling-danmark' },
      reason: 'Udbetaling Danmark kræver sin egen fritagelse: borgeren søger hos Udbetaling Danmark.',
      legalNotes: ['self-service-exemption'],
      guideSlugs: ['fritagelse-selvbetjening'],
    },
    {
      id: 'fritagelse',
      when: all(
        oneOf('hvilken', ['digital-post', 'selvbetjening']),
        is('fritagelsesgrund', true),
        is('kan-soege', true),
      ),
      outcome: { level: 5 },
      reason:
        'En lovbestemt grund passer, og borgeren kan søge: kommunen kan fritage. Borgeren skal ikke sige, hvilken grund der gælder.',
      legalNotes: ['digital-post-exemption', 'self-service-exemption'],
      guideSlugs: ['fritagelse-digital-post', 'fritagelse-selvbetjening'],
    },
    {
      id: 'fuldmagt-til-ansoegning',
      when: all(is('fritagelsesgrund', true), is('kan-soege', false)),
      outcome: { level: 4 },
      reason: 'Borgeren kan ikke selv møde op: en fuldmagt lader en person, borgeren stoler på, søge for borgeren.',
      legalNotes: ['digital-power-of-attorney', 'digital-post-exemption'],
      guideSlugs: ['digital-fuldmagt', 'fritagelse-digital-post'],
    },
    {
      id: 'ingen-grund',
      when: is('fritagelsesgrund', false),
      outcome: { level: 2 },
      reason: 'Ingen af grundene passer, så fritagelse gives ikke. Hjælp borgeren i gang digitalt, trin for trin.',
      legalNotes: ['digital-post-exemption'],
      guideSlugs: ['digital-post-kom-i-gang', 'it-kurser-biblioteket'],
      referrals: ['library-course'],
      nextTime: ['Tilbyd et IT-kursus, så borgeren klarer mere selv næste gang.'],
    },
  ],
};

const canGivePowerOfAttorney = 'kan-give-fuldmagt';

export const powerOfAttorneyFlow: FlowDefinition = {
  title: 'Fuldmagt, adgang til postkasse og værgemål',
  involvesLogin: true,
  questions: [
    choice('oenske', 'Hvad ønsker borgeren?', [
      ['fuldmagt', 'Give en anden fuldmagt (fx til Digital Post eller sundhed.dk)'],
      ['skat', 'Give en anden fuldmagt til skat'],
      ['paaroerende-mitid', 'En pårørende vil bruge borgerens MitID'],
      ['kan-ikke-selv', 'Borgeren kan ikke længere klare sine egne sager'],
    ]),
    yesNo(canGivePowerOfAttorney, 'Kan borgeren forstå og selv give fuldmagten (og er 15 år eller ældre)?', {
      showIf: oneOf('oenske', ['fuldmagt', 'skat', 'kan-ikke-selv']),
    }),
    yesNo('paaroerende-har-mitid', 'Har den pårørende selv MitID?', { showIf: is('oenske', 'paaroerende-mitid') }),
  ],
  rules: [
    {
      id: 'paaroerende-mitid',
      when: is('oenske', 'paaroerende-mitid'),
      outcome: {
        notPermitted: {
          alternatives: [
            { level: 4, text: 'Borgeren giver den pårørende digital fuldmagt; den pårørende bruger sit eget MitID.' },
            { level: 5, text: 'Kan borgeren ikke give fuldmagt: fritagelse for Digital Post eller værgemål.' },
          ],
        },
      },
      reason: 'MitID er personligt – også over for familien. En pårørende må aldrig bruge borgerens MitID.',
      legalNotes: ['mitid-personal', 'digital-power-of-attorney', 'guardianship'],
      mustNot: ['Hjælp aldrig en pårørende med at logge ind med borgerens MitID.'],
      guideSlugs: ['mitid-reglen', 'digital-fuldmagt'],
    },
    {
      id: 'paaroerende-uden-mitid',
      when: all(is('oenske', 'paaroerende-mitid'), is('paaroerende-har-mitid', false)),
      reason: 'Den pårørende skal først have sit eget MitID for at kunne bruge en fuldmagt.',
      referrals: ['borgerservice'],
      guideSlugs: ['mitid-kom-i-gang'],
    },
    {
      id: 'digital-fuldmagt',
      when: all(oneOf('oenske', ['fuldmagt', 'kan-ikke-selv']), is(canGivePowerOfAttorney, true)),
      outcome: { level: 4 },
      reason:
        'Borgeren kan selv give fuldmagt: opret en digital fuldmagt til bestemte formål. Fuldmagtshaveren bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['digital-fuldmagt', 'laeseadgang-digital-post'],
    },
    {
      id: 'skattefuldmagt',
      when: all(is('oenske', 'skat'), is(canGivePowerOfAttorney, true)),
      outcome: { level: 4 },
      reason: 'Skat er ikke dækket af den almindelige digitale fuldmagt: brug Skattestyrelsens egen fuldmagtsordning.',
      legalNotes: ['tax-own-power-of-attorney', 'digital-power-of-attorney'],
      guideSlugs: ['skat-fuldmagt'],
    },
    {
      id: 'vaergemaal',
      when: is(canGivePowerOfAttorney, false),
      outcome: { level: 5 },
      reason:
        'Borgeren kan ikke selv give fuldmagt: fortæl om værgemål, som Familieretshuset beslutter, og om fritagelse for Digital Post.',
      legalNotes: ['guardianship', 'digital-post-exemption'],
      guideSlugs: ['vaergemaal', 'fritagelse-digital-post'],
      referrals: ['familieretshuset'],
    },
  ],
};
