import { statisticsDa } from '../features/statistics/statistics.da';

/** Danish, the default language. Its shape is the type every other language must match. */
export const da = {
  app: {
    name: 'Digihjælp',
    tagline: 'Digital hjælp i bibliotek og borgerservice',
    skipToContent: 'Spring til indhold',
    loading: 'Indlæser …',
  },
  roles: {
    counter: 'Skranke',
    lead: 'Teamleder',
    admin: 'Administrator',
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
  tasks: {
    newCase: {
      label: 'Ny henvendelse',
      description: 'Registrér en borgers henvendelse, og få en anbefaling til hjælpeniveau.',
    },
    guides: {
      label: 'Vejledninger',
      description: 'Find vejledninger trin for trin, og print en udlevering til borgeren.',
    },
    statistics: {
      label: 'Statistik',
      description: 'Se henvendelser, hjælpeniveauer og udfald over tid.',
    },
    staff: {
      label: 'Medarbejdere',
      description: 'Opret medarbejderkonti, skift roller, og nulstil adgangskoder.',
    },
  },
  login: {
    title: 'Log ind',
    intro: 'Log ind med dit brugernavn og din adgangskode til Digihjælp.',
    username: 'Brugernavn',
    password: 'Adgangskode',
    submit: 'Log ind',
    loggedOut: 'Du er logget ud.',
    sessionEnded: 'Du er blevet logget ud. Log ind igen for at fortsætte.',
    demoTitle: 'Demo-logins',
    demoIntro: 'Dette er en demo. Du kan logge ind med en af disse konti:',
    demoRole: 'Rolle',
  },
  home: {
    title: 'Forside',
    greeting: 'Goddag, {{name}}',
    yourRole: 'Du er logget ind med rollen {{role}}.',
    tasksTitle: 'Dine opgaver',
  },
  comingSoon: {
    body: 'Kommer snart. Denne funktion er ikke færdig endnu.',
  },
  forbidden: {
    title: 'Ingen adgang',
    body: 'Din rolle giver ikke adgang til denne side. Kontakt en administrator, hvis du mener, at du skal have adgang.',
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
  form: {
    fixFields: 'Der er fejl i formularen. Ret de markerede felter.',
  },
  changePassword: {
    title: 'Skift adgangskode',
    current: 'Nuværende adgangskode',
    new: 'Ny adgangskode',
    newHint: 'Mindst 10 tegn. Brug gerne en sætning, du kan huske.',
    submit: 'Skift adgangskode',
    changed: 'Din adgangskode er skiftet. Du er samtidig logget ud alle andre steder.',
  },
  staff: {
    title: 'Medarbejdere',
    intro: 'Opret og administrér konti for medarbejdere, teamledere og administratorer.',
    accountsTitle: 'Konti',
    name: 'Navn',
    username: 'Brugernavn',
    role: 'Rolle',
    status: 'Status',
    active: 'Aktiv',
    inactive: 'Deaktiveret',
    actions: 'Handlinger',
    manage: 'Administrér',
    none: 'Der er ingen konti endnu.',
    password: 'Adgangskode',
    passwordHint: 'Mindst 10 tegn. Giv adgangskoden til medarbejderen på en sikker måde.',
    usernameHint: 'Små bogstaver a-z, tal, punktum, bindestreg og understreg.',
    create: {
      title: 'Opret konto',
      submit: 'Opret konto',
      done: 'Kontoen "{{username}}" er oprettet.',
    },
    manageAccount: {
      title: 'Administrér {{name}}',
      close: 'Luk',
      detailsTitle: 'Navn og rolle',
      save: 'Gem ændringer',
      saved: 'Ændringerne for {{name}} er gemt.',
      accessTitle: 'Adgang',
      activeDescription: 'Kontoen er aktiv. Deaktivér den, når medarbejderen ikke længere skal bruge Digihjælp.',
      inactiveDescription: 'Kontoen er deaktiveret, og medarbejderen kan ikke logge ind.',
      deactivate: 'Deaktivér konto',
      reactivate: 'Genaktivér konto',
      deactivated: 'Kontoen for {{name}} er deaktiveret.',
      reactivated: 'Kontoen for {{name}} er genaktiveret.',
      resetPasswordTitle: 'Nulstil adgangskode',
      newPassword: 'Ny adgangskode',
      resetPassword: 'Nulstil adgangskode',
      passwordReset: 'Adgangskoden for {{name}} er nulstillet. Medarbejderen er logget ud alle steder.',
    },
  },
  statistics: statisticsDa,
  pagination: {
    label: 'Sider',
    previous: 'Forrige side',
    next: 'Næste side',
    position: 'Side {{page}} af {{pages}}',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type Translation = Messages<typeof da>;
