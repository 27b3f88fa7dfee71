import SwaggerParser from '@apidevtools/swagger-parser';
import { allEndpoints, metaEndpoints } from '@digihjaelp/contract';
import { anonymousCall } from '../../test/support/api-client';
import { mountedRoutes } from '../../test/support/mounted-routes';
import { startTestApp, type TestApp } from '../../test/support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const routeOf = (endpoint: { method: string; path: string }) => `${endpoint.method.toUpperCase()} ${endpoint.path}`;

describe('the contract and the app agree', () => {
  it('mounts every contract endpoint exactly once, and nothing else under /api', () => {
    const mounted = mountedRoutes(testApp.app);
    const contract = allEndpoints.map(routeOf);
    expect(new Set(contract).size).toBe(contract.length);
    expect(mounted.filter((route) => contract.includes(route)).sort()).toEqual([...contract].sort());
    const outsideContract = mounted.filter((route) => !contract.includes(route));
    // The citizen handout is an HTML page for printing, not part of the JSON API.
    expect(outsideContract).toEqual([
      'GET /guides/handout-print.js',
      'GET /guides/:slug/handout',
      // The readable API reference for developers, drawn from the OpenAPI document.
      'GET /api-reference',
      'GET /api-reference/start.js',
      'GET /api-reference/redoc.standalone.js',
    ]);
  });
});

describe('OpenAPI', () => {
  it('documents every endpoint of the contract: method, path params, query, body and success status', async () => {
    const { body } = await anonymousCall(testApp.app)(metaEndpoints.openApi).expect(200);
    expect(body.openapi).toBe('3.1.0');
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
    expect(documented.sort()).toEqual(allEndpoints.map((e) => routeOf({ ...e, path: openApiPath(e.path) })).sort());

    for (const e of allEndpoints) {
      const operation = body.paths[openApiPath(e.path)][e.method];
      const parameters: { name: string; in: string; required: boolean; schema: object }[] = operation.parameters;
      const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
      expect({ route: routeOf(e), path: pathParameters.map((parameter) => parameter.name).sort() }).toEqual({
        route: routeOf(e),
        path: Object.keys(e.params?.shape ?? {}).sort(),
      });
      for (const parameter of pathParameters) {
        expect(parameter).toMatchObject({
          required: true,
          schema: expect.objectContaining({ type: expect.any(String) }),
        });
      }
      const queryNames = parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      expect(queryNames.length > 0).toBe(e.query !== undefined);
      expect(operation.requestBody !== undefined).toBe(e.body !== undefined);
      expect(Object.keys(operation.responses)).toContain(String(e.successStatus ?? 200));
    }
  });

  it('describes params by their schemas: a UUID, a slug, a whole number', async () => {
    const { body } = await anonymousCall(testApp.app)(metaEndpoints.openApi).expect(200);
    const pathParameter = (path: string, method: string, name: string) =>
      body.paths[path][method].parameters.find((parameter: { name: string }) => parameter.name === name).schema;
    expect(pathParameter('/api/cases/{id}', 'get', 'id')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(pathParameter('/api/guides/{slug}/revisions/{number}', 'get', 'slug')).toMatchObject({
      type: 'string',
      pattern: expect.any(String),
    });
    expect(pathParameter('/api/guides/{slug}/revisions/{number}', 'get', 'number')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 2_147_483_647,
    });
    const dereferenced = (await SwaggerParser.dereference(structuredClone(body))) as typeof body;
    const loginBody = dereferenced.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(loginBody.required).toEqual(['username', 'password']);
  });
});
