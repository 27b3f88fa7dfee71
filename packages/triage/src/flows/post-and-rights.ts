import type { FlowDefinition } from '@digihjaelp/contract';
import {
  all,
  capacityAnswers,
  capacityQuestion,
  choice,
  deadlineQuestion,
  is,
  ladder,
  mitIdRefusalRule,
  not,
  oneOf,
  yesNo,
} from './build';

const readingPost = oneOf('behov', ['laese', 'brev-frist']);
const postLadder = ladder({
  scope: readingPost,
  selfGuides: ['digital-post-kom-i-gang'],
  staffGuides: ['digital-post-kom-i-gang'],
  deadline: true,
  cannot: true,
  mitIdForMe: true,
  noWorkingMitId: true,
  lasting: {
    guides: ['laeseadgang-digital-post'],
    legalNotes: ['read-access'],
    // Reading post is the need that comes back; answering one letter is a task of its own.
    recurring: { text: 'Skal borgeren have hjælp, hver gang der kommer post?', when: is('behov', 'laese') },
  },
});
const statutoryGroundText =
  'Passer en af grundene: funktionsnedsættelse, ingen computer/internet, sprog, svært ved at få MitID, ingen fast adresse, bor i udlandet?';
const statutoryGroundHelp = 'Borgeren skal ikke sige, hvilken grund der gælder – spørg kun, om en af dem passer.';
const canGiveAccess = 'kan-give-adgang';

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
    capacityQuestion(canGiveAccess, 'Kan borgeren selv give adgangen?', is('behov', 'anden-skal-laese')),
    yesNo('fritagelsesgrund', statutoryGroundText, { help: statutoryGroundHelp, showIf: is('behov', 'fri') }),
    ...postLadder.questions,
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
      when: all(is('behov', 'anden-skal-laese'), is(canGiveAccess, capacityAnswers.able)),
      outcome: { level: 4 },
      reason:
        'Borgeren kan selv give adgang: læseadgang er en varig løsning. Den anden bruger sit eget MitID og kan også få breve fra retten forkyndt.',
      legalNotes: ['read-access', 'digital-power-of-attorney'],
      guideSlugs: ['laeseadgang-digital-post', 'digital-fuldmagt'],
    },
    {
      id: 'under-15-ingen-post',
      when: all(is('behov', 'anden-skal-laese'), is(canGiveAccess, capacityAnswers.under15)),
      outcome: { level: 1 },
      reason:
        'Under 15 år har barnet ingen Digital Post endnu: breve om barnet går til forældrene. Vis dem, hvor de læser deres egen post.',
      legalNotes: ['minors'],
      guideSlugs: ['digital-post-kom-i-gang'],
    },
    {
      id: 'ung-kan-ikke-give-adgang',
      when: all(is('behov', 'anden-skal-laese'), is(canGiveAccess, capacityAnswers.minor)),
      outcome: { level: 5 },
      reason:
        'Den unge kan ikke selv give adgangen: forældrene med forældremyndighed handler, indtil den unge fylder 18. Borgerservice hjælper med adgang eller fritagelse.',
      legalNotes: ['minors', 'digital-post-exemption'],
      guideSlugs: ['fritagelse-digital-post', 'laeseadgang-digital-post'],
      referrals: ['borgerservice'],
    },
    {
      id: 'kan-ikke-give-adgang',
      when: all(is('behov', 'anden-skal-laese'), is(canGiveAccess, capacityAnswers.adultUnable)),
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
    ...postLadder.rules,
  ],
};

const applicant = 'hvem-soeger';
const groundFits = is('fritagelsesgrund', true);

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
    choice(
      applicant,
      'Hvem søger?',
      [
        ['selv', 'Borgeren selv, her ved skranken'],
        ['fuldmagt', 'En anden med en fuldmagt på papir fra borgeren'],
        ['vaerge', 'Borgerens værge'],
        ['kan-ikke', 'Ingen – borgeren kan hverken møde op eller skrive under på en fuldmagt'],
      ],
      { showIf: groundFits },
    ),
  ],
  rules: [
    {
      id: 'udbetaling-danmark',
      when: all(is('hvilken', 'udbetaling'), groundFits),
      outcome: { level: 5 },
      reason:
        'Kommunen – her i Borgerservice – undtager borgeren generelt fra digital selvbetjening hos Udbetaling Danmark. Fritagelse for Digital Post er ikke nok i sig selv, og borgeren skal ikke søge hos Udbetaling Danmark.',
      legalNotes: ['self-service-exemption'],
      guideSlugs: ['fritagelse-selvbetjening', 'pension-og-ydelser'],
    },
    {
      id: 'fritagelse',
      when: all(oneOf('hvilken', ['digital-post', 'selvbetjening']), groundFits, is(applicant, 'selv')),
      outcome: { level: 5 },
      reason:
        'En lovbestemt grund passer, og borgeren er her selv: kommunen kan fritage. Borgeren skal ikke sige, hvilken grund der gælder.',
      legalNotes: ['digital-post-exemption', 'self-service-exemption'],
      guideSlugs: ['fritagelse-digital-post', 'fritagelse-selvbetjening'],
    },
    {
      id: 'fuldmagt-til-ansoegning',
      when: all(groundFits, is(applicant, 'fuldmagt')),
      outcome: { level: 5 },
      reason:
        'Fritagelsen søges med en fuldmagt på papir – kommunens blanket, underskrevet af borgeren. Fuldmagtshaveren møder op med sin egen legitimation. En digital fuldmagt bruges ikke her.',
      legalNotes: ['digital-post-exemption'],
      guideSlugs: ['fritagelse-digital-post'],
    },
    {
      id: 'vaerge-soeger',
      when: all(groundFits, is(applicant, 'vaerge')),
      outcome: { level: 5 },
      reason: 'Værgen søger om fritagelse for borgeren på kommunens blanket og viser sin egen legitimation.',
      legalNotes: ['digital-post-exemption', 'guardianship'],
      guideSlugs: ['fritagelse-digital-post', 'vaergemaal'],
    },
    {
      id: 'kommunens-procedure',
      when: all(groundFits, is(applicant, 'kan-ikke')),
      outcome: { level: 5 },
      reason:
        'Kan borgeren hverken møde op eller skrive under (fx meget syg eller på plejehjem), har kommunen sin egen fremgangsmåde: tal med en kollega i Borgerservice om sagen.',
      legalNotes: ['digital-post-exemption'],
      guideSlugs: ['fritagelse-digital-post'],
      referrals: ['borgerservice'],
    },
    {
      id: 'ingen-grund',
      when: not(groundFits),
      outcome: { level: 2 },
      reason: 'Ingen af grundene passer, så fritagelse gives ikke. Hjælp borgeren i gang digitalt, trin for trin.',
      legalNotes: ['digital-post-exemption'],
      guideSlugs: ['digital-post-kom-i-gang', 'it-kurser-biblioteket'],
      referrals: ['library-course'],
      nextTime: ['Tilbyd et IT-kursus, så borgeren klarer mere selv næste gang.'],
    },
  ],
};

const wish = 'oenske';
const task = 'hvad';
const capacity = 'kan-give-fuldmagt';
const helper = is(wish, 'hjaelper');
const helperCanGive = all(helper, is(capacity, capacityAnswers.able));
const taskQuestionScope = oneOf(wish, ['hjaelper', 'paaroerende-mitid', 'har-vaerge']);

export const powerOfAttorneyFlow: FlowDefinition = {
  title: 'Fuldmagt, adgang til postkasse og værgemål',
  involvesLogin: true,
  questions: [
    choice(wish, 'Hvad ønsker borgeren eller den pårørende?', [
      ['hjaelper', 'En anden skal hjælpe borgeren fast'],
      ['paaroerende-mitid', 'En pårørende bruger – eller vil bruge – borgerens MitID'],
      ['har-vaerge', 'Borgeren har en værge, som skal kunne hjælpe'],
      ['afdoed', 'En pårørende skal se Digital Post fra en, der er død'],
    ]),
    choice(
      task,
      'Hvad skal hjælperen kunne?',
      [
        ['selvbetjening', 'Offentlig selvbetjening (fx sundhed.dk, flytning, boligstøtte)'],
        ['post', 'Læse Digital Post'],
        ['skat', 'Skat (forskudsopgørelse, årsopgørelse)'],
        ['bank', 'Netbank og regninger'],
      ],
      { showIf: taskQuestionScope },
    ),
    capacityQuestion(capacity, 'Kan borgeren selv give fuldmagten?', helper),
    yesNo('paaroerende-har-mitid', 'Har den pårørende selv MitID?', { showIf: is(wish, 'paaroerende-mitid') }),
    yesNo('skifteretsattest', 'Har den pårørende en skifteretsattest (eller sidder i uskiftet bo)?', {
      showIf: is(wish, 'afdoed'),
    }),
  ],
  rules: [
    {
      id: 'paaroerende-mitid',
      when: is(wish, 'paaroerende-mitid'),
      outcome: {
        notPermitted: {
          alternatives: [
            {
              level: 4,
              text: 'Offentlig selvbetjening: digital fuldmagt på borger.dk. Digital Post: læseadgang. Den pårørende bruger sit eget MitID.',
            },
            { level: 4, text: 'Skat: adgang i TastSelv (autorisation) eller Skats fuldmagtsblanket.' },
            { level: 4, text: 'Netbank og regninger: bankens egen fuldmagt – aftales med banken.' },
            { level: 5, text: 'Kan borgeren ikke give fuldmagt: fritagelse for Digital Post eller værgemål.' },
          ],
        },
      },
      reason:
        'MitID er personligt – også over for familien. En pårørende må aldrig bruge borgerens MitID. Kender den pårørende borgerens koder, skal borgeren skifte adgangskode (og gerne bruger-id) nu.',
      legalNotes: ['mitid-personal', 'digital-power-of-attorney', 'guardianship'],
      mustNot: ['Hjælp aldrig en pårørende med at logge ind med borgerens MitID.'],
      guideSlugs: ['mitid-reglen', 'digital-fuldmagt'],
    },
    {
      id: 'paaroerende-bank',
      when: all(is(wish, 'paaroerende-mitid'), is(task, 'bank')),
      reason: 'Regninger og netbank dækkes ikke af en digital fuldmagt: banken har sin egen fuldmagt.',
      referrals: ['bank'],
    },
    {
      id: 'paaroerende-uden-mitid',
      when: all(is(wish, 'paaroerende-mitid'), is('paaroerende-har-mitid', false)),
      reason: 'Den pårørende skal først have sit eget MitID for at kunne bruge en fuldmagt.',
      referrals: ['borgerservice'],
      guideSlugs: ['mitid-kom-i-gang'],
    },
    {
      id: 'digital-fuldmagt',
      when: all(helperCanGive, is(task, 'selvbetjening')),
      outcome: { level: 4 },
      reason:
        'Borgeren kan selv give fuldmagt: opret en digital fuldmagt til de bestemte selvbetjeninger på borger.dk. Fuldmagtshaveren bruger sit eget MitID.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['digital-fuldmagt'],
    },
    {
      id: 'laeseadgang',
      when: all(helperCanGive, is(task, 'post')),
      outcome: { level: 4 },
      reason:
        'Borgeren kan selv give adgang: læseadgang til Digital Post. Den pårørende bruger sit eget MitID og kan også få breve fra retten forkyndt.',
      legalNotes: ['read-access'],
      guideSlugs: ['laeseadgang-digital-post'],
    },
    {
      id: 'skattefuldmagt',
      when: all(helperCanGive, is(task, 'skat')),
      outcome: { level: 4 },
      reason:
        'Skat bruger sin egen ordning: borgeren giver adgang i TastSelv (autorisation) eller skriver under på Skats blanket. Hjælperen bruger sit eget MitID.',
      legalNotes: ['tax-own-power-of-attorney'],
      guideSlugs: ['skat-fuldmagt'],
    },
    {
      id: 'bankfuldmagt',
      when: all(helperCanGive, is(task, 'bank')),
      outcome: { referral: 'bank' },
      reason:
        'Netbank og regninger dækkes ikke af en digital fuldmagt: borgeren aftaler en fuldmagt med sin bank. Hjælperen bruger sit eget MitID i sin egen netbank.',
      legalNotes: ['digital-power-of-attorney'],
      guideSlugs: ['netbank-sikkerhed'],
    },
    {
      id: 'fremtidsfuldmagt',
      when: helperCanGive,
      reason: 'Mens borgeren selv kan forstå det, kan borgeren også oprette en fremtidsfuldmagt til senere.',
      guideSlugs: ['vaergemaal'],
    },
    {
      id: 'barn-foraeldre',
      when: all(helper, is(capacity, capacityAnswers.under15)),
      outcome: { level: 1 },
      reason:
        'Borgeren er under 15 år: forældrene med forældremyndighed handler for barnet med deres eget MitID. Der skal ikke gives fuldmagt.',
      legalNotes: ['minors'],
    },
    {
      id: 'ung-foraeldre',
      when: all(helper, is(capacity, capacityAnswers.minor)),
      outcome: { level: 5 },
      reason:
        'Den unge er 15–17 år og kan ikke selv give fuldmagt: forældrene med forældremyndighed handler, indtil den unge fylder 18 – med papir og Borgerservice, hvor det digitale ikke rækker.',
      legalNotes: ['minors'],
      referrals: ['borgerservice'],
    },
    {
      id: 'vaergemaal',
      when: all(helper, is(capacity, capacityAnswers.adultUnable)),
      outcome: { level: 5 },
      reason:
        'Borgeren kan ikke selv give fuldmagt, og en fremtidsfuldmagt kan ikke oprettes længere: fortæl om værgemål, som Familieretshuset beslutter, og om fritagelse for Digital Post.',
      legalNotes: ['guardianship', 'digital-post-exemption'],
      guideSlugs: ['vaergemaal', 'fritagelse-digital-post'],
      referrals: ['familieretshuset'],
    },
    {
      id: 'har-vaerge',
      when: is(wish, 'har-vaerge'),
      outcome: { level: 4 },
      reason:
        'Borgeren har allerede en værge: værgen bruger sit eget MitID. Med værgemålet får værgen læseadgang eller fritagelse i Borgerservice; bank og Skat ordnes hos dem.',
      legalNotes: ['guardianship', 'read-access'],
      guideSlugs: ['vaergemaal', 'laeseadgang-digital-post'],
      referrals: ['borgerservice'],
    },
    {
      id: 'vaerge-skat',
      when: all(is(wish, 'har-vaerge'), is(task, 'skat')),
      reason: 'Hos Skat viser værgen værgemålet og får adgang der.',
      referrals: ['tax-authority'],
    },
    {
      id: 'vaerge-bank',
      when: all(is(wish, 'har-vaerge'), is(task, 'bank')),
      reason: 'I banken viser værgen værgemålet og får adgang efter bankens egne regler.',
      referrals: ['bank'],
    },
    {
      id: 'afdoed-med-attest',
      when: all(is(wish, 'afdoed'), is('skifteretsattest', true)),
      outcome: { level: 1 },
      reason:
        'Ved et dødsfald lukkes al adgang til postkassen, også læseadgang. Post fra det offentlige gemmes i 5 år. Med skifteretsattesten søger den pårørende om adgang hos e-Boks.',
      guideSlugs: ['henvisninger'],
    },
    {
      id: 'afdoed-uden-attest',
      when: all(is(wish, 'afdoed'), is('skifteretsattest', false)),
      outcome: { referral: 'other-authority' },
      reason:
        'Uden skifteretsattest kan den pårørende ikke få adgang til afdødes post. Skifteretten udsteder attesten; derefter søger den pårørende hos e-Boks.',
      guideSlugs: ['henvisninger'],
    },
  ],
};
