import type { LegalNote, LegalNoteKey } from '@digihjaelp/contract';

/** The legal notes a recommendation can carry (DOMAIN.md, "Hard rules"), in plain Danish with a source. */
export const legalNotes: Record<LegalNoteKey, LegalNote> = {
  'mitid-personal': {
    key: 'mitid-personal',
    title: 'MitID er personligt',
    text:
      'Du må aldrig kende, taste eller bruge borgerens MitID-bruger-id, adgangskode, kode eller godkendelse i appen, ' +
      'og du må aldrig logge ind eller godkende for borgeren. Det gælder også pårørende og fuldmagtshavere. ' +
      'Kig væk, mens borgeren taster.',
    sourceUrl: 'https://www.mitid.dk/',
  },
  'mitid-alternatives': {
    key: 'mitid-alternatives',
    title: 'Alternativer til MitID-appen',
    text:
      'MitID kan bruges med kodeviser, med kodeoplæser (til synshandicappede) eller med MitID-chip, og appen virker ' +
      'med skærmlæser. Borgerservice kan afvise at udstede MitID til en, der ikke kan klare det alene; så er fuldmagt vejen.',
    sourceUrl: 'https://www.mitid.dk/',
  },
  'digital-power-of-attorney': {
    key: 'digital-power-of-attorney',
    title: 'Digital fuldmagt',
    text:
      'En borger på 15 år eller mere, som kan forstå, hvad fuldmagten betyder, kan give en navngiven person fuldmagt ' +
      'til bestemte formål, fx at læse Digital Post eller bruge sundhed.dk. Fuldmagtshaveren bruger sit eget MitID. ' +
      'Ikke alle myndigheder understøtter digital fuldmagt; Skattestyrelsen har sin egen ordning.',
    sourceUrl: 'https://www.borger.dk/',
  },
  'digital-post-legal-effect': {
    key: 'digital-post-legal-effect',
    title: 'Digital Post har samme retsvirkning som papirpost',
    text:
      'Et brev i Digital Post er modtaget, når det ligger i postkassen – også selv om det ikke er læst. ' +
      'En frist i et ulæst brev løber altså, og det haster.',
    sourceUrl: 'https://www.retsinformation.dk/',
  },
  'digital-post-exemption': {
    key: 'digital-post-exemption',
    title: 'Fritagelse for Digital Post',
    text:
      'Kommunen fritager på lovbestemte grunde: kognitiv eller fysisk funktionsnedsættelse, ingen computer eller ' +
      'internet derhjemme, sprogvanskeligheder, svært ved at få MitID, ingen fast adresse eller bopæl i udlandet. ' +
      'Borgeren søger personligt eller ved fuldmagt og skal ikke oplyse, hvilken grund der gælder.',
    sourceUrl: 'https://www.borger.dk/',
  },
  'self-service-exemption': {
    key: 'self-service-exemption',
    title: 'Fritagelse for digital selvbetjening',
    text:
      'Den, der er fritaget for Digital Post, er også fritaget for det meste obligatoriske digitale selvbetjening. ' +
      'Udbetaling Danmark kræver sin egen fritagelse.',
    sourceUrl: 'https://www.borger.dk/',
  },
  guardianship: {
    key: 'guardianship',
    title: 'Værgemål',
    text: 'Værgemål besluttes af Familieretshuset, når intet lettere virker (fx fuldmagt). Værgen bruger sit eget MitID.',
    sourceUrl: 'https://familieretshuset.dk/',
  },
  'fraud-never-ask': {
    key: 'fraud-never-ask',
    title: 'Myndigheder og banker spørger aldrig efter MitID',
    text:
      'Ingen myndighed eller bank beder om MitID-oplysninger eller om at godkende noget, borgeren ikke selv har sat i gang. ' +
      'Kan MitID være kompromitteret, skal borgeren straks spærre det via MitID support.',
    sourceUrl: 'https://www.mitid.dk/',
  },
  'tax-own-power-of-attorney': {
    key: 'tax-own-power-of-attorney',
    title: 'Skattestyrelsen har sin egen fuldmagtsordning',
    text: 'En almindelig digital fuldmagt dækker ikke skat. Skal en anden hjælpe med skat, gives fuldmagt i Skattestyrelsens egen ordning.',
    sourceUrl: 'https://skat.dk/',
  },
};

/** What staff must never do whenever a case involves logging in with MitID. */
export const mitIdMustNot = [
  'Tast aldrig borgerens MitID-bruger-id, adgangskode eller kode, og se ikke med, mens borgeren taster.',
  'Log aldrig ind og godkend aldrig i MitID-appen for borgeren – heller ikke når borgeren beder om det.',
];

/** The staff guide explaining the MitID rule; attached with the rule. */
export const mitIdRuleGuideSlug = 'mitid-reglen';
