/** Danish texts of the app frame (name, header, menu, not-found and error pages); merged in i18n/da.ts. */
export const layoutDa = {
  app: {
    name: 'Digihjælp',
    tagline: 'Digital hjælp i bibliotek og borgerservice',
    skipToContent: 'Spring til indhold',
    loading: 'Indlæser …',
  },
  header: {
    signedInAs: 'Logget ind som',
    changePassword: 'Skift adgangskode',
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
  },
  backHome: 'Gå til forsiden',
};
