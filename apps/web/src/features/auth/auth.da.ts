/** Danish texts of signing in, roles, one's own password and "no access"; merged in i18n/da.ts. */
export const authDa = {
  roles: {
    counter: 'Skranke',
    lead: 'Teamleder',
    admin: 'Administrator',
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
  changePassword: {
    title: 'Skift adgangskode',
    current: 'Nuværende adgangskode',
    new: 'Ny adgangskode',
    newHint: 'Mindst 10 tegn. Brug gerne en sætning, du kan huske.',
    submit: 'Skift adgangskode',
    changed: 'Din adgangskode er skiftet. Du er samtidig logget ud alle andre steder.',
  },
  forbidden: {
    title: 'Ingen adgang',
    body: 'Din rolle giver ikke adgang til denne side. Kontakt en administrator, hvis du mener, at du skal have adgang.',
  },
};
