import { z } from 'zod';
import { idParamsSchema } from './common';
import { endpoint, pathFor } from './endpoint';
import { allEndpoints } from './endpoints';
import { flowVersionParamsSchema } from './triage';

const placeholders = (path: string) => [...path.matchAll(/:(\w+)/g)].map(([, name]) => name).sort();

describe('path params in the contract', () => {
  it('every endpoint declares a schema for exactly the placeholders of its path', () => {
    const mismatches = allEndpoints.flatMap((e) => {
      const declared = Object.keys(e.params?.shape ?? {}).sort();
      return JSON.stringify(declared) === JSON.stringify(placeholders(e.path)) ? [] : [`${e.method} ${e.path}`];
    });
    expect(mismatches).toEqual([]);
    expect(allEndpoints.filter((e) => e.params).length).toBeGreaterThan(25);
  });

  it('reads params as they arrive (text), refusing what the database could not hold', () => {
    expect(flowVersionParamsSchema.parse({ categoryKey: 'mitid-login', version: '3' })).toEqual({
      categoryKey: 'mitid-login',
      version: 3,
    });
    for (const version of ['0', '-1', '1.5', 'tre', '2147483648']) {
      expect(flowVersionParamsSchema.safeParse({ categoryKey: 'mitid-login', version }).success).toBe(false);
    }
    expect(idParamsSchema.safeParse({ id: 'not-a-uuid' }).success).toBe(false);
  });

  it('refuses at compile time an endpoint whose params do not match its path', () => {
    const base = { method: 'get', summary: 's', tag: 't', access: 'staff', response: z.object({}) } as const;
    // `tsc -p apps/api` (npm test) fails when one of these is accepted.
    const refused = [
      // @ts-expect-error a path with placeholders needs params
      endpoint({ ...base, path: '/api/things/:id' }),
      // @ts-expect-error params must name every placeholder
      endpoint({ ...base, path: '/api/things/:id/parts/:part', params: idParamsSchema }),
      // @ts-expect-error a path without placeholders takes no params
      endpoint({ ...base, path: '/api/things', params: idParamsSchema }),
      // @ts-expect-error nor params beyond its placeholders
      endpoint({ ...base, path: '/api/things/:id', params: idParamsSchema.extend({ part: z.string() }) }),
    ];
    expect(refused.map((e) => e.path)).toEqual([
      '/api/things/:id',
      '/api/things/:id/parts/:part',
      '/api/things',
      '/api/things/:id',
    ]);
    expect(endpoint({ ...base, path: '/api/things/:id', params: idParamsSchema }).params).toBe(idParamsSchema);
  });
});

describe('pathFor', () => {
  it('fills in every placeholder, URI-encoded, numbers included', () => {
    expect(pathFor({ path: '/api/guides/:slug/revisions/:number' }, { slug: 'a/b c', number: 3 })).toBe(
      '/api/guides/a%2Fb%20c/revisions/3',
    );
    expect(pathFor({ path: '/api/cases' })).toBe('/api/cases');
  });

  it('refuses a missing value rather than sending a request to the wrong address', () => {
    expect(() => pathFor({ path: '/api/cases/:id' }, {})).toThrow('Missing path parameter "id" for /api/cases/:id');
  });
});
