import type { Answers } from '@digihjaelp/contract';

/**
 * Practice scenarios for new staff: a short story of a citizen at the counter and the answers it
 * amounts to in the category's flow. The expected recommendation is not stored: the engine
 * derives it from the current flow, so training always teaches today's rules.
 */
export interface TrainingScenario {
  id: string;
  title: string;
  story: string;
  categoryKey: string;
  answers: Answers;
}

export const trainingScenarios: TrainingScenario[] = [
  {
    id: 'brev-med-frist',
    title: 'Et brev om boligstøtte',
    story:
      'En kvinde på 78 viser dig et brev i Digital Post fra kommunen om hendes boligstøtte. Hun skal svare senest i morgen. ' +
      'Hun kan godt taste på sin telefon, men har brug for, at nogen forklarer hvert eneste trin.',
    categoryKey: 'digital-post',
    answers: { behov: 'brev-frist', frist: true, evner: 'forklaring' },
  },
  {
    id: 'log-ind-for-mig',
    title: '"Kan du ikke bare logge ind for mig?"',
    story:
      'En travl mand rækker dig sin telefon og siger sin MitID-adgangskode højt. Han vil have, at du logger ind og læser hans post, ' +
      'for han skal nå en bus.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'mitid-for-mig' },
  },
  {
    id: 'datter-hjaelper-fast',
    title: 'Posten hver måned',
    story:
      'En kvinde på 84 kommer hver måned for at få hjælp til at læse sin Digital Post. Hun taster selv, når du viser vej på skærmen. ' +
      'Hendes datter, som hun stoler på, vil gerne hjælpe fast. Kvinden forstår godt, hvad det vil sige at give nogen fuldmagt.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'sidemand', gentagen: true, betroet: true, forstaar: true },
  },
  {
    id: 'hjerneskade-ingen-paaroerende',
    title: 'Efter en blodprop',
    story:
      'En mand på 88 har haft en blodprop i hjernen og kan ikke længere huske koder eller bruge en telefon – heller ikke med hjælp. ' +
      'Han har ingen, der kan hjælpe ham fast. Han vil gerne kunne læse breve fra kommunen.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'kan-ikke', betroet: false, grund: true },
  },
  {
    id: 'mitid-givet-til-svindler',
    title: 'Et opkald fra "banken"',
    story:
      'En kvinde fortæller, at "banken" ringede i går. Hun læste sin MitID-kode op for dem og godkendte noget i appen. ' +
      'Hun har ikke givet kortoplysninger.',
    categoryKey: 'fraud',
    answers: { hvad: 'mitid', 'ogsaa-bank': false },
  },
  {
    id: 'kortoplysninger-paa-falsk-side',
    title: 'En pakke, der ikke kunne leveres',
    story:
      'En mand fik en SMS om en pakke og betalte "fragt" med sit betalingskort på en side, der viste sig at være falsk. ' +
      'Han har ikke tastet sit MitID.',
    categoryKey: 'fraud',
    answers: { hvad: 'kort', 'ogsaa-mitid': false },
  },
  {
    id: 'mistaenkelig-sms',
    title: 'En mistænkelig SMS',
    story:
      'En ung kvinde viser dig en SMS om, at hendes MitID "udløber i dag". Hun har ikke klikket på linket. ' +
      'Hun vil gerne vide, hvordan hun selv kan kende svindel, og klarer sig fint med en vejledning.',
    categoryKey: 'fraud',
    answers: { hvad: 'intet', evner: 'alene' },
  },
  {
    id: 'ny-telefon',
    title: 'Ny telefon',
    story:
      'En mand har fået ny telefon og skal flytte MitID-appen. Den gamle telefon har han med. Der er ingen frist. ' +
      'Han kan selv, når du forklarer trinene.',
    categoryKey: 'mitid-login',
    answers: { problem: 'ny-telefon', frist: false, evner: 'forklaring' },
  },
  {
    id: 'glemt-kode-frist',
    title: 'Glemt adgangskode og en frist',
    story:
      'En kvinde har glemt sin MitID-adgangskode og skal sende en ansøgning senest i morgen. Hun taster selv, men har brug for, ' +
      'at du viser vej på skærmen. Det er første gang, hun har det problem.',
    categoryKey: 'mitid-login',
    answers: { problem: 'glemt', frist: true, evner: 'sidemand', gentagen: false },
  },
  {
    id: 'nogen-bruger-mitid',
    title: 'Nogen bruger mit MitID',
    story:
      'En mand har fået en besked om et lån, han ikke har søgt. Han indrømmer, at han for nylig gav sine MitID-oplysninger til en "rådgiver" over telefonen.',
    categoryKey: 'mitid-login',
    answers: { problem: 'misbrug', 'givet-vaek': true },
  },
  {
    id: 'blind-uden-skaermlaeser',
    title: 'Kan ikke se koderne',
    story:
      'En blind kvinde kan ikke bruge MitID-appen. Hun bruger ikke skærmlæser på sin telefon og ønsker en løsning, hun kan bruge fremover.',
    categoryKey: 'mitid-alternatives',
    answers: { behov: 'syn', skaermlaeser: false },
  },
  {
    id: 'datter-vil-oprette-mitid',
    title: 'MitID til mor',
    story: 'En datter kommer alene og vil oprette MitID til sin mor, som er på plejehjem. Hun har morens pas med.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'for-en-anden', 'til-stede': false },
  },
  {
    id: 'mitid-uden-pas',
    title: 'Intet pas',
    story: 'En mand vil oprette MitID, men har hverken pas med chip eller kørekort. Han har ikke travlt.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'uden-id', frist: false },
  },
  {
    id: 'flytning',
    title: 'Ny adresse',
    story:
      'En studerende er lige flyttet og vil anmelde flytning. Hun bruger MitID hver dag og klarer det selv, hvis hun får en vejledning.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'flytning', frist: false, evner: 'alene' },
  },
  {
    id: 'pension',
    title: 'Ansøgning om pension',
    story:
      'En mand på 66 skal søge folkepension. Han taster selv, men har brug for, at du viser ham, hvor han skal klikke. ' +
      'Det er en engangsopgave, og der er ingen frist i dag eller i morgen.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'ydelse', frist: false, evner: 'sidemand', gentagen: false },
  },
  {
    id: 'skatteregler',
    title: 'Fradrag for kørsel',
    story:
      'En kvinde vil vide, om hun kan få fradrag for sin kørsel til arbejde, og hvor meget det giver. Der er ingen frist.',
    categoryKey: 'tax',
    answers: { emne: 'regler', frist: false },
  },
  {
    id: 'soen-hjaelper-med-skat',
    title: 'Sønnen tager sig af skatten',
    story:
      'En ældre mand vil gerne have, at hans søn fremover hjælper ham med skatten. Manden forstår godt, hvad en fuldmagt er.',
    categoryKey: 'tax',
    answers: { emne: 'fast-hjaelper', 'kan-give-fuldmagt': true },
  },
  {
    id: 'fri-for-digital-post-uden-grund',
    title: '"Jeg vil have papir"',
    story:
      'En mand på 60 vil fritages for Digital Post, fordi han "ikke gider". Han har computer og internet og ingen af de andre grunde passer.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'digital-post', fritagelsesgrund: false },
  },
  {
    id: 'fri-for-digital-post-med-grund',
    title: 'Ingen internet derhjemme',
    story:
      'En kvinde har hverken computer eller internet derhjemme og vil fritages for Digital Post. Hun er selv mødt op.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'digital-post', fritagelsesgrund: true, 'kan-soege': true },
  },
  {
    id: 'paaroerende-bruger-mitid',
    title: 'Sønnen har fars kode',
    story:
      'En søn fortæller, at han altid logger ind med sin fars MitID for at betale regninger og spørger, hvordan det gøres på den nye telefon. ' +
      'Sønnen har selv MitID.',
    categoryKey: 'power-of-attorney',
    answers: { oenske: 'paaroerende-mitid', 'paaroerende-har-mitid': true },
  },
  {
    id: 'afpresning-facebook',
    title: 'Overtaget profil',
    story:
      'En ung mand har mistet adgangen til sin profil på et socialt medie. Nogen skriver nu til ham og kræver penge for at give den tilbage.',
    categoryKey: 'social-media',
    answers: { emne: 'overtaget', afpresning: true },
  },
  {
    id: 'falsk-nyhed',
    title: 'Er det sandt?',
    story:
      'En kvinde har set et opslag om, at vandet i kommunen er forgiftet, og vil vide, om det passer. Hun kan selv søge, når du forklarer, hvordan man tjekker en kilde.',
    categoryKey: 'source-criticism',
    answers: { situation: 'tvivl', evner: 'forklaring' },
  },
  {
    id: 'printe-billet',
    title: 'Print en billet',
    story:
      'En mand vil printe en togbillet fra sin mail på bibliotekets printer. Han klarer det selv med vejledningen ved printeren.',
    categoryKey: 'device-basics',
    answers: { emne: 'wifi-print', evner: 'alene' },
  },
  {
    id: 'sundhed-paaroerende',
    title: 'Mors prøvesvar',
    story:
      'En datter vil kunne se sin mors prøvesvar på sundhed.dk. Moren har svær demens og kan ikke forstå, hvad en fuldmagt er.',
    categoryKey: 'health',
    answers: { behov: 'paaroerende', 'kan-give-fuldmagt': false },
  },
  {
    id: 'juridisk-raadgivning',
    title: 'Klage over en afgørelse',
    story:
      'En mand vil have hjælp til at skrive en klage over en afgørelse og vil vide, om han har ret. Der er ingen frist lige nu.',
    categoryKey: 'other',
    answers: { henvendelse: 'udenfor', frist: false },
  },
  {
    id: 'pas-rejse-snart',
    title: 'Pas til rejsen på fredag',
    story: 'En kvinde opdager, at hendes pas er udløbet. Hun skal rejse om tre dage og vil vide, hvad hun kan gøre.',
    categoryKey: 'booking-passport',
    answers: { opgave: 'sagen', frist: true },
  },
];
