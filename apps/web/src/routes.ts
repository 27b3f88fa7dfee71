import { pathFor, serverPages } from '@digihjaelp/contract';
import { tasks } from './features/tasks/tasks';

/**
 * Every page of the app, as react-router path patterns: `router.tsx` mounts these and `pathTo()`
 * builds links from them, so an address is written once. A task's page is at the path its task
 * declares (features/tasks/tasks.ts); pages under it extend that path.
 */
export const routes = {
  home: '/',
  login: '/login',
  changePassword: '/adgangskode',
  accessibility: '/tilgaengelighed',
  security: '/sikkerhed',
  newCase: tasks.newCase.path,
  guides: tasks.guides.path,
  newGuide: `${tasks.guides.path}/ny`,
  guide: `${tasks.guides.path}/:slug`,
  editGuide: `${tasks.guides.path}/:slug/rediger`,
  guideHistory: `${tasks.guides.path}/:slug/historik`,
  guideTranslation: `${tasks.guides.path}/:slug/oversaettelser/:language`,
  reading: '/laesning',
  citizenCards: '/kort-til-borgeren',
  cases: tasks.cases.path,
  logCase: `${tasks.cases.path}/ny`,
  case: `${tasks.cases.path}/:id`,
  statistics: tasks.statistics.path,
  monthlyReport: `${tasks.statistics.path}/rapport`,
  training: tasks.training.path,
  flows: tasks.flows.path,
  staff: tasks.staff.path,
  branches: tasks.branches.path,
  categories: tasks.categories.path,
  notFound: '*',
} as const;

export type RouteName = keyof typeof routes;

type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values a pattern's `:name` placeholders take; none for a pattern without any. */
type PathParams<Pattern extends string> = { [Name in ParamNames<Pattern>]: string | number };

type ParamArguments<Pattern extends string> = [ParamNames<Pattern>] extends [never]
  ? []
  : [params: PathParams<Pattern>];

/** A pattern with each `:name` replaced by its value, URL-encoded (as the contract fills endpoint paths). */
function fillPath<Pattern extends string>(pattern: Pattern, ...[params]: ParamArguments<Pattern>): string {
  return pathFor({ path: pattern }, params);
}

/** The address of an app page, e.g. `pathTo('guide', { slug })` → "/vejledninger/mitid-glemt-adgangskode". */
export function pathTo<Name extends RouteName>(name: Name, ...params: ParamArguments<(typeof routes)[Name]>): string {
  return fillPath(routes[name], ...params);
}

/**
 * The printable citizen handout of a guide, in Danish or the published translation in `language`;
 * with `print`, the page opens the print dialogue itself.
 */
export function handoutUrl(
  slug: string,
  { print = false, language }: { print?: boolean; language?: string } = {},
): string {
  const query = new URLSearchParams();
  if (language) query.set('lang', language);
  if (print) query.set('print', '1');
  const path = fillPath(serverPages.handout, { slug });
  return query.size > 0 ? `${path}?${query}` : path;
}
