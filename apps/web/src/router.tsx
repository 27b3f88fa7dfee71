import { lazy, type ComponentType, type ReactElement } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from './features/auth/route-guards';
import { AppLayout, PublicLayout, VisitorLayout } from './features/layout/layouts';
import { ErrorBoundary } from './features/layout/page-error';
import { trackPageLoad } from './features/layout/page-loads';
import { tasks, type Task } from './features/tasks/tasks';
import { pageModules } from './page-modules';
import { RouteErrorPage } from './pages/route-error-page';
import { routes } from './routes';

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
    children: [{ path: routes.login, element: lazyPage(() => pageModules.login().then((m) => m.LoginPage)) }],
  },
  {
    // Needed most by someone who cannot sign in, so it is open to all; signed in, it keeps the menu.
    element: <VisitorLayout />,
    children: [
      {
        path: routes.accessibility,
        element: lazyPage(() => pageModules.accessibility().then((m) => m.AccessibilityPage)),
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
            element: lazyPage(() => pageModules.home().then((m) => m.HomePage)),
          },
          {
            path: routes.security,
            element: lazyPage(() => pageModules.security().then((m) => m.SecurityPage)),
          },
          {
            path: routes.changePassword,
            element: lazyPage(() => pageModules.changePassword().then((m) => m.ChangePasswordPage)),
          },
          taskRoute(tasks.newCase, {
            element: lazyPage(() => pageModules.newCase().then((m) => m.NewCasePage)),
          }),
          taskRoute(tasks.guides, {
            element: lazyPage(() => pageModules.guides().then((m) => m.GuidesPage)),
          }),
          {
            // Who has read which guide: part of the guides' review, reached from the guide list.
            element: <RequirePermission permission="reviewGuides" />,
            children: [
              {
                path: routes.reading,
                element: lazyPage(() => pageModules.reading().then((m) => m.ReadingPage)),
              },
              {
                // The show-the-citizen cards: content leads keep, like the guides.
                path: routes.citizenCards,
                element: lazyPage(() => pageModules.citizenCards().then((m) => m.CitizenCardsPage)),
              },
            ],
          },
          {
            path: routes.newGuide,
            element: lazyPage(() => pageModules.newGuide().then((m) => m.NewGuidePage)),
          },
          {
            path: routes.guide,
            element: lazyPage(() => pageModules.guide().then((m) => m.GuidePage)),
          },
          {
            path: routes.editGuide,
            element: lazyPage(() => pageModules.editGuide().then((m) => m.EditGuidePage)),
          },
          {
            path: routes.guideTranslation,
            element: lazyPage(() => pageModules.guideTranslation().then((m) => m.GuideTranslationPage)),
          },
          {
            path: routes.guideHistory,
            element: lazyPage(() => pageModules.guideHistory().then((m) => m.GuideHistoryPage)),
          },
          taskRoute(tasks.cases, {
            element: lazyPage(() => pageModules.cases().then((m) => m.CasesPage)),
          }),
          taskRoute(
            { ...tasks.cases, path: routes.logCase },
            {
              element: lazyPage(() => pageModules.logCase().then((m) => m.LogCasePage)),
            },
          ),
          taskRoute(
            { ...tasks.cases, path: routes.case },
            {
              element: lazyPage(() => pageModules.case().then((m) => m.CasePage)),
            },
          ),
          taskRoute(tasks.statistics, {
            element: lazyPage(() => pageModules.statistics().then((m) => m.StatisticsPage)),
          }),
          taskRoute(
            { ...tasks.statistics, path: routes.monthlyReport },
            {
              element: lazyPage(() => pageModules.monthlyReport().then((m) => m.MonthlyReportPage)),
            },
          ),
          taskRoute(tasks.training, {
            element: lazyPage(() => pageModules.training().then((m) => m.TrainingPage)),
          }),
          taskRoute(tasks.flows, {
            element: lazyPage(() => pageModules.flows().then((m) => m.FlowEditorPage)),
          }),
          taskRoute(tasks.categories, {
            element: lazyPage(() => pageModules.categories().then((m) => m.CategoriesPage)),
          }),
          taskRoute(tasks.branches, {
            element: lazyPage(() => pageModules.branches().then((m) => m.BranchesPage)),
          }),
          taskRoute(tasks.staff, {
            element: lazyPage(() => pageModules.staff().then((m) => m.StaffPage)),
          }),
          {
            path: routes.notFound,
            element: lazyPage(() => pageModules.notFound().then((m) => m.NotFoundPage)),
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
