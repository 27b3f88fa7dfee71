import fs from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { authRoutes, metaEndpoints, type PageChunksByPattern, pageChunksFile } from '@digihjaelp/contract';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { sessionPreload } from './app-shell';
import { chooseEncoding } from './web-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let testApp: TestApp;
let server: Server;
let webDist: string;
const script = Buffer.from(`console.log(${JSON.stringify('Digihjælp '.repeat(500))});\n`);
const shell =
  '<!doctype html><html lang="da"><head><script type="module" src="/assets/index-abc123.js"></script></head>' +
  '<body><div id="root"></div></body></html>';
/** What the build writes of its pages' chunks (apps/web/vite-page-chunks.ts). */
const pageChunks: PageChunksByPattern = {
  '/henvendelse': { scripts: ['/assets/new-case-page-1.js', '/assets/triage-2.js'], styles: ['/assets/triage-3.css'] },
  '/vejledninger/ny': { scripts: ['/assets/guide-editor-page-4.js'], styles: [] },
  '/vejledninger/:slug': { scripts: ['/assets/guide-page-5.js'], styles: [] },
  '*': { scripts: ['/assets/not-found-page-6.js'], styles: [] },
};

/** The bytes exactly as sent, not decoded (supertest would decode them for us). */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

function decoded(response: RawResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(response.body);
    case 'gzip':
      return gunzipSync(response.body);
    default:
      return response.body;
  }
}

beforeAll(async () => {
  // A build as Vite and apps/web/vite-precompress.ts leave it: hashed assets with .br and .gz beside them.
  webDist = await fs.mkdtemp(path.join(os.tmpdir(), 'web-dist-'));
  await fs.mkdir(path.join(webDist, 'assets'));
  await fs.writeFile(path.join(webDist, 'index.html'), shell);
  await fs.mkdir(path.dirname(path.join(webDist, pageChunksFile)));
  await fs.writeFile(path.join(webDist, pageChunksFile), JSON.stringify(pageChunks));
  const asset = path.join(webDist, 'assets/index-abc123.js');
  await fs.writeFile(asset, script);
  await fs.writeFile(`${asset}.br`, brotliCompressSync(script));
  await fs.writeFile(`${asset}.gz`, gzipSync(script));
  await fs.writeFile(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Files that shadow API and health paths: those routes must answer before the web app is consulted.
  await fs.mkdir(path.join(webDist, 'api'));
  await fs.writeFile(path.join(webDist, 'api/meta'), 'not the API');
  await fs.writeFile(path.join(webDist, 'healthz'), 'not the health check');
  testApp = await startTestApp({ webDist });
  server = testApp.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await testApp.close();
  await fs.rm(webDist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it.each([
    ['br', 'gzip, deflate, br, zstd'],
    ['gzip', 'gzip, deflate'],
  ])(
    'sends a hashed asset precompressed as %s, cached for a year, decoding to the original bytes',
    async (encoding, accept) => {
      const response = await get('/assets/index-abc123.js', { 'Accept-Encoding': accept });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.body.length).toBeLessThan(script.length / 10);
      expect(decoded(response).equals(script)).toBe(true);
    },
  );

  it('sends the asset as it is to a client that accepts no compression', async () => {
    const response = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'identity' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(script)).toBe(true);
  });

  it.each([
    ['/', 'br', 'gzip, br'],
    ['/statistik', 'gzip', 'gzip'],
    ['/vejledninger/aktiver-mitid', 'as it is', 'identity'],
  ])('answers the client route %s with the app shell (%s), revalidated every time', async (route, encoding, accept) => {
    const response = await get(route, { 'Accept-Encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-encoding']).toBe(encoding === 'as it is' ? undefined : encoding);
    const html = decoded(response).toString();
    expect(html.replace(/<link [^>]*>/g, '')).toBe(shell);
  });

  /** The links the shell of `route` has in its head. */
  async function headLinks(route: string): Promise<string[]> {
    const html = decoded(await get(route, { 'Accept-Encoding': 'br' })).toString();
    return html.slice(0, html.indexOf('</head>')).match(/<link [^>]*>/g) ?? [];
  }

  it('has the browser fetch who is signed in beside the app code, on every address', async () => {
    for (const route of ['/', '/login', '/henvendelse', '/vejledninger/aktiver-mitid']) {
      expect(await headLinks(route)).toContain(sessionPreload);
    }
    expect(sessionPreload).toContain(`href="${authRoutes.session.path}"`);
    // The preloaded answer is the public one: a signed-out browser gets it too, without an error in its console.
    const session = await get(authRoutes.session.path);
    expect(session.status).toBe(200);
    expect(JSON.parse(session.body.toString())).toEqual({ session: null });
  });

  it("names the chunks of the address's page in its shell, scripts as modules, stylesheets preloaded", async () => {
    expect(await headLinks('/henvendelse')).toEqual([
      sessionPreload,
      '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/new-case-page-1.js">',
      '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/triage-2.js">',
      '<link rel="preload" as="style" crossorigin fetchpriority="low" href="/assets/triage-3.css">',
    ]);
  });

  it.each([
    ['/vejledninger/ny', '/assets/guide-editor-page-4.js'],
    ['/vejledninger/aktiver-mitid', '/assets/guide-page-5.js'],
    ['/vejledninger/aktiver-mitid/', '/assets/guide-page-5.js'],
    ['/noget-andet', '/assets/not-found-page-6.js'],
  ])('picks the page the router shows at %s, fixed text before placeholders', async (route, script) => {
    const modules = (await headLinks(route)).filter((link) => link.includes('modulepreload'));
    expect(modules).toEqual([`<link rel="modulepreload" crossorigin fetchpriority="low" href="${script}">`]);
  });

  it('says an asset the build no longer has is missing, rather than sending the app shell as script', async () => {
    const response = await get('/assets/index-old999.js');
    expect(response.status).toBe(404);
  });

  it('lets the API and the health routes answer before any file of the build', async () => {
    const meta = await get(metaEndpoints.meta.path);
    expect(meta.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(meta.body.toString())).toHaveProperty('version');
    const health = await get('/healthz');
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
  });
});

describe('API responses', () => {
  it('compresses a large answer, decoding to the same bytes as the uncompressed one', async () => {
    const plain = await get(metaEndpoints.openApi.path, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(10_000);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await get(metaEndpoints.openApi.path, { 'Accept-Encoding': encoding });
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decoded(compressed).equals(plain.body)).toBe(true);
    }
  });

  it('sends a small answer as it is: compressing it would cost more than it saves', async () => {
    const response = await get('/healthz', { 'Accept-Encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('chooseEncoding', () => {
  const both = new Set(['br', 'gzip'] as const);
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['gzip, *;q=0', 'gzip'],
    ['', undefined],
  ])('for "%s" picks %s', (header, expected) => {
    expect(chooseEncoding(header, both)).toBe(expected);
  });

  it('never picks a variant the build does not have', () => {
    expect(chooseEncoding('br, gzip', new Set(['gzip'] as const))).toBe('gzip');
  });
});
