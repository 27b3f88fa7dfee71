import { z } from 'zod';
import type { Endpoint } from './endpoint';
import { errorBodySchema } from './errors';

function toSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

function openApiPath(path: string) {
  return path.replace(/:(\w+)/g, '{$1}');
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const json = toSchema(query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

/** Builds the OpenAPI 3.1 document for the given endpoints from their zod schemas. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const item = (paths[openApiPath(e.path)] ??= {});
    const errorResponse = { content: { 'application/json': { schema: toSchema(errorBodySchema, 'output') } } };
    item[e.method] = {
      summary: e.summary,
      tags: [e.tag],
      description:
        e.access === 'public'
          ? 'No login needed.'
          : e.access === 'staff'
            ? 'Any signed-in staff account.'
            : `Roles: ${e.access.join(', ')}.`,
      parameters: [...pathParameters(e.path), ...queryParameters(e.query)],
      ...(e.body && {
        requestBody: { required: true, content: { 'application/json': { schema: toSchema(e.body, 'input') } } },
      }),
      responses: {
        [String(e.successStatus ?? 200)]: {
          description: 'Success',
          content: { [e.responseContentType ?? 'application/json']: { schema: toSchema(e.response, 'output') } },
        },
        default: { description: 'Error: `{ error: { code, message, details } }`', ...errorResponse },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'dh_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
    },
    security: [{ session: [], csrf: [] }],
    paths,
  };
}
