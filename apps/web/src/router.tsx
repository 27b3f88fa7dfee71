import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from './features/auth/route-guards';
import { AppLayout, PublicLayout, VisitorLayout } from './features/layout/layouts';
import { PageLoadError } from './features/layout/page-error';
import { tasks, type Task } from './features/tasks/tasks';
import { pageModules } from './page-modules';
import { RouteErrorPage } from './pages/route-error-page';
import { routes } from './routes';
import { Loading } from './ui/loading';

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
        children: [{ path: routes.login, lazy: () => pageModules.login().then((m) => ({ Component: m.LoginPage })) }],
      },
      {
        // Needed most by someone who cannot sign in, so it is open to all; signed in, it keeps the menu.
        element: <VisitorLayout />,
        children: [
          {
            path: routes.accessibility,
            lazy: () => pageModules.accessibility().then((m) => ({ Component: m.AccessibilityPage })),
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
                lazy: () => pageModules.home().then((m) => ({ Component: m.HomePage })),
              },
              {
                path: routes.security,
                lazy: () => pageModules.security().then((m) => ({ Component: m.SecurityPage })),
              },
              {
                path: routes.changePassword,
                lazy: () =>
                  pageModules.changePassword().then((m) => ({
                    Component: m.ChangePasswordPage,
                  })),
              },
              taskRoute(tasks.newCase, {
                lazy: () => pageModules.newCase().then((m) => ({ Component: m.NewCasePage })),
              }),
              taskRoute(tasks.guides, {
                lazy: () => pageModules.guides().then((m) => ({ Component: m.GuidesPage })),
              }),
              {
                // Who has read which guide: part of the guides' review, reached from the guide list.
                element: <RequirePermission permission="reviewGuides" />,
                children: [
                  {
                    path: routes.reading,
                    lazy: () => pageModules.reading().then((m) => ({ Component: m.ReadingPage })),
                  },
                  {
                    // The show-the-citizen cards: content leads keep, like the guides.
                    path: routes.citizenCards,
                    lazy: () =>
                      pageModules.citizenCards().then((m) => ({
                        Component: m.CitizenCardsPage,
                      })),
                  },
                ],
              },
              {
                path: routes.newGuide,
                lazy: () => pageModules.newGuide().then((m) => ({ Component: m.NewGuidePage })),
              },
              {
                path: routes.guide,
                lazy: () => pageModules.guide().then((m) => ({ Component: m.GuidePage })),
              },
              {
                path: routes.editGuide,
                lazy: () => pageModules.editGuide().then((m) => ({ Component: m.EditGuidePage })),
              },
              {
                path: routes.guideTranslation,
                lazy: () =>
                  pageModules.guideTranslation().then((m) => ({
                    Component: m.GuideTranslationPage,
                  })),
              },
              {
                path: routes.guideHistory,
                lazy: () => pageModules.guideHistory().then((m) => ({ Component: m.GuideHistoryPage })),
              },
              taskRoute(tasks.cases, {
                lazy: () => pageModules.cases().then((m) => ({ Component: m.CasesPage })),
              }),
              taskRoute(
                { ...tasks.cases, path: routes.logCase },
                {
                  lazy: () => pageModules.logCase().then((m) => ({ Component: m.LogCasePage })),
                },
              ),
              taskRoute(
                { ...tasks.cases, path: routes.case },
                {
                  lazy: () => pageModules.case().then((m) => ({ Component: m.CasePage })),
                },
              ),
              taskRoute(tasks.statistics, {
                lazy: () => pageModules.statistics().then((m) => ({ Component: m.StatisticsPage })),
              }),
              taskRoute(
                { ...tasks.statistics, path: routes.monthlyReport },
                {
                  lazy: () =>
                    pageModules.monthlyReport().then((m) => ({
                      Component: m.MonthlyReportPage,
                    })),
                },
              ),
              taskRoute(tasks.training, {
                lazy: () => pageModules.training().then((m) => ({ Component: m.TrainingPage })),
              }),
              taskRoute(tasks.flows, {
                lazy: () => pageModules.flows().then((m) => ({ Component: m.FlowEditorPage })),
              }),
              taskRoute(tasks.categories, {
                lazy: () => pageModules.categories().then((m) => ({ Component: m.CategoriesPage })),
              }),
              taskRoute(tasks.branches, {
                lazy: () => pageModules.branches().then((m) => ({ Component: m.BranchesPage })),
              }),
              taskRoute(tasks.staff, {
                lazy: () => pageModules.staff().then((m) => ({ Component: m.StaffPage })),
              }),
              {
                path: routes.notFound,
                lazy: () => pageModules.notFound().then((m) => ({ Component: m.NotFoundPage })),
              },
            ],
          },
        ],
      },
    ],
  },
]);
