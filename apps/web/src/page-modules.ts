import type { ComponentType } from 'react';
import type { RouteName } from './routes';

/** A page's code, loaded beside the pages' texts (the login, the first screen, needs none of them). */
function withPageTexts<Page>(page: Promise<Page>): Promise<Page> {
  return Promise.all([page, import('./i18n/page-texts')]).then(([module]) => module);
}

/**
 * Each page's component, loaded with its code, by the name of its route in `routes`: the router loads a page through
 * these, and the build (vite-page-chunks.ts) reads this table to write which chunks each address
 * needs, so the server names them in that address's app shell and the browser fetches them beside
 * the initial chunk instead of after it has run. Every `import()` in an entry is part of its page.
 */
export const pageModules = {
  login: () => import('./pages/login-page').then((m) => m.LoginPage),
  accessibility: () => withPageTexts(import('./pages/accessibility-page')).then((m) => m.AccessibilityPage),
  home: () => withPageTexts(import('./pages/home-page')).then((m) => m.HomePage),
  security: () => withPageTexts(import('./pages/security-page')).then((m) => m.SecurityPage),
  changePassword: () => withPageTexts(import('./pages/change-password-page')).then((m) => m.ChangePasswordPage),
  newCase: () => withPageTexts(import('./pages/new-case-page')).then((m) => m.NewCasePage),
  guides: () => withPageTexts(import('./pages/guides-page')).then((m) => m.GuidesPage),
  reading: () => withPageTexts(import('./pages/reading-page')).then((m) => m.ReadingPage),
  citizenCards: () => withPageTexts(import('./pages/citizen-cards-page')).then((m) => m.CitizenCardsPage),
  newGuide: () => withPageTexts(import('./pages/guide-editor-page')).then((m) => m.NewGuidePage),
  guide: () => withPageTexts(import('./pages/guide-page')).then((m) => m.GuidePage),
  editGuide: () => withPageTexts(import('./pages/guide-editor-page')).then((m) => m.EditGuidePage),
  guideTranslation: () => withPageTexts(import('./pages/guide-translation-page')).then((m) => m.GuideTranslationPage),
  guideHistory: () => withPageTexts(import('./pages/guide-history-page')).then((m) => m.GuideHistoryPage),
  cases: () => withPageTexts(import('./pages/cases-page')).then((m) => m.CasesPage),
  logCase: () => withPageTexts(import('./pages/log-case-page')).then((m) => m.LogCasePage),
  case: () => withPageTexts(import('./pages/case-page')).then((m) => m.CasePage),
  statistics: () => withPageTexts(import('./pages/statistics-page')).then((m) => m.StatisticsPage),
  monthlyReport: () => withPageTexts(import('./pages/monthly-report-page')).then((m) => m.MonthlyReportPage),
  training: () => withPageTexts(import('./pages/training-page')).then((m) => m.TrainingPage),
  flows: () => withPageTexts(import('./pages/flow-editor-page')).then((m) => m.FlowEditorPage),
  categories: () => withPageTexts(import('./pages/categories-page')).then((m) => m.CategoriesPage),
  branches: () => withPageTexts(import('./pages/branches-page')).then((m) => m.BranchesPage),
  staff: () => withPageTexts(import('./pages/staff-page')).then((m) => m.StaffPage),
  notFound: () => withPageTexts(import('./pages/not-found-page')).then((m) => m.NotFoundPage),
} satisfies Record<RouteName, () => Promise<ComponentType>>;
