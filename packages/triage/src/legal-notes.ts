import type { LegalNote, LegalNoteKey } from '@digihjaelp/contract';

/**
 * The legal notes a recommendation can carry (docs/DOMAIN.md, "De faste regler"), in plain Danish
 * and our own words, each with the official page it was checked against.
 */
export const legalNotes: Record<LegalNoteKey, LegalNote> = {
  'mitid-personal': {
    key: 'mitid-personal',
    title: 'MitID er personligt',
    text:
      'Du må aldrig kende, taste eller bruge borgerens MitID-bruger-id, adgangskode, kode eller godkendelse i appen, ' +
      'og du må aldrig logge ind eller godkende for borgeren. Det gælder også pårørende og fuldmagtshavere. ' +
      'Kig væk, mens borgeren taster. Har borgeren sagt en kode højt, skal borgeren skifte den.',
    sourceUrl: 'https://www.mitid.dk/en-gb/help/help-universe/help-others/',
  },
  'mitid-alternatives': {
    key: 'mitid-alternatives',
    title: 'Alternativer til MitID-appen',
    text:
      'MitID kan bruges med kodeviser, med kodeoplæser (til synshandicappede) eller med MitID-chip, og appen virker ' +
      'med skærmlæser. Har borgeren MitID, bestiller borgeren selv kodeviser eller kodeoplæser på MitID.dk; ellers ' +
      'fås de i Borgerservice. Borgerservice kan afvise at udstede MitID til en, der ikke kan klare det alene; så er fuldmagt vejen.',
    sourceUrl: 'https://www.mitid.dk/hjaelp/hjaelpeunivers/saerlige-behov/',
  },
  'digital-power-of-attorney': {
    key: 'digital-power-of-attorney',
    title: 'Digital fuldmagt',
    text:
      'En borger på 15 år eller mere, som kan forstå, hvad fuldmagten betyder, kan give en navngiven person fuldmagt ' +
      'til bestemte offentlige selvbetjeninger, fx sundhed.dk eller at melde flytning. Fuldmagtshaveren bruger sit eget MitID. ' +
      'Den dækker kun kontakten med det offentlige – ikke netbank og regninger, som kræver bankens egen fuldmagt – ' +
      'og ikke altid at ringe til myndigheden. Ikke alle myndigheder er med.',
    sourceUrl: 'https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen',
  },
  'digital-post-legal-effect': {
    key: 'digital-post-legal-effect',
    title: 'Digital Post har samme retsvirkning som papirpost',
    text:
      'Et brev i Digital Post er modtaget, når det ligger i postkassen – også selv om det ikke er læst. ' +
      'En frist i et ulæst brev løber altså. Fristen gør besøget hastende; den gør ikke hjælpen større.',
    sourceUrl: 'https://digst.dk/it-loesninger/digital-post/',
  },
  'digital-post-exemption': {
    key: 'digital-post-exemption',
    title: 'Fritagelse for Digital Post',
    text:
      'Kommunen fritager på lovbestemte grunde: kognitiv eller fysisk funktionsnedsættelse, ingen computer eller ' +
      'internet derhjemme, sprogvanskeligheder, svært ved at få MitID, ingen fast adresse eller bopæl i udlandet. ' +
      'Borgeren skal ikke oplyse, hvilken grund der gælder. Borgeren søger selv i Borgerservice, eller en anden søger ' +
      'med en fuldmagt på papir (kommunens blanket) – eller borgerens værge.',
    sourceUrl: 'https://www.gentofte.dk/da/Borger/Borgerservice/Digital-post/Fritagelse-for-Digital-Post',
  },
  'self-service-exemption': {
    key: 'self-service-exemption',
    title: 'Fritagelse for digital selvbetjening',
    text:
      'Den, der er fritaget for Digital Post, har ret til en anden vej end den digitale hos de fleste myndigheder. ' +
      'Hos Udbetaling Danmark (pension, boligstøtte m.m.) skal borgeren undtages generelt af kommunen – her i ' +
      'Borgerservice. Fritagelsen for Digital Post er ikke nok i sig selv.',
    sourceUrl: 'https://www.borger.dk/Sider/Obligatorisk-selvbetjening.aspx',
  },
  guardianship: {
    key: 'guardianship',
    title: 'Værgemål',
    text:
      'Værgemål besluttes af Familieretshuset, når intet lettere virker (fx fuldmagt). En fremtidsfuldmagt kan kun ' +
      'oprettes, mens borgeren selv kan forstå den. Værgen bruger sit eget MitID.',
    sourceUrl: 'https://familieretshuset.dk/vaergemaal-sider/vaergemaal/hvis-du-vil-soege-om-et-vaergemaal',
  },
  'fraud-never-ask': {
    key: 'fraud-never-ask',
    title: 'Myndigheder og banker spørger aldrig efter MitID',
    text:
      'Ingen myndighed eller bank beder om MitID-oplysninger eller om at godkende noget, borgeren ikke selv har sat i gang. ' +
      'Kan MitID være kompromitteret, skal borgeren straks spærre det (selv på MitID.dk eller via MitID support) og ' +
      'ringe til banken, for MitID giver adgang til netbanken.',
    sourceUrl: 'https://www.mitid.dk/hjaelp/hjaelpeunivers/mistanke-om-misbrug/',
  },
  'tax-own-power-of-attorney': {
    key: 'tax-own-power-of-attorney',
    title: 'Skattestyrelsen har sin egen adgang og fuldmagt',
    text:
      'Digital Fuldmagt på borger.dk dækker kun lidt hos Skat (fx beskeder om skattekontoen). Til TastSelv giver ' +
      'borgeren en anden adgang under «Profil» (autorisation) eller med blanket 02.052. Fuldmagt til at tale med Skat: ' +
      'blanket 02.043 (ubegrænset) eller 02.056 (begrænset).',
    sourceUrl: 'https://skat.dk/data.aspx?oid=1924748',
  },
  'read-access': {
    key: 'read-access',
    title: 'Læseadgang til Digital Post',
    text:
      'Med læseadgang kan en anden læse borgerens post fra det offentlige med sit eget MitID – også indkaldelser fra ' +
      'retten, og breve fra retten kan forkyndes for den, der har læseadgangen. Post fra banker og andre private er ikke med.',
    sourceUrl: 'https://mariagerfjord.dk/borgerservice/digital-post-og-fuldmagter/laeseadgange-i-digital-post',
  },
  minors: {
    key: 'minors',
    title: 'Børn og unge under 18',
    text:
      'Forældrene med forældremyndighed handler for barnet. Fra 15 år får den unge sin egen Digital Post, og ' +
      'forældrene får ikke længere brevene; den unge kan selv give dem læseadgang.',
    sourceUrl: 'https://www.borger.dk/internet-og-sikkerhed/Digital-Post/digital-post-for-foraeldre-til-15-aarige',
  },
  'health-nearest-relative': {
    key: 'health-nearest-relative',
    title: 'Den nærmeste pårørende hos lægen',
    text:
      'Er en patient varigt ude af stand til at tage stilling, får den nærmeste pårørende oplysningerne og giver ' +
      'samtykke sammen med lægen. Det kræver hverken fuldmagt eller værgemål; værgemål er for borgerens øvrige forhold.',
    sourceUrl: 'https://stpk.dk/afgorelser-og-domme/afgorelser-fra-styrelsen-for-patientklager/24sfp49/',
  },
};

/** What staff must never do whenever a case involves logging in with MitID. */
export const mitIdMustNot = [
  'Tast aldrig borgerens MitID-bruger-id, adgangskode eller kode, og se ikke med, mens borgeren taster.',
  'Log aldrig ind og godkend aldrig i MitID-appen for borgeren – heller ikke når borgeren beder om det.',
];

/** The staff guide explaining the MitID rule; attached with the rule. */
export const mitIdRuleGuideSlug = 'mitid-reglen';
