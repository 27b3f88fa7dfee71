import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { z } from 'zod';
import type { Endpoint } from '@digihjaelp/contract';

/*
 * Hostile requests for one contract endpoint, built from its own schemas (as JSON Schema): every
 * field is either something plausible for it (its enum, pattern, format or range) or a value that
 * has broken servers like ours — NUL, lone surrogates, numbers past int4, impossible dates, deep
 * nesting, the wrong type — so most requests are valid but for one or two fields and reach the
 * code behind validation.
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

const INT4_MAX = 2_147_483_647;

/**
 * Stands for a `{ not: … }` condition 5,000 levels deep, which overflowed the stack of a recursive
 * validator. It is spliced in as text by `jsonText()`: building it as an object would overflow
 * this test's own JSON.stringify.
 */
const DEEPLY_NESTED = Object.freeze({ deeplyNestedNots: 5_000 });
const DEEP_PLACEHOLDER = '\u0001deeply-nested\u0001';

/** The body as JSON text, with every deeply nested stand-in written out in full. */
export function jsonText(value: unknown): string {
  const depth = DEEPLY_NESTED.deeplyNestedNots;
  const deep = `${'{"not":'.repeat(depth)}{"question":"q","is":true}${'}'.repeat(depth)}`;
  return (JSON.stringify(value, (_key, part: unknown) => (part === DEEPLY_NESTED ? DEEP_PLACEHOLDER : part)) ?? 'null')
    .split(JSON.stringify(DEEP_PLACEHOLDER))
    .join(deep);
}

const hostileStrings = fc.constantFrom(
  '\u0000',
  'før\u0000efter',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '%ff',
  '%00',
  "'; DROP TABLE cases; --",
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'x'.repeat(5_000),
  '2147483648',
  '-1',
  '1e309',
  '0000-01-01',
  '2026-02-30',
  '99999-01-01',
  'x',
  '',
  ' ',
  '\u202e\u200b',
  '💥',
);
const hostileNumbers = fc.constantFrom(
  INT4_MAX + 1,
  -INT4_MAX - 2,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  0.5,
  -1,
  0,
);
const hostileValues: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  hostileNumbers,
  fc.constantFrom(null, true, [], {}, [[[]]], JSON.parse('{"__proto__": {"role": "admin"}}')),
  fc.constant(DEEPLY_NESTED),
);

interface Context {
  defs: Record<string, JsonSchema>;
  depth: number;
}

function resolve(schema: JsonSchema, context: Context): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return context.defs[name] ?? {};
}

function plausibleString(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'uri') return fc.webUrl();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { maxLength: schema.maxLength ?? 40 });
    } catch {
      // fast-check cannot generate from every pattern (lookaheads, e.g. `returnTo`'s "no //"): any text then.
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
}

function plausibleNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum ?? -1000) + 1, -INT4_MAX);
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? 1000) - 1, INT4_MAX);
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
}

/** Something the schema would (mostly) accept, one level at a time; deeper than 4 levels, a leaf. */
function plausible(schema: JsonSchema, context: Context): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, context);
  const deeper = { ...context, depth: context.depth + 1 };
  if (resolved.const !== undefined) return fc.constant(resolved.const);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => field(alternative, deeper)));
  if (resolved.allOf?.[0]) return field(resolved.allOf[0], deeper);
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  switch (type) {
    case 'string':
      return plausibleString(resolved);
    case 'integer':
      return plausibleNumber(resolved, true);
    case 'number':
      return plausibleNumber(resolved, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (context.depth > 4) return fc.constant([]);
      const maxLength = Math.min(resolved.maxItems ?? 3, 3);
      const minLength = Math.min(resolved.minItems ?? 0, maxLength);
      return fc.array(field(resolved.items ?? {}, deeper), { minLength, maxLength });
    }
    case 'object':
      return context.depth > 4 ? fc.constant({}) : objectOf(resolved, deeper);
    default:
      return hostileValues;
  }
}

/** One field: plausible four times in five, hostile otherwise. */
function field(schema: JsonSchema, context: Context): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(schema, context), weight: 4 }, { arbitrary: hostileValues, weight: 1 });
}

function objectOf(schema: JsonSchema, context: Context): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const known = fc.record(Object.fromEntries(properties.map(([name, property]) => [name, field(property, context)])), {
    requiredKeys: schema.required ?? [],
  });
  const keyFor = schema.propertyNames ? plausible(schema.propertyNames, context) : fc.string({ maxLength: 10 });
  const extra =
    schema.additionalProperties && typeof schema.additionalProperties === 'object'
      ? fc.dictionary(fc.oneof(keyFor.map(String), hostileStrings), field(schema.additionalProperties, context), {
          maxKeys: 3,
        })
      : fc.dictionary(hostileStrings, hostileValues, { maxKeys: 1 });
  // Some requests leave out a required key, so the "missing field" paths are walked too.
  return fc.tuple(known, extra, fc.boolean()).map(([values, extras, dropOne]) => {
    const result: Record<string, unknown> = { ...extras, ...values };
    const [first] = Object.keys(values);
    if (dropOne && first !== undefined) delete result[first];
    return result;
  });
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as JsonSchema;
}

function arbitraryFor(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.dictionary(hostileStrings, hostileValues, { maxKeys: 2 });
  const json = toJsonSchema(schema);
  return plausible(json, { defs: json.$defs ?? {}, depth: 0 });
}

/** What goes over the wire as the body: JSON, or bytes that no JSON parser should get far with. */
export type HostileBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; contentEncoding?: string; payload: Buffer };

const rawBodies: fc.Arbitrary<HostileBody> = fc.constantFrom<HostileBody>(
  { kind: 'raw', contentType: 'application/json', payload: Buffer.from('{"username": ') },
  { kind: 'raw', contentType: 'application/json', contentEncoding: 'gzip', payload: Buffer.from('not gzip at all') },
  {
    kind: 'raw',
    contentType: 'application/json',
    contentEncoding: 'gzip',
    payload: gzipSync(Buffer.from('{"a": 1}')).subarray(0, 12),
  },
  { kind: 'raw', contentType: 'application/json', contentEncoding: 'br', payload: Buffer.from('{}') },
  { kind: 'raw', contentType: 'application/json; charset=latin1', payload: Buffer.from('{"a":"\xe6"}', 'latin1') },
  { kind: 'raw', contentType: 'application/json', payload: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
  { kind: 'raw', contentType: 'application/json', payload: Buffer.from(JSON.stringify({ x: 'y'.repeat(250_000) })) },
  { kind: 'raw', contentType: 'application/json', payload: Buffer.from('"\\ud800"') },
  { kind: 'raw', contentType: 'application/json', payload: Buffer.from('{"a":"\\u0000"}') },
  { kind: 'raw', contentType: 'text/plain', payload: Buffer.from('hello') },
  { kind: 'raw', contentType: 'application/x-www-form-urlencoded', payload: Buffer.from('a=%ff&b') },
);

type Path = Array<string | number>;

/** Every place in `value` that holds a string, number or boolean. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Strings that pass every length and emptiness rule but that PostgreSQL cannot store, and numbers past int4. */
const sneakyStrings = fc
  .tuple(fc.constantFrom('Glemt kode ', 'mitid', ''), fc.constantFrom('\u0000', '\ud800', '\udfff', '\udc00\ud800'))
  .map(([text, bad]) => `${text}${bad}`);
const sneakyNumbers = fc.constantFrom(INT4_MAX + 1, 2 ** 40, -INT4_MAX - 2, 1.5);

function hostileLike(leaf: unknown): fc.Arbitrary<unknown> {
  if (typeof leaf === 'string') return fc.oneof({ arbitrary: sneakyStrings, weight: 3 }, hostileValues);
  if (typeof leaf === 'number') return fc.oneof({ arbitrary: sneakyNumbers, weight: 3 }, hostileValues);
  return hostileValues;
}

/** A valid body with one or two of its values swapped for hostile ones of a similar kind. */
function mutated(example: object): fc.Arbitrary<unknown> {
  const paths = leafPaths(example);
  const one = fc
    .constantFrom(...paths)
    .chain((path) =>
      hostileLike(paths.length > 0 ? leafAt(example, path) : undefined).map((value) => ({ path, value })),
    );
  return fc
    .array(one, { minLength: 1, maxLength: 2 })
    .map((changes) => changes.reduce<unknown>((body, { path, value }) => replaceAt(body, path, value), example));
}

function leafAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((part, key) => (part as Record<string | number, unknown>)?.[key], value);
}

function bodyArbitrary(endpoint: Endpoint, examples: object[]): fc.Arbitrary<HostileBody> {
  const json = fc
    .oneof(
      { arbitrary: arbitraryFor(endpoint.body), weight: 4 },
      ...examples.map((example) => ({ arbitrary: mutated(example), weight: 8 })),
      { arbitrary: hostileValues, weight: 1 },
      { arbitrary: fc.constant(DEEPLY_NESTED), weight: 1 },
    )
    .map((value): HostileBody => ({ kind: 'json', value }));
  return fc.oneof({ arbitrary: json, weight: 6 }, { arbitrary: rawBodies, weight: 1 });
}

/** Query and path values are text; these are the bytes to put in the URL, already %-encoded (or broken). */
const hostileUrlValues = fc.constantFrom(
  '%ff',
  '%',
  '%00',
  '%ed%a0%80',
  '%c0%ae%c0%ae',
  encodeURIComponent('x'.repeat(3_000)),
  '2147483648',
  '99999999999999999999',
  '-1',
  '1.5',
  'NaN',
  'x',
  '',
  '0000-01-01',
  '2026-02-30',
  encodeURIComponent('<script>'),
  '..%2f..%2f',
);

function urlValue(schema: JsonSchema | undefined, defs: Record<string, JsonSchema>): fc.Arbitrary<string> {
  const plausibleText = schema
    ? plausible(schema, { defs, depth: 3 }).map((value) =>
        encodeURIComponent(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')),
      )
    : fc.constant('x');
  return fc.oneof({ arbitrary: plausibleText, weight: 3 }, { arbitrary: hostileUrlValues, weight: 2 });
}

function queryArbitrary(endpoint: Endpoint): fc.Arbitrary<string> {
  const json = endpoint.query ? toJsonSchema(endpoint.query) : {};
  const defs = json.$defs ?? {};
  const known = Object.entries(json.properties ?? {}).map(([name, property]) =>
    fc.option(
      fc
        .array(urlValue(property, defs), { minLength: 1, maxLength: 2 })
        .map((values) => values.map((value) => `${encodeURIComponent(name)}=${value}`)),
      { nil: [] },
    ),
  );
  const unknown = fc.array(
    fc
      .tuple(fc.constantFrom('x', '__proto__', 'a[b]', '%ff', 'constructor'), hostileUrlValues)
      .map(([name, value]) => [`${name}=${value}`]),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...known), unknown)
    .map(([knownParts, unknownParts]) => [...knownParts.flat(), ...unknownParts.flat()].join('&'));
}

/**
 * The path with each `:name` filled: one of `known` (values that exist in the test database, so
 * the handler behind validation runs) or a value of the right shape, or broken %-encoding.
 */
function pathArbitrary(endpoint: Endpoint, known: Record<string, string[]>): fc.Arbitrary<string> {
  const json = endpoint.params ? toJsonSchema(endpoint.params) : {};
  const names = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const values = names.map((name) => {
    const existing = (known[name] ?? []).map(encodeURIComponent);
    const generated = urlValue(json.properties?.[name], json.$defs ?? {});
    return existing.length > 0 ? fc.oneof(fc.constantFrom(...existing), generated) : generated;
  });
  return fc.tuple(...values).map((filled) => {
    let index = 0;
    return endpoint.path.replace(/:\w+/g, () => filled[index++] as string);
  });
}

export interface HostileRequest {
  path: string;
  query: string;
  body: HostileBody;
}

/**
 * `known`: values of path parameters that exist; `examples`: valid bodies for this endpoint, which
 * most requests send with one or two values made hostile.
 */
export function hostileRequests(
  endpoint: Endpoint,
  known: Record<string, string[]>,
  examples: object[] = [],
): fc.Arbitrary<HostileRequest> {
  return fc.record({
    path: pathArbitrary(endpoint, known),
    query: queryArbitrary(endpoint),
    body: bodyArbitrary(endpoint, examples),
  });
}
