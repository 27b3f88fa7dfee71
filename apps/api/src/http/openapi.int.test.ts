import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import ts from 'typescript';
import { metaEndpoints } from '@digihjaelp/contract';
import { anonymousCall } from '../../test/support/api-client';
import { startTestApp, type TestApp } from '../../test/support/test-app';

const run = promisify(execFile);

let testApp: TestApp;
let document: Record<string, unknown>;
beforeAll(async () => {
  testApp = await startTestApp();
  ({ body: document } = await anonymousCall(testApp.app)(metaEndpoints.openApi).expect(200));
});
afterAll(() => testApp.close());

describe('the OpenAPI document, as a third party reads it', () => {
  it('is valid for a standard validator, every reference resolving', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('describes the recursive triage conditions once, by name, and has no local $defs', () => {
    const text = JSON.stringify(document);
    expect(text).not.toContain('$defs');
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    expect(JSON.stringify(schemas.TriageCondition)).toContain('"$ref":"#/components/schemas/TriageCondition"');
    // The flow definition refers to the shared condition rather than carrying a copy of it.
    expect(JSON.stringify(schemas.TriageFlowDefinition)).not.toContain('"not":{"$ref"');
  });

  it('says how to authenticate each operation: none, the session cookie, and the CSRF header for changes', () => {
    const paths = document.paths as Record<string, Record<string, { security: unknown }>>;
    expect(paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(paths['/api/cases']?.get?.security).toEqual([{ session: [] }]);
    expect(paths['/api/cases']?.post?.security).toEqual([{ session: [], csrf: [] }]);
    expect(paths['/api/cases']?.post).toMatchObject({
      responses: { default: { $ref: '#/components/responses/Error' } },
    });
  });
});

describe('a client generated from the document', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'digihjaelp-openapi-'));
    await writeFile(path.join(folder, 'openapi.json'), JSON.stringify(document));
    const generator = path.join(path.dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
    await run(process.execPath, [generator, path.join(folder, 'openapi.json'), '-o', path.join(folder, 'api.d.ts')]);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** Type-checks a client module against the generated types; returns the compiler's complaints. */
  async function typeCheck(client: string): Promise<string[]> {
    const file = path.join(folder, 'client.ts');
    await writeFile(file, client);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  const client = (useSession: string) => `
import type { paths } from './api';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type LoginRequest = Json<paths['/api/auth/login']['post']['requestBody']>;
type Session = Json<paths['/api/auth/login']['post']['responses']['200']>;
type Case = Json<paths['/api/cases/{id}']['get']['responses']['200']>;
type CaseId = paths['/api/cases/{id}']['get']['parameters']['path']['id'];

export async function login(base: string, body: LoginRequest): Promise<Session> {
  const response = await fetch(base + '/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Session;
}

export async function getCase(base: string, id: CaseId, cookie: string): Promise<Case> {
  const response = await fetch(base + '/api/cases/' + id, { headers: { cookie } });
  return (await response.json()) as Case;
}

export async function example(base: string): Promise<string> {
  const session = await login(base, { username: 'leder', password: 'demo' });
  ${useSession}
}
`;

  it('type-checks a small client of the login and case endpoints', async () => {
    const complaints = await typeCheck(
      client(`const found = await getCase(base, 'e7f0c3a2-0000-4000-8000-000000000000', 'dh_session=x');
  return session.csrfToken + found.data.categoryKeys.join() + session.user.role;`),
    );
    expect(complaints).toEqual([]);
  });

  it('catches a client that misreads the API (the types carry the contract)', async () => {
    const complaints = await typeCheck(client('return session.user.noSuchField;'));
    expect(complaints.join('\n')).toContain('noSuchField');
  });
});
