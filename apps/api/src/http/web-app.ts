import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { appShells } from './app-shell';

/** The encodings the build writes beside a file (see apps/web/vite-precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];

/** Vite puts a content hash in every name under assets/, so one URL never changes its bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The app shell names the current hashed assets, so the browser asks again every time. */
const REVALIDATE = 'no-cache';

interface WebFile {
  file: string;
  /** The precompressed variants that exist beside the file. */
  encodings: Set<Encoding>;
}

/**
 * The q-value of each encoding in an Accept-Encoding header. Ours, rather than Express's
 * `acceptsEncodings`, because that breaks ties by the header's order: browsers send
 * `gzip, deflate, br`, and brotli is the smaller one.
 */
function acceptedEncodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  return accepted;
}

/** The best precompressed variant the client accepts, or undefined for the file as it is. */
export function chooseEncoding(header: string | undefined, available: Set<Encoding>): Encoding | undefined {
  const accepted = acceptedEncodings(header);
  const q = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  let best: { name: Encoding; q: number } | undefined;
  for (const { name } of ENCODINGS) {
    if (available.has(name) && q(name) > 0 && (!best || q(name) > best.q)) best = { name, q: q(name) };
  }
  return best?.name;
}

/** Every file of the build by its URL path, read once at start so a request never looks at the disk to route. */
function indexFiles(webDist: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) walk(file);
      } else if (!ENCODINGS.some(({ suffix }) => entry.name.endsWith(suffix))) {
        const encodings = new Set(
          ENCODINGS.filter(({ suffix }) => fs.existsSync(file + suffix)).map(({ name }) => name),
        );
        files.set(`/${path.relative(webDist, file).split(path.sep).join('/')}`, { file, encodings });
      }
    }
  };
  walk(webDist);
  return files;
}

function sendWebFile(
  response: Response,
  webFile: WebFile,
  acceptEncoding: string | undefined,
  cacheControl: string,
): void {
  const encoding = chooseEncoding(acceptEncoding, webFile.encodings);
  const suffix = ENCODINGS.find(({ name }) => name === encoding)?.suffix ?? '';
  // The type of the file itself, not of its .br or .gz; set first, as sendFile keeps a type already set.
  response.type(path.extname(webFile.file));
  response.setHeader('Cache-Control', cacheControl);
  if (webFile.encodings.size > 0) response.vary('Accept-Encoding');
  if (encoding) response.setHeader('Content-Encoding', encoding);
  response.sendFile(webFile.file + suffix);
}

/**
 * The built web app: its files precompressed and cached for a year, and the app shell for every
 * other GET (a client-side route), naming what that route's page loads first (app-shell.ts). Mounted after the API, the health routes and the handout, so
 * none of those ever waits for this.
 */
export function webAppRouter(webDist: string): Router {
  const files = indexFiles(webDist);
  const shell = files.get('/index.html');
  if (!shell) throw new Error(`${webDist} has no index.html`);
  const shellFor = appShells(webDist, shell.file);
  const everyEncoding = new Set(ENCODINGS.map(({ name }) => name));
  const sendShell = (response: Response, urlPath: string, acceptEncoding: string | undefined) => {
    const encoding = chooseEncoding(acceptEncoding, everyEncoding);
    response.type('html');
    response.setHeader('Cache-Control', REVALIDATE);
    response.vary('Accept-Encoding');
    if (encoding) response.setHeader('Content-Encoding', encoding);
    response.send(shellFor(urlPath)[encoding ?? 'identity']);
  };
  const router = Router();
  router.get('/{*path}', (request, response, next) => {
    const acceptEncoding = request.headers['accept-encoding'];
    const webFile = files.get(request.path);
    if (webFile && webFile !== shell) {
      sendWebFile(response, webFile, acceptEncoding, request.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
      return;
    }
    // A hashed name the build no longer has (an old tab after a deploy) is missing, not the app shell.
    if (request.path.startsWith('/assets/')) return next();
    sendShell(response, request.path, acceptEncoding);
  });
  return router;
}
