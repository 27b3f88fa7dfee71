import { lazy, type ComponentType, type ReactElement } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from './features/auth/route-guards';
import { AppLayout, PublicLayout, VisitorLayout } from './features/layout/layouts';
import { ErrorBoundary } from './features/layout/page-error';
import { trackPageLoad } from './features/layout/page-loads';
import { tasks, type Task } from './features/tasks/tasks';
import { RouteErrorPage } from './pages/route-error-page';
import { routes } from './routes';

/** A page's code, loaded beside the pages' texts (the login, the first screen, needs none of them). */
function withPageTexts<Page>(page: Promise<Page>): Promise<Page> {
  return Promise.all([page, import('./i18n/page-texts')]).then(([module]) => module);
}

/**
 * A page whose code downloads when it is first shown. Its frame (site-frame.tsx) shows the loading
 * bar meanwhile and, if the download fails, the page error with "Prøv igen".
 */
function lazyPage(load: () => Promise<ComponentType>): ReactElement {
  const Page = lazy(() => trackPageLoad(load()).then((page) => ({ default: page })));
  return <Page />;
}

/** A task's page, shown only to those holding the task's permission. */
function taskRoute(task: Task, page: Omit<RouteObject, 'path' | 'index' | 'children'>): RouteObject {
  return { element: <RequirePermission permission={task.permission} />, children: [{ path: task.path, ...page }] };
}

const appRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [{ path: routes.login, element: lazyPage(() => import('./pages/login-page').then((m) => m.LoginPage)) }],
  },
  {
    // Needed most by someone who cannot sign in, so it is open to all; signed in, it keeps the menu.
    element: <VisitorLayout />,
    children: [
      {
        path: routes.accessibility,
        element: lazyPage(() => withPageTexts(import('./pages/accessibility-page')).then((m) => m.AccessibilityPage)),
      },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            index: true,
            element: lazyPage(() => withPageTexts(import('./pages/home-page')).then((m) => m.HomePage)),
          },
          {
            path: routes.security,
            element: lazyPage(() => withPageTexts(import('./pages/security-page')).then((m) => m.SecurityPage)),
          },
          {
            path: routes.changePassword,
            element: lazyPage(() =>
              withPageTexts(import('./pages/change-password-page')).then((m) => m.ChangePasswordPage),
            ),
          },
          taskRoute(tasks.newCase, {
            element: lazyPage(() => withPageTexts(import('./pages/new-case-page')).then((m) => m.NewCasePage)),
          }),
          taskRoute(tasks.guides, {
            element: lazyPage(() => withPageTexts(import('./pages/guides-page')).then((m) => m.GuidesPage)),
          }),
          {
            // Who has read which guide: part of the guides' review, reached from the guide list.
            element: <RequirePermission permission="reviewGuides" />,
            children: [
              {
                path: routes.reading,
                element: lazyPage(() => withPageTexts(import('./pages/reading-page')).then((m) => m.ReadingPage)),
              },
              {
                // The show-the-citizen cards: content leads keep, like the guides.
                path: routes.citizenCards,
                element: lazyPage(() =>
                  withPageTexts(import('./pages/citizen-cards-page')).then((m) => m.CitizenCardsPage),
                ),
              },
            ],
          },
          {
            path: routes.newGuide,
            element: lazyPage(() => withPageTexts(import('./pages/guide-editor-page')).then((m) => m.NewGuidePage)),
          },
          {
            path: routes.guide,
            element: lazyPage(() => withPageTexts(import('./pages/guide-page')).then((m) => m.GuidePage)),
          },
          {
            path: routes.editGuide,
            element: lazyPage(() => withPageTexts(import('./pages/guide-editor-page')).then((m) => m.EditGuidePage)),
          },
          {
            path: routes.guideTranslation,
            element: lazyPage(() =>
              withPageTexts(import('./pages/guide-translation-page')).then((m) => m.GuideTranslationPage),
            ),
          },
          {
            path: routes.guideHistory,
            element: lazyPage(() =>
              withPageTexts(import('./pages/guide-history-page')).then((m) => m.GuideHistoryPage),
            ),
          },
          taskRoute(tasks.cases, {
            element: lazyPage(() => withPageTexts(import('./pages/cases-page')).then((m) => m.CasesPage)),
          }),
          taskRoute(
            { ...tasks.cases, path: routes.logCase },
            {
              element: lazyPage(() => withPageTexts(import('./pages/log-case-page')).then((m) => m.LogCasePage)),
            },
          ),
          taskRoute(
            { ...tasks.cases, path: routes.case },
            {
              element: lazyPage(() => withPageTexts(import('./pages/case-page')).then((m) => m.CasePage)),
            },
          ),
          taskRoute(tasks.statistics, {
            element: lazyPage(() => withPageTexts(import('./pages/statistics-page')).then((m) => m.StatisticsPage)),
          }),
          taskRoute(
            { ...tasks.statistics, path: routes.monthlyReport },
            {
              element: lazyPage(() =>
                withPageTexts(import('./pages/monthly-report-page')).then((m) => m.MonthlyReportPage),
              ),
            },
          ),
          taskRoute(tasks.training, {
            element: lazyPage(() => withPageTexts(import('./pages/training-page')).then((m) => m.TrainingPage)),
          }),
          taskRoute(tasks.flows, {
            element: lazyPage(() => withPageTexts(import('./pages/flow-editor-page')).then((m) => m.FlowEditorPage)),
          }),
          taskRoute(tasks.categories, {
            element: lazyPage(() => withPageTexts(import('./pages/categories-page')).then((m) => m.CategoriesPage)),
          }),
          taskRoute(tasks.branches, {
            element: lazyPage(() => withPageTexts(import('./pages/branches-page')).then((m) => m.BranchesPage)),
          }),
          taskRoute(tasks.staff, {
            element: lazyPage(() => withPageTexts(import('./pages/staff-page')).then((m) => m.StaffPage)),
          }),
          {
            path: routes.notFound,
            element: lazyPage(() => withPageTexts(import('./pages/not-found-page')).then((m) => m.NotFoundPage)),
          },
        ],
      },
    ],
  },
];

/**
 * The app's pages by address. Each page's frame catches what fails inside it; what fails outside
 * one (a layout, a guard) replaces the whole screen with an error that offers a fresh start.
 */
export function AppRoutes() {
  return <ErrorBoundary fallback={() => <RouteErrorPage />}>{useRoutes(appRoutes)}</ErrorBoundary>;
}
