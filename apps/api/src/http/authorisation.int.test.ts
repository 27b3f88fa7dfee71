import { allEndpoints, authEndpoints, type Endpoint } from '@digihjaelp/contract';
import { anonymousCall, type Call } from '../../test/support/api-client';
import { signInAs, startTestApp, type TestApp } from '../../test/support/test-app';

type Who = 'anonymous' | 'counter' | 'lead' | 'admin';
type Expected = Record<Who, number>;

// The role model as a user relies on it, written out by hand (not read from policies.ts, so a
// changed policy shows up here). A request that passes the access check gets what the endpoint
// answers a request naming nothing that exists: 400 for an empty body, 404 for an unknown thing.
const everyone = (status: number): Expected => ({ anonymous: status, counter: status, lead: status, admin: status });
const staff = (status: number): Expected => ({ anonymous: 401, counter: status, lead: status, admin: status });
const leads = (status: number): Expected => ({ anonymous: 401, counter: 403, lead: status, admin: status });
const admins = (status: number): Expected => ({ anonymous: 401, counter: 403, lead: 403, admin: status });

/** Every route of the contract, × who calls it. A new route without an entry fails the test. */
const matrix: Record<string, Expected> = {
  'GET /api/meta': everyone(200),
  'GET /api/openapi.json': everyone(200),
  'POST /api/auth/login': everyone(400),
  'GET /api/auth/me': staff(200),
  // Answers whether anyone is signed in, so it answers everyone (null for the anonymous).
  'GET /api/auth/session': everyone(200),
  'POST /api/auth/logout': staff(200),
  'POST /api/auth/password': staff(400),
  'POST /api/auth/second-factor': everyone(400),
  'POST /api/auth/totp/enrolment': staff(200),
  'POST /api/auth/totp/enrolment/confirm': everyone(400),
  'GET /api/auth/oidc/start': everyone(404),
  'GET /api/auth/oidc/callback': everyone(404),
  'GET /api/auth/sessions': staff(200),
  'POST /api/auth/sessions/end-all': staff(200),
  'GET /api/staff': admins(200),
  'POST /api/staff': admins(400),
  'PATCH /api/staff/:id': admins(400),
  'POST /api/staff/:id/password': admins(400),
  'GET /api/staff/:id/sign-ins': admins(404),
  'GET /api/categories': staff(200),
  'POST /api/categories': admins(400),
  'PATCH /api/categories/:key': admins(400),
  'PUT /api/categories/order': admins(400),
  'GET /healthz': everyone(200),
  'GET /readyz': everyone(200),
  'GET /api/triage/flows': staff(200),
  'POST /api/triage/evaluate': staff(400),
  'GET /api/triage/flows/:categoryKey/versions': staff(404),
  'GET /api/triage/flows/:categoryKey/versions/:version': staff(404),
  'POST /api/triage/flows/check': leads(400),
  'POST /api/triage/flows/:categoryKey/versions': leads(400),
  'GET /api/triage/training/scenarios': staff(200),
  'POST /api/triage/training/attempts': staff(400),
  'GET /api/triage/training/agreement': leads(200),
  'GET /api/triage/training/progress': staff(200),
  'GET /api/triage/training/team': leads(200),
  'GET /api/triage/guide-links/:slug': leads(200),
  'GET /api/guides': staff(200),
  'POST /api/guides': staff(400),
  'GET /api/guide-reads': leads(200),
  'GET /api/guide-proposals': leads(200),
  'GET /api/guide-proposals/mine': staff(200),
  'GET /api/guide-translations': staff(200),
  'GET /api/guides/:slug/translations': staff(404),
  'GET /api/guides/:slug/translations/:language': staff(404),
  'PUT /api/guides/:slug/translations/:language': staff(400),
  'POST /api/guides/:slug/translations/:language/status': leads(400),
  'GET /api/guides/:slug/translations/:language/revisions': staff(404),
  'GET /api/citizen-cards': staff(200),
  'PUT /api/citizen-cards/:key': leads(400),
  'GET /api/guides/:slug': staff(404),
  'PUT /api/guides/:slug': staff(400),
  'POST /api/guides/:slug/status': staff(400),
  'GET /api/guides/:slug/revisions': staff(404),
  'GET /api/guides/:slug/revisions/:number': staff(404),
  'GET /api/guides/:slug/diff': staff(400),
  'POST /api/guides/:slug/revisions/:number/restore': staff(400),
  'POST /api/guides/:slug/proposals': staff(400),
  'GET /api/guides/:slug/proposals': staff(404),
  'POST /api/guides/:slug/proposals/:id': leads(400),
  'POST /api/guides/:slug/feedback': staff(400),
  'GET /api/guides/:slug/feedback': leads(404),
  'POST /api/guides/:slug/read': staff(400),
  'GET /api/guides/:slug/reads': leads(404),
  'GET /api/branches': staff(200),
  'POST /api/branches': admins(400),
  'PATCH /api/branches/:key': admins(400),
  'GET /api/channels': staff(200),
  'POST /api/channels': admins(400),
  'PATCH /api/channels/:key': admins(400),
  'POST /api/cases': staff(400),
  'GET /api/cases': staff(200),
  'GET /api/cases/:id': staff(404),
  'PATCH /api/cases/:id': staff(400),
  'DELETE /api/cases/:id': leads(404),
  'GET /api/cases/:id/audit': staff(404),
  'GET /api/stats/filter-options': leads(200),
  'GET /api/stats/key-figures': leads(200),
  'GET /api/stats/visits-over-time': leads(200),
  'GET /api/stats/heat-map': leads(200),
  'GET /api/stats/categories': leads(200),
  'GET /api/stats/level-mix': leads(200),
  'GET /api/stats/recommendation': leads(200),
  'GET /api/stats/referrals': leads(200),
  'GET /api/stats/guides': leads(200),
  'GET /api/stats/branches': leads(200),
  'GET /api/stats/export/:table': leads(200),
  'GET /api/stats/reports/:month': leads(200),
  'PUT /api/stats/reports/:month/comment': leads(400),
  'GET /api/stats/goals': leads(200),
  'POST /api/stats/goals': leads(400),
  'PATCH /api/stats/goals/:id': leads(400),
  'DELETE /api/stats/goals/:id': leads(404),
};

const routeOf = (endpoint: Endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`;

/** Each path placeholder filled with a well-formed value that names nothing in the database. */
const placeholders: Record<string, string | number> = {
  id: '00000000-0000-4000-8000-000000000000',
  slug: 'findes-ikke',
  key: 'findes-ikke',
  categoryKey: 'findes-ikke',
  version: 1,
  number: 1,
  table: 'cases',
  language: 'en',
  month: '2025-03',
};
const paramsFor = (endpoint: Endpoint) =>
  Object.fromEntries(
    Object.keys(endpoint.params?.shape ?? {}).map((name) => {
      const value = placeholders[name];
      if (value === undefined) throw new Error(`No placeholder for :${name} (${routeOf(endpoint)}): add one above`);
      return [name, value];
    }),
  );
/** The statistics read a period (goals a year), so what they answer is their figures. */
function queryFor(endpoint: Endpoint) {
  if (endpoint.method !== 'get' || !endpoint.path.startsWith('/api/stats/')) return undefined;
  return endpoint.path === '/api/stats/goals'
    ? { year: 2025 }
    : { period: 'custom', from: '2025-03-01', to: '2025-03-31' };
}

let testApp: TestApp;
const callers = {} as Record<Who, Call>;
beforeAll(async () => {
  testApp = await startTestApp();
  callers.anonymous = anonymousCall(testApp.app);
  for (const role of ['counter', 'lead', 'admin'] as const) callers[role] = (await signInAs(testApp, role)).call;
});
afterAll(() => testApp.close());

/** Ending one's sessions (logging out, "log out everywhere") needs sessions of their own. */
const endsSessions: readonly Endpoint[] = [authEndpoints.logout, authEndpoints.logoutEverywhere];

/** Sends `endpoint` as `who`. */
async function statusOf(endpoint: Endpoint, who: Who) {
  const call =
    endsSessions.includes(endpoint) && who !== 'anonymous' ? (await signInAs(testApp, who)).call : callers[who];
  const response = await (call as (endpoint: Endpoint, options: object) => ReturnType<Call>)(endpoint, {
    params: paramsFor(endpoint),
    query: queryFor(endpoint),
    body: endpoint.method === 'get' ? undefined : {},
  });
  return { status: response.status, cacheControl: response.headers['cache-control'] };
}

describe('authorisation matrix', () => {
  it('has an entry for every route of the contract, and none for a route it does not have', () => {
    const routes = allEndpoints.map(routeOf);
    expect(routes.filter((route) => !(route in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it.each(allEndpoints.map((endpoint) => [routeOf(endpoint), endpoint] as const))(
    '%s answers each role as the role model says',
    async (route, endpoint) => {
      const expected = matrix[route];
      if (!expected) throw new Error(`${route} has no entry in the matrix`);
      const actual = {} as Expected;
      for (const who of Object.keys(expected) as Who[]) {
        const { status, cacheControl } = await statusOf(endpoint, who);
        actual[who] = status;
        if (endpoint.path.startsWith('/api/'))
          expect({ route, who, cacheControl }).toEqual({ route, who, cacheControl: 'no-store' });
      }
      expect(actual).toEqual(expected);
    },
  );
});
