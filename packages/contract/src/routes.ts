import type { Endpoint, HttpMethod, Route } from './endpoint';
import type { branchEndpoints, channelEndpoints } from './branches';
import type { caseEndpoints } from './cases';
import type { citizenCardEndpoints } from './citizen-cards';
import type { authEndpoints, categoryEndpoints, metaEndpoints, staffEndpoints } from './endpoints';
import type { translationEndpoints } from './guide-translations';
import type { guideEndpoints } from './guides';
import type { goalEndpoints, reportEndpoints, statsEndpoints } from './stats';
import type { triageEndpoints } from './triage';
import type { trainingEndpoints } from './triage-training';

/**
 * Every endpoint's method and path, and nothing else: the endpoint definitions take theirs from
 * here (so each path is written once), and the web app calls the API through the typed views
 * below, without loading a single zod schema.
 */
export const routeTable = {
  meta: {
    meta: { method: 'get', path: '/api/meta' },
    openApi: { method: 'get', path: '/api/openapi.json' },
  },
  auth: {
    login: { method: 'post', path: '/api/auth/login' },
    secondFactor: { method: 'post', path: '/api/auth/second-factor' },
    startTotpEnrolment: { method: 'post', path: '/api/auth/totp/enrolment' },
    confirmTotpEnrolment: { method: 'post', path: '/api/auth/totp/enrolment/confirm' },
    oidcStart: { method: 'get', path: '/api/auth/oidc/start' },
    oidcCallback: { method: 'get', path: '/api/auth/oidc/callback' },
    sessions: { method: 'get', path: '/api/auth/sessions' },
    logoutEverywhere: { method: 'post', path: '/api/auth/sessions/end-all' },
    me: { method: 'get', path: '/api/auth/me' },
    session: { method: 'get', path: '/api/auth/session' },
    logout: { method: 'post', path: '/api/auth/logout' },
    changePassword: { method: 'post', path: '/api/auth/password' },
  },
  staff: {
    list: { method: 'get', path: '/api/staff' },
    create: { method: 'post', path: '/api/staff' },
    update: { method: 'patch', path: '/api/staff/:id' },
    resetPassword: { method: 'post', path: '/api/staff/:id/password' },
    signIns: { method: 'get', path: '/api/staff/:id/sign-ins' },
  },
  categories: {
    list: { method: 'get', path: '/api/categories' },
    create: { method: 'post', path: '/api/categories' },
    update: { method: 'patch', path: '/api/categories/:key' },
    reorder: { method: 'put', path: '/api/categories/order' },
  },
  health: {
    healthz: { method: 'get', path: '/healthz' },
    readyz: { method: 'get', path: '/readyz' },
  },
  triage: {
    flows: { method: 'get', path: '/api/triage/flows' },
    evaluate: { method: 'post', path: '/api/triage/evaluate' },
    versions: { method: 'get', path: '/api/triage/flows/:categoryKey/versions' },
    version: { method: 'get', path: '/api/triage/flows/:categoryKey/versions/:version' },
    check: { method: 'post', path: '/api/triage/flows/check' },
    saveVersion: { method: 'post', path: '/api/triage/flows/:categoryKey/versions' },
    guideLinks: { method: 'get', path: '/api/triage/guide-links/:slug' },
  },
  training: {
    scenarios: { method: 'get', path: '/api/triage/training/scenarios' },
    attempt: { method: 'post', path: '/api/triage/training/attempts' },
    progress: { method: 'get', path: '/api/triage/training/progress' },
    team: { method: 'get', path: '/api/triage/training/team' },
    agreement: { method: 'get', path: '/api/triage/training/agreement' },
  },
  guides: {
    list: { method: 'get', path: '/api/guides' },
    create: { method: 'post', path: '/api/guides' },
    readingOverview: { method: 'get', path: '/api/guide-reads' },
    get: { method: 'get', path: '/api/guides/:slug' },
    update: { method: 'put', path: '/api/guides/:slug' },
    changeStatus: { method: 'post', path: '/api/guides/:slug/status' },
    revisions: { method: 'get', path: '/api/guides/:slug/revisions' },
    revision: { method: 'get', path: '/api/guides/:slug/revisions/:number' },
    diff: { method: 'get', path: '/api/guides/:slug/diff' },
    restore: { method: 'post', path: '/api/guides/:slug/revisions/:number/restore' },
    propose: { method: 'post', path: '/api/guides/:slug/proposals' },
    proposals: { method: 'get', path: '/api/guides/:slug/proposals' },
    decideProposal: { method: 'post', path: '/api/guides/:slug/proposals/:id' },
    reviewQueue: { method: 'get', path: '/api/guide-proposals' },
    myProposals: { method: 'get', path: '/api/guide-proposals/mine' },
    giveFeedback: { method: 'post', path: '/api/guides/:slug/feedback' },
    feedback: { method: 'get', path: '/api/guides/:slug/feedback' },
    confirmRead: { method: 'post', path: '/api/guides/:slug/read' },
    readers: { method: 'get', path: '/api/guides/:slug/reads' },
  },
  translations: {
    overview: { method: 'get', path: '/api/guide-translations' },
    list: { method: 'get', path: '/api/guides/:slug/translations' },
    get: { method: 'get', path: '/api/guides/:slug/translations/:language' },
    save: { method: 'put', path: '/api/guides/:slug/translations/:language' },
    changeStatus: { method: 'post', path: '/api/guides/:slug/translations/:language/status' },
    revisions: { method: 'get', path: '/api/guides/:slug/translations/:language/revisions' },
  },
  citizenCards: {
    list: { method: 'get', path: '/api/citizen-cards' },
    update: { method: 'put', path: '/api/citizen-cards/:key' },
  },
  branches: {
    list: { method: 'get', path: '/api/branches' },
    create: { method: 'post', path: '/api/branches' },
    update: { method: 'patch', path: '/api/branches/:key' },
  },
  channels: {
    list: { method: 'get', path: '/api/channels' },
    create: { method: 'post', path: '/api/channels' },
    update: { method: 'patch', path: '/api/channels/:key' },
  },
  cases: {
    create: { method: 'post', path: '/api/cases' },
    list: { method: 'get', path: '/api/cases' },
    get: { method: 'get', path: '/api/cases/:id' },
    update: { method: 'patch', path: '/api/cases/:id' },
    delete: { method: 'delete', path: '/api/cases/:id' },
    audit: { method: 'get', path: '/api/cases/:id/audit' },
  },
  stats: {
    filterOptions: { method: 'get', path: '/api/stats/filter-options' },
    keyFigures: { method: 'get', path: '/api/stats/key-figures' },
    visitsOverTime: { method: 'get', path: '/api/stats/visits-over-time' },
    heatMap: { method: 'get', path: '/api/stats/heat-map' },
    categories: { method: 'get', path: '/api/stats/categories' },
    levelMix: { method: 'get', path: '/api/stats/level-mix' },
    recommendation: { method: 'get', path: '/api/stats/recommendation' },
    referrals: { method: 'get', path: '/api/stats/referrals' },
    guides: { method: 'get', path: '/api/stats/guides' },
    branches: { method: 'get', path: '/api/stats/branches' },
    export: { method: 'get', path: '/api/stats/export/:table' },
  },
  goals: {
    list: { method: 'get', path: '/api/stats/goals' },
    create: { method: 'post', path: '/api/stats/goals' },
    update: { method: 'patch', path: '/api/stats/goals/:id' },
    delete: { method: 'delete', path: '/api/stats/goals/:id' },
  },
  reports: {
    get: { method: 'get', path: '/api/stats/reports/:month' },
    saveComment: { method: 'put', path: '/api/stats/reports/:month/comment' },
  },
} as const satisfies Record<string, Record<string, { method: HttpMethod; path: string }>>;

/**
 * Pages the server renders itself, outside the web app and outside `/api` (opened in a new tab and
 * printed): the citizen handout of a guide (`:slug` read with guideParamsSchema) and its print script.
 */
export const serverPages = {
  handout: '/guides/:slug/handout',
  handoutPrintScript: '/guides/handout-print.js',
} as const;

/** A group's routes, each typed by its endpoint (a type-only import: the schemas never load). */
type RoutesOf<Group> = { readonly [Key in keyof Group]: Group[Key] extends Endpoint ? Route<Group[Key]> : never };

/** The endpoint type a route carries exists only for the compiler, hence the one cast. */
const routesOf = <Group>(routes: { readonly [Key in keyof Group]: { method: HttpMethod; path: string } }) =>
  routes as unknown as RoutesOf<Group>;

export const metaRoutes = routesOf<typeof metaEndpoints>(routeTable.meta);
export const authRoutes = routesOf<typeof authEndpoints>(routeTable.auth);
export const staffRoutes = routesOf<typeof staffEndpoints>(routeTable.staff);
export const categoryRoutes = routesOf<typeof categoryEndpoints>(routeTable.categories);
export const triageRoutes = routesOf<typeof triageEndpoints>(routeTable.triage);
export const trainingRoutes = routesOf<typeof trainingEndpoints>(routeTable.training);
export const guideRoutes = routesOf<typeof guideEndpoints>(routeTable.guides);
export const translationRoutes = routesOf<typeof translationEndpoints>(routeTable.translations);
export const citizenCardRoutes = routesOf<typeof citizenCardEndpoints>(routeTable.citizenCards);
export const branchRoutes = routesOf<typeof branchEndpoints>(routeTable.branches);
export const channelRoutes = routesOf<typeof channelEndpoints>(routeTable.channels);
export const caseRoutes = routesOf<typeof caseEndpoints>(routeTable.cases);
export const statsRoutes = routesOf<typeof statsEndpoints>(routeTable.stats);
export const goalRoutes = routesOf<typeof goalEndpoints>(routeTable.goals);
export const reportRoutes = routesOf<typeof reportEndpoints>(routeTable.reports);
