import { z } from 'zod';
import { changeOwnPasswordRequestSchema, loginRequestSchema, sessionResponseSchema } from './auth';
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
import { guideEndpoints } from './guides';
import { metaResponseSchema } from './meta';
import type { NamedEndpoint } from './openapi';
import { goalEndpoints, statsEndpoints } from './stats';
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
    method: 'get',
    path: '/api/meta',
    summary: 'Product name, version and whether this is a demo installation (with its demo logins)',
    tag: 'meta',
    access: 'public',
    response: metaResponseSchema,
  }),
  openApi: endpoint({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document: every endpoint of the API, generated from the shared contract',
    tag: 'meta',
    access: 'public',
    response: z.looseObject({ openapi: z.literal('3.1.0'), paths: z.record(z.string(), z.unknown()) }),
  }),
};

export const authEndpoints = {
  login: endpoint({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Log in; sets the session cookie and returns the CSRF token',
    tag: 'auth',
    access: 'public',
    body: loginRequestSchema,
    response: sessionResponseSchema,
  }),
  me: endpoint({
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in staff member and the CSRF token',
    tag: 'auth',
    access: 'staff',
    response: sessionResponseSchema,
  }),
  logout: endpoint({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session',
    tag: 'auth',
    access: 'staff',
    response: okResponseSchema,
  }),
  changePassword: endpoint({
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change your own password; other sessions of yours are ended',
    tag: 'auth',
    access: 'staff',
    body: changeOwnPasswordRequestSchema,
    response: okResponseSchema,
  }),
};

export const staffEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/staff',
    summary: 'List staff accounts',
    tag: 'staff',
    access: 'manageStaff',
    query: pageQuerySchema,
    response: staffListResponseSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/staff',
    summary: 'Create a staff account',
    tag: 'staff',
    access: 'manageStaff',
    body: createStaffRequestSchema,
    response: staffResponseSchema,
    successStatus: 201,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/staff/:id',
    summary: 'Change display name or role, or (de)activate a staff account',
    tag: 'staff',
    access: 'manageStaff',
    params: idParamsSchema,
    body: updateStaffRequestSchema,
    response: staffResponseSchema,
  }),
  resetPassword: endpoint({
    method: 'post',
    path: '/api/staff/:id/password',
    summary: "Set a new password for a staff account; that account's sessions are ended",
    tag: 'staff',
    access: 'manageStaff',
    params: idParamsSchema,
    body: resetPasswordRequestSchema,
    response: okResponseSchema,
  }),
};

export const categoryEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/categories',
    summary: 'Problem categories in display order',
    tag: 'categories',
    access: 'staff',
    response: categoryListResponseSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/categories',
    summary: 'Add a category (placed last)',
    tag: 'categories',
    access: 'manageReferenceLists',
    body: createCategoryRequestSchema,
    response: categoryResponseSchema,
    successStatus: 201,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/categories/:key',
    summary: 'Rename a category, mark it urgent, or (de)activate it',
    tag: 'categories',
    access: 'manageReferenceLists',
    params: categoryParamsSchema,
    body: updateCategoryRequestSchema,
    response: categoryResponseSchema,
  }),
  reorder: endpoint({
    method: 'put',
    path: '/api/categories/order',
    summary: 'Set the display order of all categories',
    tag: 'categories',
    access: 'manageReferenceLists',
    body: reorderCategoriesRequestSchema,
    response: categoryListResponseSchema,
  }),
};

export const healthEndpoints = {
  healthz: endpoint({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: 200 while the process lives',
    tag: 'health',
    access: 'public',
    response: z.object({ status: z.literal('ok') }),
  }),
  readyz: endpoint({
    method: 'get',
    path: '/readyz',
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
  branches: branchEndpoints,
  channels: channelEndpoints,
  cases: caseEndpoints,
  stats: statsEndpoints,
  goals: goalEndpoints,
};

/** Every endpoint with a stable name of its group and key, e.g. `casesCreate` (the OpenAPI operation id). */
export const namedEndpoints: readonly NamedEndpoint[] = Object.entries(endpointGroups).flatMap(([group, endpoints]) =>
  Object.entries(endpoints as Record<string, Endpoint>).map(([key, endpoint]) => ({
    name: `${group}${key.charAt(0).toUpperCase()}${key.slice(1)}`,
    endpoint,
  })),
);

export const allEndpoints: readonly Endpoint[] = namedEndpoints.map(({ endpoint }) => endpoint);
