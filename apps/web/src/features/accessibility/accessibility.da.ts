/**
 * Danish texts of the accessibility statement (tilgængelighedserklæring); merged in i18n/da-pages.ts.
 * Its parts follow the EU's model statement that Digitaliseringsstyrelsen's WAS-Tool is built on:
 * status against EN 301 549, what is not accessible, how it was evaluated, how to report a
 * problem, and the complaint route (digst.dk, "Oplever du ikke-tilgængeligt indhold?").
 * Update it when a gap is closed or found, and at least once a year.
 */
export const accessibilityDa = {
  accessibility: {
    title: 'Tilgængelighedserklæring',
    intro:
      'Digihjælp skal kunne bruges af alle medarbejdere, også dem der bruger tastatur i stedet for mus, skærmlæser eller forstørrelse. Her kan du læse, hvor godt det lykkes, hvad vi ved ikke virker endnu, og hvad du kan gøre, hvis noget ikke virker for dig.',
    scope: {
      title: 'Hvad erklæringen dækker',
      body: 'Erklæringen gælder Digihjælp: log ind, ny henvendelse og triage, vejledninger, sager, træning, statistik og administration, og de håndudleveringer til borgere, som Digihjælp laver til print. Den kommune eller det bibliotek, der bruger Digihjælp, er ansvarlig for webstedet efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven). Den officielle erklæring med telefon og e-mail offentliggøres i Digitaliseringsstyrelsens WAS-Tool.',
    },
    status: {
      title: 'Overholdelsesstatus',
      body: 'Digihjælp overholder delvist standarden EN 301 549, som webtilgængelighedsloven henviser til (den indeholder WCAG 2.1 niveau AA). De fleste krav er opfyldt, men ikke alle – se listen nedenfor.',
    },
    works: {
      title: 'Det virker',
      keyboard: 'Du kan registrere en henvendelse, gå gennem triagen og finde en vejledning med tastaturet alene.',
      skipLink:
        'Alle sider har et link, der springer direkte til indholdet, og fokus flyttes til sidens overskrift, når du skifter side.',
      labels: 'Alle felter har en synlig etiket, og fejl står ved det felt, de handler om.',
      charts: 'Diagrammerne i statistikken står også som tekst og som tabel, og tallene kan hentes som CSV.',
      language: 'Siderne er på dansk, og du kan skifte til engelsk.',
    },
    gaps: {
      title: 'Det virker ikke endnu',
      timeout:
        'Du bliver logget ud en fast tid efter, du loggede ind (som standard 12 timer), uden varsel og uden mulighed for at forlænge tiden (WCAG 2.2.1). Det, du er i gang med at skrive, kan gå tabt.',
      images:
        'Vejledninger skrives af medarbejderne selv. Digihjælp kræver ikke en tekst til billeder i vejledninger, så et billede kan mangle en beskrivelse for skærmlæsere (WCAG 1.1.1).',
      screenReaders:
        'Vi har ikke testet Digihjælp med skærmlæsere som JAWS, NVDA eller VoiceOver. Der kan derfor være fejl, vi ikke kender.',
      flowEditor:
        'Redigering af triageflows (for teamledere) er en stor formular med mange felter. Den er ikke gennemgået for tilgængelighed på samme måde som resten.',
    },
    evaluation: {
      title: 'Sådan har vi vurderet tilgængeligheden',
      body: 'Vi har selv vurderet Digihjælp. De vigtigste forløb bliver afprøvet automatisk med tastaturet i en browser, hver gang programmet ændres. Der er ikke foretaget en vurdering af en ekstern part.',
      updated: 'Erklæringen er senest opdateret 1. december 2026.',
    },
    feedback: {
      title: 'Oplever du, at noget ikke virker?',
      body: 'Fortæl det til din teamleder eller til den, der står for Digihjælp hos jer. Skriv hvilken side det drejer sig om, og hvad der ikke virker. Så kan vi rette fejlen eller finde en anden måde, du kan få det samme gjort på.',
      noPersonalData: 'Skriv ikke CPR-nummer, helbredsoplysninger eller andre følsomme oplysninger i din henvendelse.',
    },
    complaint: {
      title: 'Hvis du ikke får et svar',
      body: 'Kontakt altid først den kommune eller det bibliotek, der bruger Digihjælp. Har du ikke fået svar inden for 10 arbejdsdage, eller er du ikke tilfreds med svaret, kan du henvende dig til Digitaliseringsstyrelsen, som fører tilsyn med webtilgængelighed. Det kan du også, hvis der ikke findes en tilgængelighedserklæring.',
      phone: 'Telefon (indtal en besked): 20 16 36 12',
      link: 'Digitaliseringsstyrelsen: Oplever du ikke-tilgængeligt indhold?',
    },
  },
};
