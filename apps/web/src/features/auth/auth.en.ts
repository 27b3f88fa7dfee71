import type { Messages } from '../../i18n/messages';
import type { authDa } from './auth.da';

export const authEn: Messages<typeof authDa> = {
  roles: {
    counter: 'Counter',
    lead: 'Team lead',
    admin: 'Administrator',
  },
  login: {
    title: 'Log in',
    intro: 'Log in with your Digihjælp username and password.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    loggedOut: 'You are logged out.',
    sessionEnded: 'You have been logged out. Log in again to continue.',
    demoTitle: 'Demo logins',
    demoIntro: 'This is a demo. You can log in with one of these accounts:',
    demoRole: 'Role',
  },
  changePassword: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 10 characters. A sentence you can remember works well.',
    submit: 'Change password',
    changed: 'Your password has been changed. You have also been logged out everywhere else.',
  },
  forbidden: {
    title: 'No access',
    body: 'Your role does not give access to this page. Contact an administrator if you think you should have access.',
  },
};
