import type { Answers } from '@digihjaelp/contract';
import type { SeededCategoryKey } from './categories';

/**
 * Practice scenarios for new staff: what a citizen says at the counter (their words, not the
 * answer) and the answers it amounts to in the category's flow. The expected recommendation is
 * not stored: the engine derives it from the current flow, so training always teaches today's
 * rules (docs/DOMAIN.md). Many are chosen so that the right level is lower than instinct, or so
 * that consent, capacity, language, a deadline, the queue or a must-not decides.
 */
export interface TrainingScenario {
  id: string;
  title: string;
  story: string;
  categoryKey: SeededCategoryKey;
  answers: Answers;
}

export const trainingScenarios: TrainingScenario[] = [
  {
    id: 'brev-med-frist',
    title: 'Et brev om boligstøtte',
    story:
      'En kvinde på 78 lægger telefonen på disken: “Det her brev om min boligstøtte ligger i min Digital Post, og der står, at jeg skal svare senest i morgen. Jeg kan godt trykke selv – jeg skal bare have at vide, hvad jeg skal trykke på.” Der er ikke kø.',
    categoryKey: 'digital-post',
    answers: { behov: 'brev-frist', frist: true, evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'log-ind-for-mig',
    title: '"Kan du ikke bare logge ind for mig?"',
    story:
      'En mand i arbejdstøj rækker dig sin telefon: “Koden er 4 4 7 1 … nej, her, tag den bare og log ind i min post. Jeg skal nå bussen om fem minutter.” Han kigger på uret.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'mitid-for-mig' },
  },
  {
    id: 'datter-hjaelper-fast',
    title: 'Posten hver måned',
    story:
      '“Det er mig igen,” siger en kvinde på 84 og smiler. “Når du peger, kan jeg godt finde ud af at trykke. Min datter siger, hun gerne vil se min post for mig, så jeg ikke skal herned hver gang. Jeg stoler på hende, og jeg ved godt, hvad det vil sige at give hende lov.”',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'sidemand', forhold: 'ingen', gentagen: true, betroet: true, forstaar: 'ja' },
  },
  {
    id: 'hjerneskade-ingen-paaroerende',
    title: 'Efter blodproppen',
    story:
      'En mand på 88 siger langsomt: “Siden blodproppen kan jeg ikke huske de koder. Telefonen forstår jeg ikke mere – heller ikke når nogen viser mig det.” Han bor alene, og der er ingen i familien, der kan hjælpe. “Jeg vil bare gerne kunne læse, hvad kommunen skriver.”',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'kan-ikke', betroet: false },
  },
  {
    id: 'mitid-givet-til-svindler',
    title: 'Et opkald fra "banken"',
    story:
      '“Det var banken, der ringede i går. De sagde, at nogen var ved at tage mine penge, og at jeg skulle godkende i appen for at stoppe det. Så det gjorde jeg – to gange. Men jeg har ikke givet dem mit kort, så det er vel i orden?”',
    categoryKey: 'fraud',
    answers: { hvad: 'mitid', 'cpr-givet': false },
  },
  {
    id: 'kortoplysninger-paa-falsk-side',
    title: 'En pakke, der ikke kunne leveres',
    story:
      '“Jeg fik en sms om en pakke og skulle betale 19 kroner i fragt. Jeg skrev mit kortnummer ind, og bagefter kom der en mail om et køb på 4.000 kroner. MitID har jeg ikke brugt.” Han har ikke givet andet.',
    categoryKey: 'fraud',
    answers: { hvad: 'kort', 'ogsaa-mitid': false, 'cpr-givet': false },
  },
  {
    id: 'mistaenkelig-sms',
    title: 'En mistænkelig sms',
    story:
      'En ung kvinde viser sin telefon: “Der står, at mit MitID udløber i dag, og at jeg skal trykke på linket. Jeg har ikke trykket. Hvordan ser jeg selv, om sådan noget er falsk?” Hun læser hurtigt og bruger sin telefon til alt.',
    categoryKey: 'fraud',
    answers: { hvad: 'intet', evner: 'alene' },
  },
  {
    id: 'ny-telefon',
    title: 'Ny telefon',
    story:
      '“Jeg har fået ny telefon af mine børn. Den gamle har jeg med, den virker stadig. Hvordan får jeg MitID over på den nye?” Han holder begge telefoner og vil gerne selv gøre det, hvis du siger trinene.',
    categoryKey: 'mitid-login',
    answers: { problem: 'ny-telefon', 'gammel-telefon': 'virker', frist: false, evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'glemt-kode-frist',
    title: 'Glemt kode og en ansøgning',
    story:
      '“Jeg kan ikke huske min kode, og min ansøgning til daginstitutionen skal være sendt i morgen.” Hun taster selv, men farer vild i menuerne og beder dig vise, hvor hun skal trykke. “Ja, du må godt pege på skærmen.”',
    categoryKey: 'mitid-login',
    answers: { problem: 'glemt', frist: true, evner: 'sidemand', forhold: 'ingen' },
  },
  {
    id: 'nogen-bruger-mitid',
    title: 'Et lån, han ikke har søgt',
    story:
      '“Jeg har fået et brev om et lån på 60.000, som jeg aldrig har søgt. Der var en rådgiver, der ringede i sidste uge og hjalp mig med mit MitID … jeg sagde mit bruger-id og koden til ham.”',
    categoryKey: 'mitid-login',
    answers: { problem: 'misbrug', 'givet-vaek': true },
  },
  {
    id: 'blind-uden-skaermlaeser',
    title: 'De små tal',
    story:
      'En kvinde med hvid stok sætter sig: “Jeg kan ikke se tallene i den app. Min nevø har altid læst koderne op for mig, men nu er han flyttet til Aarhus.” Hun bruger ikke skærmlæser på telefonen.',
    categoryKey: 'mitid-alternatives',
    answers: { behov: 'syn', skaermlaeser: false },
  },
  {
    id: 'datter-vil-oprette-mitid',
    title: 'MitID til mor',
    story:
      '“Min mor er på plejehjem og kan ikke komme herned. Jeg har hendes pas med – kan vi ikke bare lave hendes MitID nu?” Datteren er kommet alene.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'for-en-anden', 'til-stede': false },
  },
  {
    id: 'mitid-uden-pas',
    title: 'Intet pas',
    story:
      '“Mit pas er udløbet for længe siden, og jeg har kun mit kørekort. Kan jeg få MitID på telefonen alligevel?” Han har boet i Danmark hele livet og har ikke travlt.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'uden-id', udland: false, frist: false },
  },
  {
    id: 'flytning',
    title: 'Ny adresse',
    story:
      'En studerende: “Jeg er lige flyttet og skal vel melde det et sted? Jeg bruger MitID hver dag.” Hun vil gerne bare have at vide, hvor hun gør det.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'flytning', frist: false, evner: 'alene' },
  },
  {
    id: 'pension',
    title: 'Folkepension',
    story:
      '“Jeg fylder snart 67, og nogen sagde, at pensionen ikke kommer af sig selv.” Han taster selv, men siger: “Vis mig lige, hvor jeg skal klikke – ja, du må godt pege.” Der er god tid.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'ydelse', frist: false, evner: 'sidemand', forhold: 'ingen' },
  },
  {
    id: 'skatteregler',
    title: 'Fradrag for kørsel',
    story:
      '“Jeg kører 40 kilometer til arbejde hver dag. Kan jeg trække det fra, og hvor meget får jeg så?” Der er ingen frist.',
    categoryKey: 'tax',
    answers: { emne: 'regler', frist: false },
  },
  {
    id: 'soen-hjaelper-med-skat',
    title: 'Sønnen tager sig af skatten',
    story:
      '“Min søn har altid hjulpet mig med skatten, og nu vil han gøre det hjemmefra. Hvordan giver jeg ham lov?” Manden er 79 og ved godt, hvad det betyder at give sin søn lov.',
    categoryKey: 'tax',
    answers: { emne: 'fast-hjaelper', 'kan-give-fuldmagt': 'ja' },
  },
  {
    id: 'fri-for-digital-post-uden-grund',
    title: '"Jeg vil have papir"',
    story:
      '“Jeg gider ikke det digitale. Jeg vil have mine breve på papir som i gamle dage.” Han har computer og internet derhjemme, og ingen af grundene passer.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'digital-post', fritagelsesgrund: false },
  },
  {
    id: 'fri-for-digital-post-med-grund',
    title: 'Ingen internet derhjemme',
    story: '“Jeg har ikke computer, og jeg vil ikke have en. Kan jeg få posten i postkassen?” Kvinden er selv mødt op.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'digital-post', fritagelsesgrund: true, 'hvem-soeger': 'selv' },
  },
  {
    id: 'paaroerende-bruger-mitid',
    title: 'Sønnen har fars kode',
    story:
      '“Jeg logger altid ind med min fars MitID og betaler hans regninger. Nu har han fået ny telefon – hvordan flytter jeg det?” Sønnen har selv MitID.',
    categoryKey: 'power-of-attorney',
    answers: { oenske: 'paaroerende-mitid', hvad: 'bank', 'paaroerende-har-mitid': true },
  },
  {
    id: 'afpresning-facebook',
    title: 'Overtaget profil',
    story:
      '“Nogen har taget min profil og skriver til mig fra den. De vil have 2.000 kroner for at give den tilbage.” Den unge mand er rystet.',
    categoryKey: 'social-media',
    answers: { emne: 'overtaget', afpresning: true },
  },
  {
    id: 'falsk-nyhed',
    title: 'Er det sandt?',
    story:
      '“Der står på Facebook, at vandet i kommunen er forgiftet. Passer det?” Kvinden kan godt søge selv, hvis du viser hende, hvordan man tjekker en kilde.',
    categoryKey: 'source-criticism',
    answers: { situation: 'tvivl', evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'printe-billet',
    title: 'Print en billet',
    story:
      '“Jeg skal bare have min togbillet printet – den ligger i min mail.” Han har prøvet printeren før og klarer det med skiltet ved siden af.',
    categoryKey: 'device-basics',
    answers: { emne: 'wifi-print', evner: 'alene' },
  },
  {
    id: 'sundhed-paaroerende',
    title: 'Mors prøvesvar',
    story:
      '“Min mor har svær demens. Lægen har taget blodprøver, og jeg vil gerne kunne se svarene og følge med i, hvad der skal ske.” Moren kan ikke forstå, hvad en fuldmagt er.',
    categoryKey: 'health',
    answers: { behov: 'paaroerende', 'kan-give-fuldmagt': 'nej' },
  },
  {
    id: 'juridisk-raadgivning',
    title: 'Afslag på hjemmehjælp',
    story:
      '“Kommunen har givet mig afslag på hjemmehjælp. Det er da helt forkert! Kan du ikke skrive klagen for mig og sige, om jeg har ret?” Han viser afgørelsen, der kom i forgårs.',
    categoryKey: 'other',
    answers: { henvendelse: 'udenfor', frist: false },
  },
  {
    id: 'pas-rejse-snart',
    title: 'Flyet går på fredag',
    story: '“Jeg opdagede lige, at mit pas udløb i sidste måned – og vi flyver til Tyrkiet på fredag! Hvad gør jeg?”',
    categoryKey: 'booking-passport',
    answers: { opgave: 'sagen', frist: true },
  },
  {
    id: 'koe-sundhedskort',
    title: 'Lørdag formiddag',
    story:
      'Der står otte i kø. En mand siger: “Jeg har tabt mit sundhedskort. Jeg kan godt selv, hvis nogen lige siger, hvordan jeg bestiller et nyt.” Han har ikke travlt – kortet skal først bruges om tre uger.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'sundhedskort', frist: false, evner: 'forklaring', forhold: 'koe' },
  },
  {
    id: 'soen-tolker',
    title: 'Sønnen oversætter',
    story:
      'En far taler kun lidt dansk. Hans søn på 12 oversætter og siger: “Min far vil læse sin post. Skal jeg ikke bare skrive hans kode? Jeg kender den.” Faren kan godt trykke selv, når han forstår trinene.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'forklaring', forhold: 'sprog' },
  },
  {
    id: 'seksten-aar-mor',
    title: 'Min mor vil se mine breve',
    story:
      'En pige på 16: “Mor siger, at hun skal kunne se mine breve fra kommunen, for jeg glemmer at kigge. Er det okay?” Hun forstår godt, hvad det betyder, og vil gerne give sin mor lov.',
    categoryKey: 'digital-post',
    answers: { behov: 'anden-skal-laese', 'kan-give-adgang': 'ja' },
  },
  {
    id: 'fjorten-aar-fuldmagt',
    title: 'En fuldmagt til min søn?',
    story: '“Min søn er 14. Skal jeg have en fuldmagt fra ham, for at jeg kan søge om noget hos kommunen for ham?”',
    categoryKey: 'power-of-attorney',
    answers: { oenske: 'hjaelper', hvad: 'selvbetjening', 'kan-give-fuldmagt': 'under-15' },
  },
  {
    id: 'bor-i-tyskland',
    title: 'Fra Flensborg',
    story:
      '“Jeg bor i Tyskland. Mit danske pas er udløbet, og jeg har kun et tysk kørekort. Jeg har brug for MitID til min danske pension.” Han har ikke travlt.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'uden-id', udland: true, frist: false },
  },
  {
    id: 'stjaalet-i-toget',
    title: 'Telefonen i toget',
    story:
      '“Min telefon blev stjålet i toget i går. Nu har jeg købt en ny – kan du hjælpe mig med at få MitID på den?” Hun har ingen frist.',
    categoryKey: 'mitid-login',
    answers: { problem: 'ny-telefon', 'gammel-telefon': 'mistet', frist: false },
  },
  {
    id: 'spaerret-pinkode',
    title: 'For mange forsøg',
    story:
      '“Jeg tastede forkert PIN-kode tre gange, og nu siger appen, at den er spærret. Skal jeg ringe til dem?” Hun har sit pas i tasken, og telefonen er ny. Hun kan godt selv, hvis du siger trinene.',
    categoryKey: 'mitid-login',
    answers: { problem: 'spaerret', 'pas-og-telefon': true, frist: false, evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'vil-bare-laere',
    title: 'Efter foredraget',
    story:
      '“Min nabo blev snydt for 30.000. Jeg har ikke fået noget mistænkeligt, men jeg vil gerne lære at se det.” Hun kan godt følge med, når du forklarer.',
    categoryKey: 'fraud',
    answers: { hvad: 'intet', evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'billede-af-pas',
    title: 'Et billede af passet',
    story:
      '“Jeg skulle bekræfte min identitet for at få penge tilbage, så jeg sendte et billede af mit pas og mit CPR-nummer. MitID har jeg ikke rørt.” Han har trykket på et link i en mail.',
    categoryKey: 'fraud',
    answers: { hvad: 'usikker', 'mitid-tastet': false, 'cpr-givet': true },
  },
  {
    id: 'enkens-post',
    title: 'Efter begravelsen',
    story:
      '“Min mand døde for en måned siden. Nu kan jeg ikke se hans post længere, og jeg ved, der lå noget fra pensionskassen.” Hun har skifteretsattesten med.',
    categoryKey: 'power-of-attorney',
    answers: { oenske: 'afdoed', skifteretsattest: true },
  },
  {
    id: 'vaerge-skal-se-post',
    title: 'Værgen',
    story:
      '“Jeg er værge for min bror, det har Familieretshuset besluttet. Hvordan kan jeg se hans breve fra kommunen?”',
    categoryKey: 'power-of-attorney',
    answers: { oenske: 'har-vaerge', hvad: 'post' },
  },
  {
    id: 'udbetaling-danmark-undtagelse',
    title: 'Boligstøtte på papir',
    story:
      '“Jeg er fritaget for Digital Post, men Udbetaling Danmark siger, at jeg skal søge boligstøtte på nettet. Skal jeg ringe til dem?” Han er selv mødt op, og en af grundene passer.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'udbetaling', fritagelsesgrund: true, 'hvem-soeger': 'selv' },
  },
  {
    id: 'datter-med-papir',
    title: 'Datteren søger for sin far',
    story:
      '“Min far ligger på hospitalet i flere uger. Han vil have sin post på papir. Han har skrevet under på den her blanket om, at jeg må søge for ham.” En af grundene passer.',
    categoryKey: 'exemptions',
    answers: { hvilken: 'digital-post', fritagelsesgrund: true, 'hvem-soeger': 'fuldmagt' },
  },
  {
    id: 'konens-skat',
    title: 'Hendes årsopgørelse',
    story:
      '“Min kone er i Spanien, og jeg vil lige rette hendes skat. Jeg har hendes MitID-oplysninger her på en seddel.” Hun har ikke givet ham adgang hos Skat.',
    categoryKey: 'tax',
    answers: { emne: 'for-en-anden', 'har-adgang': false },
  },
  {
    id: 'proevesvar-uden-mitid',
    title: 'Prøvesvaret',
    story:
      '“Lægen sagde, at mine prøvesvar ligger på sundhed.dk. Men mit MitID virker ikke – jeg kan ikke huske koden, og appen er væk fra telefonen.”',
    categoryKey: 'health',
    answers: { behov: 'sundhed-dk', evner: 'uden-mitid' },
  },
  {
    id: 'frist-kan-selv',
    title: 'I sidste øjeblik',
    story:
      '“Min ansøgning om pension skal være sendt i dag! Jeg har det hele klar, jeg skal bare vide, hvor på borger.dk den ligger.” Han bruger MitID hver dag.',
    categoryKey: 'borgerdk-selfservice',
    answers: { opgave: 'ydelse', frist: true, evner: 'alene' },
  },
  {
    id: 'roer-ikke-min-telefon',
    title: '"Rør ikke min telefon"',
    story:
      '“Nej, du skal ikke pege på min skærm. Sig bare, hvad jeg skal trykke på, så gør jeg det selv.” Kvinden vil finde et brev fra sygehuset i sin post.',
    categoryKey: 'digital-post',
    answers: { behov: 'laese', evner: 'forklaring', forhold: 'ingen' },
  },
  {
    id: 'ryster-paa-haenderne',
    title: 'Hænderne ryster',
    story:
      '“Jeg har Parkinson, og det er svært at ramme de små knapper, når jeg skal lave MitID i appen.” Han har pas med chip og kan selv, når du forklarer – det tager bare tid.',
    categoryKey: 'mitid-setup',
    answers: { situation: 'app', evner: 'forklaring', forhold: 'handicap' },
  },
  {
    id: 'soen-betaler-regninger',
    title: 'Sønnen betaler',
    story: '“Min søn betaler mine regninger for mig, han kender min kode. Kan I sætte det op, så det er lovligt?”',
    categoryKey: 'banking',
    answers: { emne: 'paaroerende', 'paaroerende-kender-kode': true },
  },
  {
    id: 'uden-smartphone-computer',
    title: 'Ingen smartphone',
    story: '“Jeg har en gammel mobil, der kun kan ringe. Jeg bruger aldrig computer. Hvordan skal jeg så have MitID?”',
    categoryKey: 'mitid-alternatives',
    answers: { behov: 'ingen-app', computer: false },
  },
  {
    id: 'aula-far',
    title: 'Beskeder fra skolen',
    story: '“Skolen siger, at jeg skal bruge Aula. Jeg er vant til apps – hvor finder jeg den?”',
    categoryKey: 'other-services',
    answers: { tjeneste: 'aula', evner: 'alene' },
  },
  {
    id: 'knust-skaerm',
    title: 'Knust skærm',
    story: '“Min telefon er faldet på gulvet, og skærmen er helt sort. Jeg skal sende en ansøgning senest i morgen.”',
    categoryKey: 'device-basics',
    answers: { emne: 'reparation', frist: true },
  },
  {
    id: 'koe-kildekritik',
    title: 'Et billede på nettet',
    story:
      'Der er lang kø. En mand viser et billede: “Er det her ægte?” Han kan godt selv søge, hvis han får forklaret metoden, og der er ingen frist.',
    categoryKey: 'source-criticism',
    answers: { situation: 'tvivl', evner: 'forklaring', forhold: 'koe' },
  },
  {
    id: 'totrins',
    title: 'Sikre kontoen',
    story:
      '“Jeg vil gerne gøre min Facebook mere sikker, så ingen kan tage den.” Hun taster selv, men beder dig vise, hvor indstillingerne er. “Du må gerne pege.”',
    categoryKey: 'social-media',
    answers: { emne: 'sikkerhed', evner: 'sidemand', forhold: 'ingen' },
  },
];
