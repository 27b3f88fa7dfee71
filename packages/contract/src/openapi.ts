import { z } from 'zod';
import type { Endpoint } from './endpoint';
import { errorBodySchema } from './errors';
import { rolesWith } from './policies';

function toSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

function openApiPath(path: string) {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** An object schema's properties as OpenAPI parameters of one kind (path or query). */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query' | 'header') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    ...(typeof property === 'object' && property && 'description' in property && { description: property.description }),
    // A path parameter is always required (OpenAPI 3.1).
    required: where === 'path' || (json.required?.includes(name) ?? false),
    schema: property,
  }));
}

/** Builds the OpenAPI 3.1 document for the given endpoints from their zod schemas. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const item = (paths[openApiPath(e.path)] ??= {});
    const errorResponse = { content: { 'application/json': { schema: toSchema(errorBodySchema, 'output') } } };
    const access =
      e.access === 'public'
        ? 'No login needed.'
        : e.access === 'staff'
          ? 'Any signed-in staff account.'
          : `Roles: ${rolesWith(e.access).join(', ')}.`;
    const success = {
      description: 'Success',
      content: { [e.responseContentType ?? 'application/json']: { schema: toSchema(e.response, 'output') } },
    };
    item[e.method] = {
      summary: e.summary,
      tags: [e.tag],
      description: e.description ? `${access}\n\n${e.description}` : access,
      parameters: [
        ...parameters(e.params, 'path'),
        ...parameters(e.query, 'query'),
        ...parameters(e.headers, 'header'),
      ],
      ...(e.body && {
        requestBody: { required: true, content: { 'application/json': { schema: toSchema(e.body, 'input') } } },
      }),
      responses: {
        [String(e.successStatus ?? 200)]: success,
        ...Object.fromEntries(
          Object.entries(e.otherSuccess ?? {}).map(([status, description]) => [status, { ...success, description }]),
        ),
        default: { description: 'Error: `{ error: { code, message, details } }`', ...errorResponse },
      },
    };
  }
  return {
    openapi: '3.1.0' as const,
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
