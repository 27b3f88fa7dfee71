import { lazy, type ReactElement } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from './features/auth/route-guards';
import { AppLayout, PublicLayout, VisitorLayout } from './features/layout/layouts';
import { ErrorBoundary } from './features/layout/page-error';
import { trackPageLoad } from './features/layout/page-loads';
import { tasks, type Task } from './features/tasks/tasks';
import { pageModules } from './page-modules';
import { RouteErrorPage } from './pages/route-error-page';
import { type RouteName, routes } from './routes';

/**
 * The page of a route, whose code downloads when it is first shown. Its frame (site-frame.tsx)
 * shows the loading bar meanwhile and, if the download fails, the page error with "Prøv igen".
 */
function page(name: RouteName): ReactElement {
  const Page = lazy(() => trackPageLoad(pageModules[name]()).then((component) => ({ default: component })));
  return <Page />;
}

/** A task's page, shown only to those holding the task's permission. */
function taskRoute(task: Task, page: Omit<RouteObject, 'path' | 'index' | 'children'>): RouteObject {
  return { element: <RequirePermission permission={task.permission} />, children: [{ path: task.path, ...page }] };
}

const appRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [{ path: routes.login, element: page('login') }],
  },
  {
    // Needed most by someone who cannot sign in, so it is open to all; signed in, it keeps the menu.
    element: <VisitorLayout />,
    children: [
      {
        path: routes.accessibility,
        element: page('accessibility'),
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
            element: page('home'),
          },
          {
            path: routes.security,
            element: page('security'),
          },
          {
            path: routes.changePassword,
            element: page('changePassword'),
          },
          taskRoute(tasks.newCase, {
            element: page('newCase'),
          }),
          taskRoute(tasks.guides, {
            element: page('guides'),
          }),
          {
            // Who has read which guide: part of the guides' review, reached from the guide list.
            element: <RequirePermission permission="reviewGuides" />,
            children: [
              {
                path: routes.reading,
                element: page('reading'),
              },
              {
                // The show-the-citizen cards: content leads keep, like the guides.
                path: routes.citizenCards,
                element: page('citizenCards'),
              },
            ],
          },
          {
            path: routes.newGuide,
            element: page('newGuide'),
          },
          {
            path: routes.guide,
            element: page('guide'),
          },
          {
            path: routes.editGuide,
            element: page('editGuide'),
          },
          {
            path: routes.guideTranslation,
            element: page('guideTranslation'),
          },
          {
            path: routes.guideHistory,
            element: page('guideHistory'),
          },
          taskRoute(tasks.cases, {
            element: page('cases'),
          }),
          taskRoute(
            { ...tasks.cases, path: routes.logCase },
            {
              element: page('logCase'),
            },
          ),
          taskRoute(
            { ...tasks.cases, path: routes.case },
            {
              element: page('case'),
            },
          ),
          taskRoute(tasks.statistics, {
            element: page('statistics'),
          }),
          taskRoute(
            { ...tasks.statistics, path: routes.monthlyReport },
            {
              element: page('monthlyReport'),
            },
          ),
          taskRoute(tasks.training, {
            element: page('training'),
          }),
          taskRoute(tasks.flows, {
            element: page('flows'),
          }),
          taskRoute(tasks.categories, {
            element: page('categories'),
          }),
          taskRoute(tasks.branches, {
            element: page('branches'),
          }),
          taskRoute(tasks.staff, {
            element: page('staff'),
          }),
          {
            path: routes.notFound,
            element: page('notFound'),
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
