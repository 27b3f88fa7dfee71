import type { RouteName } from './routes';

/** A page's code, loaded beside the pages' texts (the login, the first screen, needs none of them). */
function withPageTexts<Page>(page: Promise<Page>): Promise<Page> {
  return Promise.all([page, import('./i18n/page-texts')]).then(([module]) => module);
}

/**
 * The code of each page, by the name of its route in `routes`: the router loads a page through
 * these, and the build (vite-page-chunks.ts) reads this table to write which chunks each address
 * needs, so the server names them in that address's app shell and the browser fetches them beside
 * the initial chunk instead of after it has run. Every `import()` in an entry is part of its page.
 */
export const pageModules = {
  login: () => import('./pages/login-page'),
  accessibility: () => withPageTexts(import('./pages/accessibility-page')),
  home: () => withPageTexts(import('./pages/home-page')),
  security: () => withPageTexts(import('./pages/security-page')),
  changePassword: () => withPageTexts(import('./pages/change-password-page')),
  newCase: () => withPageTexts(import('./pages/new-case-page')),
  guides: () => withPageTexts(import('./pages/guides-page')),
  reading: () => withPageTexts(import('./pages/reading-page')),
  citizenCards: () => withPageTexts(import('./pages/citizen-cards-page')),
  newGuide: () => withPageTexts(import('./pages/guide-editor-page')),
  guide: () => withPageTexts(import('./pages/guide-page')),
  editGuide: () => withPageTexts(import('./pages/guide-editor-page')),
  guideTranslation: () => withPageTexts(import('./pages/guide-translation-page')),
  guideHistory: () => withPageTexts(import('./pages/guide-history-page')),
  cases: () => withPageTexts(import('./pages/cases-page')),
  logCase: () => withPageTexts(import('./pages/log-case-page')),
  case: () => withPageTexts(import('./pages/case-page')),
  statistics: () => withPageTexts(import('./pages/statistics-page')),
  monthlyReport: () => withPageTexts(import('./pages/monthly-report-page')),
  training: () => withPageTexts(import('./pages/training-page')),
  flows: () => withPageTexts(import('./pages/flow-editor-page')),
  categories: () => withPageTexts(import('./pages/categories-page')),
  branches: () => withPageTexts(import('./pages/branches-page')),
  staff: () => withPageTexts(import('./pages/staff-page')),
  notFound: () => withPageTexts(import('./pages/not-found-page')),
} satisfies Record<RouteName, () => Promise<unknown>>;
