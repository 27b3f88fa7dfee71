import type { Messages } from '../../i18n/messages';
import type { layoutDa } from './layout.da';

export const layoutEn: Messages<typeof layoutDa> = {
  app: {
    name: 'Digihjælp',
    tagline: 'Digital help in the library and citizen service',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
    loadingPage: 'Loading the page …',
    retry: 'Try again',
    accessibilityLink: 'Accessibility statement',
  },
  header: {
    signedInAs: 'Signed in as',
    security: 'Login and security',
    logout: 'Log out',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
  },
  notFound: {
    title: 'Page not found',
    body: 'We cannot find the page you are looking for. Check the address or go to the home page.',
  },
  routeError: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Reload the page and try again.',
    failed: 'The page could not be shown. Try again. If it happens again, contact an administrator.',
    loadFailed: 'The page could not be loaded. Check the connection and try again.',
    detail: 'Technical message',
  },
  backHome: 'Go to the home page',
};
