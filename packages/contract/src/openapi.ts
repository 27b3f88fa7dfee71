import { z } from './zod';
import { csrfHeader, sessionCookieName } from './session';
import type { Endpoint } from './endpoint';
import { errorBodySchema } from './error-body';
import { rolesWith } from './policies';
import { conditionSchema, flowDefinitionSchema, flowQuestionSchema, flowRuleSchema } from './triage';

/** An endpoint with its stable name (group and key, e.g. `casesCreate`): the operation's id. */
export interface NamedEndpoint {
  name: string;
  endpoint: Endpoint;
}

type JsonSchema = Record<string, unknown>;

const schemaRef = (name: string) => `#/components/schemas/${name}`;
const errorResponseRef = '#/components/responses/Error';
const safeMethods = new Set(['get', 'head', 'options']);

/**
 * Schemas a client meets in several operations get a name of their own. The triage conditions are
 * recursive (`all`/`any`/`not` nest), so they can only be described by reference.
 */
const sharedSchemas: readonly (readonly [z.ZodType, string])[] = [
  [conditionSchema, 'TriageCondition'],
  [flowQuestionSchema, 'TriageQuestion'],
  [flowRuleSchema, 'TriageRule'],
  [flowDefinitionSchema, 'TriageFlowDefinition'],
  [errorBodySchema, 'Error'],
];

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** One name per zod schema, so a schema used by several operations appears once in the document. */
class ComponentRegistry {
  readonly registry = z.registry<{ id: string }>();

  constructor() {
    for (const [schema, name] of sharedSchemas) this.registry.add(schema, { id: name });
  }

  /** The component name for the schema: a shared name, the one it already has, or `fallback`. */
  nameOf(schema: z.ZodType, fallback: string): string {
    const existing = this.registry.get(schema)?.id;
    if (existing) return existing;
    this.registry.add(schema, { id: fallback });
    return fallback;
  }

  toComponents(io: 'input' | 'output', uri: (id: string) => string): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.registry, { io, uri, unrepresentable: 'any' });
    // `$id` and `$schema` belong to standalone JSON Schema documents, not to OpenAPI components.
    return Object.fromEntries(
      Object.entries(schemas).map(([name, { $id: _id, $schema: _schema, ...schema }]) => [name, schema as JsonSchema]),
    );
  }
}

const inputMarker = '__input__';

/**
 * Merges the input (request) and output (response) views of the components. Most schemas read
 * the same both ways and keep one name; those that differ (defaults, transforms) get an `Input`
 * twin, and so does every input schema that refers to one.
 */
function mergeComponents(inputs: Record<string, JsonSchema>, outputs: Record<string, JsonSchema>) {
  const inputName = (name: string, differing: Set<string>) => (differing.has(name) ? `${name}Input` : name);
  const withInputRefs = (schema: JsonSchema, differing: Set<string>) =>
    JSON.stringify(schema).replace(new RegExp(`#/components/schemas/${inputMarker}(\\w+)`, 'g'), (_match, name) =>
      schemaRef(inputName(name, differing)),
    );
  const differing = new Set<string>();
  // Differences spread through references, so repeat until no new schema differs.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, schema] of Object.entries(inputs)) {
      const output = outputs[name];
      if (differing.has(name) || (output && withInputRefs(schema, differing) === JSON.stringify(output))) continue;
      if (output) {
        differing.add(name);
        changed = true;
      }
    }
  }
  const merged: Record<string, JsonSchema> = { ...outputs };
  for (const [name, schema] of Object.entries(inputs)) {
    if (outputs[name] && !differing.has(name)) continue;
    merged[inputName(name, differing)] = JSON.parse(withInputRefs(schema, differing));
  }
  return { components: merged, inputName: (name: string) => inputName(name, differing) };
}

/** Only the components that the operations reach, directly or through other components. */
function reachable(components: Record<string, JsonSchema>, roots: unknown): Record<string, JsonSchema> {
  const names = (value: unknown) =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1] as string);
  const seen = new Set<string>();
  for (let pending = names(roots); pending.length > 0; ) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...names(components[name]));
  }
  return Object.fromEntries(Object.entries(components).filter(([name]) => seen.has(name)));
}

/** An object schema's properties as OpenAPI parameters of one kind (path, query or header). */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query' | 'header') {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    ...(typeof property.description === 'string' && { description: property.description }),
    // A path parameter is always required (OpenAPI 3.1).
    required: where === 'path' || (json.required?.includes(name) ?? false),
    schema: property,
  }));
}

function accessDescription(endpoint: Endpoint) {
  if (endpoint.access === 'public') return 'No login needed.';
  if (endpoint.access === 'staff') return 'Any signed-in staff account.';
  return `Roles: ${rolesWith(endpoint.access).join(', ')}.`;
}

/** A signed-in call needs the session cookie; a state-changing one also echoes the CSRF token. */
function security(endpoint: Endpoint) {
  if (endpoint.access === 'public') return [];
  return [safeMethods.has(endpoint.method) ? { session: [] } : { session: [], csrf: [] }];
}

/** Builds the OpenAPI 3.1 document for the given endpoints from their zod schemas. */
export function buildOpenApiDocument(endpoints: readonly NamedEndpoint[], info: { title: string; version: string }) {
  const inputs = new ComponentRegistry();
  const outputs = new ComponentRegistry();
  const operations = endpoints.map(({ name, endpoint }) => ({
    name,
    endpoint,
    body: endpoint.body && inputs.nameOf(endpoint.body, `${pascal(name)}Request`),
    response: outputs.nameOf(endpoint.response, `${pascal(name)}Response`),
  }));
  const { components, inputName } = mergeComponents(
    inputs.toComponents('input', (id) => schemaRef(`${inputMarker}${id}`)),
    outputs.toComponents('output', schemaRef),
  );

  const paths: Record<string, Record<string, unknown>> = {};
  for (const { name, endpoint, body, response } of operations) {
    const openApiPath = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const item = paths[openApiPath] ?? {};
    paths[openApiPath] = item;
    const success = (description: string) => ({
      description,
      content: { [endpoint.responseContentType ?? 'application/json']: { schema: { $ref: schemaRef(response) } } },
    });
    item[endpoint.method] = {
      operationId: name,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      description: endpoint.description
        ? `${accessDescription(endpoint)}\n\n${endpoint.description}`
        : accessDescription(endpoint),
      security: security(endpoint),
      parameters: [
        ...parameters(endpoint.params, 'path'),
        ...parameters(endpoint.query, 'query'),
        ...parameters(endpoint.headers, 'header'),
      ],
      ...(body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: schemaRef(inputName(body)) } } },
        },
      }),
      responses: {
        [String(endpoint.successStatus ?? 200)]: success('Success'),
        ...Object.fromEntries(
          Object.entries(endpoint.otherSuccess ?? {}).map(([status, description]) => [status, success(description)]),
        ),
        default: { $ref: errorResponseRef },
      },
    };
  }
  const responses = {
    Error: {
      description: 'Any error: `{ error: { code, message, details } }`; the HTTP status follows from the code.',
      content: { 'application/json': { schema: { $ref: schemaRef('Error') } } },
    },
  };
  return {
    openapi: '3.1.0' as const,
    info,
    components: {
      schemas: reachable(components, { paths, responses }),
      responses,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookieName,
          description: 'Set by `POST /api/auth/login`; HttpOnly, so a browser sends it by itself.',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: csrfHeader,
          description: "The session's `csrfToken` (from the login response or `GET /api/auth/me`).",
        },
      },
    },
    paths,
  };
}
