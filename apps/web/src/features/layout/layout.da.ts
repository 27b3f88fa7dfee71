/** Danish texts of the app frame (name, header, menu, not-found and error pages); merged in i18n/da-start.ts. */
export const layoutDa = {
  app: {
    name: 'Digihjælp',
    tagline: 'Digital hjælp i bibliotek og borgerservice',
    skipToContent: 'Spring til indhold',
    loading: 'Indlæser …',
    loadingPage: 'Indlæser siden …',
    retry: 'Prøv igen',
    accessibilityLink: 'Tilgængelighedserklæring',
  },
  header: {
    signedInAs: 'Logget ind som',
    security: 'Login og sikkerhed',
    logout: 'Log ud',
  },
  nav: {
    label: 'Hovedmenu',
    home: 'Forside',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Vi kan ikke finde den side, du leder efter. Tjek adressen, eller gå til forsiden.',
  },
  routeError: {
    title: 'Der opstod en fejl',
    body: 'Siden kunne ikke vises. Genindlæs siden, og prøv igen.',
    failed: 'Siden kunne ikke vises. Prøv igen. Sker det igen, så kontakt en administrator.',
    loadFailed: 'Siden kunne ikke hentes. Tjek forbindelsen, og prøv igen.',
    detail: 'Teknisk besked',
  },
  backHome: 'Gå til forsiden',
};
