import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from './features/auth/route-guards';
import { AppLayout, PublicLayout, VisitorLayout } from './features/layout/layouts';
import { PageLoadError } from './features/layout/page-error';
import { tasks, type Task } from './features/tasks/tasks';
import { RouteErrorPage } from './pages/route-error-page';
import { routes } from './routes';
import { Loading } from './ui/loading';

/** A page's code, loaded beside the pages' texts (the login, the first screen, needs none of them). */
function withPageTexts<Page>(page: Promise<Page>): Promise<Page> {
  return Promise.all([page, import('./i18n/page-texts')]).then(([module]) => module);
}

/** A task's page, shown only to those holding the task's permission. */
function taskRoute(task: Task, page: Omit<RouteObject, 'path' | 'index' | 'children'>): RouteObject {
  return { element: <RequirePermission permission={task.permission} />, children: [{ path: task.path, ...page }] };
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: routes.login, lazy: () => import('./pages/login-page').then((m) => ({ Component: m.LoginPage })) },
        ],
      },
      {
        // Needed most by someone who cannot sign in, so it is open to all; signed in, it keeps the menu.
        element: <VisitorLayout />,
        children: [
          {
            path: routes.accessibility,
            lazy: () =>
              withPageTexts(import('./pages/accessibility-page')).then((m) => ({ Component: m.AccessibilityPage })),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            // A page the router cannot load (its code failed to download) still shows the app frame.
            errorElement: <AppLayout page={<PageLoadError />} />,
            children: [
              {
                index: true,
                lazy: () => withPageTexts(import('./pages/home-page')).then((m) => ({ Component: m.HomePage })),
              },
              {
                path: routes.security,
                lazy: () => withPageTexts(import('./pages/security-page')).then((m) => ({ Component: m.SecurityPage })),
              },
              {
                path: routes.changePassword,
                lazy: () =>
                  withPageTexts(import('./pages/change-password-page')).then((m) => ({
                    Component: m.ChangePasswordPage,
                  })),
              },
              taskRoute(tasks.newCase, {
                lazy: () => withPageTexts(import('./pages/new-case-page')).then((m) => ({ Component: m.NewCasePage })),
              }),
              taskRoute(tasks.guides, {
                lazy: () => withPageTexts(import('./pages/guides-page')).then((m) => ({ Component: m.GuidesPage })),
              }),
              {
                // Who has read which guide: part of the guides' review, reached from the guide list.
                element: <RequirePermission permission="reviewGuides" />,
                children: [
                  {
                    path: routes.reading,
                    lazy: () =>
                      withPageTexts(import('./pages/reading-page')).then((m) => ({ Component: m.ReadingPage })),
                  },
                  {
                    // The show-the-citizen cards: content leads keep, like the guides.
                    path: routes.citizenCards,
                    lazy: () =>
                      withPageTexts(import('./pages/citizen-cards-page')).then((m) => ({
                        Component: m.CitizenCardsPage,
                      })),
                  },
                ],
              },
              {
                path: routes.newGuide,
                lazy: () =>
                  withPageTexts(import('./pages/guide-editor-page')).then((m) => ({ Component: m.NewGuidePage })),
              },
              {
                path: routes.guide,
                lazy: () => withPageTexts(import('./pages/guide-page')).then((m) => ({ Component: m.GuidePage })),
              },
              {
                path: routes.editGuide,
                lazy: () =>
                  withPageTexts(import('./pages/guide-editor-page')).then((m) => ({ Component: m.EditGuidePage })),
              },
              {
                path: routes.guideTranslation,
                lazy: () =>
                  withPageTexts(import('./pages/guide-translation-page')).then((m) => ({
                    Component: m.GuideTranslationPage,
                  })),
              },
              {
                path: routes.guideHistory,
                lazy: () =>
                  withPageTexts(import('./pages/guide-history-page')).then((m) => ({ Component: m.GuideHistoryPage })),
              },
              taskRoute(tasks.cases, {
                lazy: () => withPageTexts(import('./pages/cases-page')).then((m) => ({ Component: m.CasesPage })),
              }),
              taskRoute(
                { ...tasks.cases, path: routes.logCase },
                {
                  lazy: () =>
                    withPageTexts(import('./pages/log-case-page')).then((m) => ({ Component: m.LogCasePage })),
                },
              ),
              taskRoute(
                { ...tasks.cases, path: routes.case },
                {
                  lazy: () => withPageTexts(import('./pages/case-page')).then((m) => ({ Component: m.CasePage })),
                },
              ),
              taskRoute(tasks.statistics, {
                lazy: () =>
                  withPageTexts(import('./pages/statistics-page')).then((m) => ({ Component: m.StatisticsPage })),
              }),
              taskRoute(
                { ...tasks.statistics, path: routes.monthlyReport },
                {
                  lazy: () =>
                    withPageTexts(import('./pages/monthly-report-page')).then((m) => ({
                      Component: m.MonthlyReportPage,
                    })),
                },
              ),
              taskRoute(tasks.training, {
                lazy: () => withPageTexts(import('./pages/training-page')).then((m) => ({ Component: m.TrainingPage })),
              }),
              taskRoute(tasks.flows, {
                lazy: () =>
                  withPageTexts(import('./pages/flow-editor-page')).then((m) => ({ Component: m.FlowEditorPage })),
              }),
              taskRoute(tasks.categories, {
                lazy: () =>
                  withPageTexts(import('./pages/categories-page')).then((m) => ({ Component: m.CategoriesPage })),
              }),
              taskRoute(tasks.branches, {
                lazy: () => withPageTexts(import('./pages/branches-page')).then((m) => ({ Component: m.BranchesPage })),
              }),
              taskRoute(tasks.staff, {
                lazy: () => withPageTexts(import('./pages/staff-page')).then((m) => ({ Component: m.StaffPage })),
              }),
              {
                path: routes.notFound,
                lazy: () =>
                  withPageTexts(import('./pages/not-found-page')).then((m) => ({ Component: m.NotFoundPage })),
              },
            ],
          },
        ],
      },
    ],
  },
]);
