import { z } from './zod';
import {
  changeOwnPasswordRequestSchema,
  loginRequestSchema,
  loginResponseSchema,
  logoutResponseSchema,
  oidcCallbackQuerySchema,
  oidcStartQuerySchema,
  ownSessionsResponseSchema,
  secondFactorRequestSchema,
  sessionResponseSchema,
  signInEventListResponseSchema,
  totpConfirmRequestSchema,
  totpConfirmResponseSchema,
  totpEnrolmentResponseSchema,
} from './auth';
import { branchEndpoints, channelEndpoints } from './branches';
import { caseEndpoints } from './cases';
import {
  categoryListResponseSchema,
  categoryParamsSchema,
  categoryResponseSchema,
  createCategoryRequestSchema,
  reorderCategoriesRequestSchema,
  updateCategoryRequestSchema,
} from './categories';
import { idParamsSchema, okResponseSchema, pageQuerySchema } from './common';
import { endpoint, type Endpoint } from './endpoint';
import { routeTable } from './routes';
import { citizenCardEndpoints } from './citizen-cards';
import { translationEndpoints } from './guide-translations';
import { guideEndpoints } from './guides';
import { metaResponseSchema } from './meta';
import type { NamedEndpoint } from './openapi';
import { goalEndpoints, reportEndpoints, statsEndpoints } from './stats';
import {
  createStaffRequestSchema,
  resetPasswordRequestSchema,
  staffListResponseSchema,
  staffResponseSchema,
  updateStaffRequestSchema,
} from './staff';
import { triageEndpoints } from './triage';
import { trainingEndpoints } from './triage-training';

export const metaEndpoints = {
  meta: endpoint({
    ...routeTable.meta.meta,
    summary: 'Product name, version and whether this is a demo installation (with its demo logins)',
    tag: 'meta',
    access: 'public',
    response: metaResponseSchema,
  }),
  openApi: endpoint({
    ...routeTable.meta.openApi,
    summary: 'This document: every endpoint of the API, generated from the shared contract',
    tag: 'meta',
    access: 'public',
    response: z.looseObject({ openapi: z.literal('3.1.0'), paths: z.record(z.string(), z.unknown()) }),
  }),
};

export const authEndpoints = {
  login: endpoint({
    ...routeTable.auth.login,
    summary:
      'Log in with a password; sets the session cookie, returns the CSRF token and whether a second factor is still needed',
    tag: 'auth',
    access: 'public',
    body: loginRequestSchema,
    response: loginResponseSchema,
  }),
  secondFactor: endpoint({
    ...routeTable.auth.secondFactor,
    summary: 'Finish a password login with a code from the authenticator app or a recovery code',
    tag: 'auth',
    access: 'public',
    body: secondFactorRequestSchema,
    response: sessionResponseSchema,
  }),
  startTotpEnrolment: endpoint({
    ...routeTable.auth.startTotpEnrolment,
    summary: 'Begin setting up an authenticator app: a new secret and its QR code (not in use until confirmed)',
    tag: 'auth',
    access: 'public',
    response: totpEnrolmentResponseSchema,
  }),
  confirmTotpEnrolment: endpoint({
    ...routeTable.auth.confirmTotpEnrolment,
    summary: 'Confirm the authenticator app with its current code; returns 10 recovery codes, shown once',
    tag: 'auth',
    access: 'public',
    body: totpConfirmRequestSchema,
    response: totpConfirmResponseSchema,
  }),
  oidcStart: endpoint({
    ...routeTable.auth.oidcStart,
    summary: "Single sign-on: redirects to the municipality's identity provider",
    tag: 'auth',
    access: 'public',
    query: oidcStartQuerySchema,
    response: z.string(),
    successStatus: 302,
    responseContentType: 'text/html',
  }),
  oidcCallback: endpoint({
    ...routeTable.auth.oidcCallback,
    summary: 'Single sign-on: where the identity provider sends the browser back; signs in and redirects',
    tag: 'auth',
    access: 'public',
    query: oidcCallbackQuerySchema,
    response: z.string(),
    successStatus: 302,
    responseContentType: 'text/html',
  }),
  sessions: endpoint({
    ...routeTable.auth.sessions,
    summary: 'Your own active sessions',
    tag: 'auth',
    access: 'staff',
    response: ownSessionsResponseSchema,
  }),
  logoutEverywhere: endpoint({
    ...routeTable.auth.logoutEverywhere,
    summary: 'Log out everywhere: ends every session of yours, this one included',
    tag: 'auth',
    access: 'staff',
    response: logoutResponseSchema,
  }),
  me: endpoint({
    ...routeTable.auth.me,
    summary: 'The signed-in staff member and the CSRF token',
    tag: 'auth',
    access: 'staff',
    response: sessionResponseSchema,
  }),
  session: endpoint({
    ...routeTable.auth.session,
    summary: 'The session of this browser, or null when no one is signed in (200 either way)',
    description:
      'What the web app asks at start: "no one is signed in" is an answer here, not an error, so a first ' +
      'visit shows no failed request. Everything else that needs a session still answers 401 without one.',
    tag: 'auth',
    access: 'public',
    response: z.object({ session: sessionResponseSchema.nullable() }),
  }),
  logout: endpoint({
    ...routeTable.auth.logout,
    summary: "End the session; names the identity provider's logout address after a single sign-on",
    tag: 'auth',
    access: 'staff',
    response: logoutResponseSchema,
  }),
  changePassword: endpoint({
    ...routeTable.auth.changePassword,
    summary: 'Change your own password; other sessions of yours are ended',
    tag: 'auth',
    access: 'staff',
    body: changeOwnPasswordRequestSchema,
    response: okResponseSchema,
  }),
};

export const staffEndpoints = {
  list: endpoint({
    ...routeTable.staff.list,
    summary: 'List staff accounts',
    tag: 'staff',
    access: 'manageStaff',
    query: pageQuerySchema,
    response: staffListResponseSchema,
  }),
  create: endpoint({
    ...routeTable.staff.create,
    summary: 'Create a staff account',
    tag: 'staff',
    access: 'manageStaff',
    body: createStaffRequestSchema,
    response: staffResponseSchema,
    successStatus: 201,
  }),
  update: endpoint({
    ...routeTable.staff.update,
    summary: 'Change display name or role, or (de)activate a staff account',
    tag: 'staff',
    access: 'manageStaff',
    params: idParamsSchema,
    body: updateStaffRequestSchema,
    response: staffResponseSchema,
  }),
  resetPassword: endpoint({
    ...routeTable.staff.resetPassword,
    summary: "Set a new password for a staff account; that account's sessions are ended",
    tag: 'staff',
    access: 'manageStaff',
    params: idParamsSchema,
    body: resetPasswordRequestSchema,
    response: okResponseSchema,
  }),
  signIns: endpoint({
    ...routeTable.staff.signIns,
    summary: "A staff account's sign-ins, failures, second-factor events and logouts, newest first",
    tag: 'staff',
    access: 'manageStaff',
    params: idParamsSchema,
    response: signInEventListResponseSchema,
  }),
};

export const categoryEndpoints = {
  list: endpoint({
    ...routeTable.categories.list,
    summary: 'Problem categories in display order',
    tag: 'categories',
    access: 'staff',
    response: categoryListResponseSchema,
  }),
  create: endpoint({
    ...routeTable.categories.create,
    summary: 'Add a category (placed last)',
    tag: 'categories',
    access: 'manageReferenceLists',
    body: createCategoryRequestSchema,
    response: categoryResponseSchema,
    successStatus: 201,
  }),
  update: endpoint({
    ...routeTable.categories.update,
    summary: 'Rename a category, mark it urgent, or (de)activate it',
    tag: 'categories',
    access: 'manageReferenceLists',
    params: categoryParamsSchema,
    body: updateCategoryRequestSchema,
    response: categoryResponseSchema,
  }),
  reorder: endpoint({
    ...routeTable.categories.reorder,
    summary: 'Set the display order of all categories',
    tag: 'categories',
    access: 'manageReferenceLists',
    body: reorderCategoriesRequestSchema,
    response: categoryListResponseSchema,
  }),
};

export const healthEndpoints = {
  healthz: endpoint({
    ...routeTable.health.healthz,
    summary: 'Liveness: 200 while the process lives',
    tag: 'health',
    access: 'public',
    response: z.object({ status: z.literal('ok') }),
  }),
  readyz: endpoint({
    ...routeTable.health.readyz,
    summary: 'Readiness: 200 when the database is reachable and fully migrated, else 503',
    tag: 'health',
    access: 'public',
    response: z.object({ status: z.literal('ready') }),
  }),
};

/** Every endpoint of the API, for the OpenAPI document. Features add their groups here. */
const endpointGroups = {
  meta: metaEndpoints,
  auth: authEndpoints,
  staff: staffEndpoints,
  categories: categoryEndpoints,
  health: healthEndpoints,
  triage: triageEndpoints,
  training: trainingEndpoints,
  guides: guideEndpoints,
  translations: translationEndpoints,
  citizenCards: citizenCardEndpoints,
  branches: branchEndpoints,
  channels: channelEndpoints,
  cases: caseEndpoints,
  stats: statsEndpoints,
  goals: goalEndpoints,
  reports: reportEndpoints,
};

/** Every endpoint with a stable name of its group and key, e.g. `casesCreate` (the OpenAPI operation id). */
export const namedEndpoints: readonly NamedEndpoint[] = Object.entries(endpointGroups).flatMap(([group, endpoints]) =>
  Object.entries(endpoints as Record<string, Endpoint>).map(([key, endpoint]) => ({
    name: `${group}${key.charAt(0).toUpperCase()}${key.slice(1)}`,
    endpoint,
  })),
);

export const allEndpoints: readonly Endpoint[] = namedEndpoints.map(({ endpoint }) => endpoint);
