import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { authRoutes, type PageChunks, type PageChunksByPattern, pageChunksFile } from '@digihjaelp/contract';
import type { Encoding } from './web-app';

/**
 * What every screen asks before it can show anything: who is signed in (the web app's first
 * request; public, `{ session: null }` for no one, so a signed-out browser gets no error). In the
 * app shell, the browser fetches it beside the app's code instead of after that has run.
 * `crossorigin` gives the preload the credentials mode of the app's same-origin `fetch`, which is
 * what lets that request take this answer.
 */
export const sessionPreload = `<link rel="preload" href="${authRoutes.session.path}" as="fetch" crossorigin>`;

/**
 * A page's own chunks, fetched with the initial one rather than once it has run and the router
 * asks for them. At low priority: the stylesheet and the initial chunk, which the first paint and
 * everything after it wait for, keep the line first. Stylesheets are only preloaded: the page
 * applies them when it renders, as before. The other attributes are those of the requests Vite's
 * loader makes, so those requests take these answers.
 */
function pagePreloads({ scripts, styles }: PageChunks): string[] {
  return [
    ...scripts.map((script) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${script}">`),
    ...styles.map((style) => `<link rel="preload" as="style" crossorigin fetchpriority="low" href="${style}">`),
  ];
}

/**
 * How well an address pattern of the web app's routes (`/vejledninger/:slug`, `*`) fits a path:
 * undefined if not at all, higher the more of it is fixed text, as the router itself ranks them
 * (`/vejledninger/ny` is the new-guide page, not a guide called "ny").
 */
function patternFit(pattern: string, urlPath: string): number | undefined {
  if (pattern === '*') return 0;
  const wanted = pattern.split('/').filter(Boolean);
  const given = urlPath.split('/').filter(Boolean);
  if (wanted.length !== given.length) return undefined;
  let fit = 1;
  for (const [index, segment] of wanted.entries()) {
    if (segment.startsWith(':')) continue;
    if (segment !== given[index]) return undefined;
    fit += 2;
  }
  return fit;
}

type ShellBodies = Record<Encoding | 'identity', Buffer>;

/** Each encoding the web app serves, at the strength the build compresses its files with. */
const compress: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/**
 * The app shell for each address: the build's index.html with, in its head, the session preload
 * and the preloads of the page the address opens (from the build's `pageChunksFile`, when it has
 * one). Each variant is made and compressed once, on its first request.
 */
export function appShells(webDist: string, shellFile: string): (urlPath: string) => ShellBodies {
  const html = fs.readFileSync(shellFile, 'utf8');
  if (!html.includes('</head>')) throw new Error(`${shellFile} has no </head> to put the preloads in`);
  const chunksFile = path.join(webDist, pageChunksFile);
  const pages: PageChunksByPattern = fs.existsSync(chunksFile) ? JSON.parse(fs.readFileSync(chunksFile, 'utf8')) : {};
  const made = new Map<string | undefined, ShellBodies>();
  const shellOf = (pattern: string | undefined): ShellBodies => {
    const page = pattern === undefined ? undefined : pages[pattern];
    const preloads = [sessionPreload, ...(page ? pagePreloads(page) : [])];
    const identity = Buffer.from(html.replace('</head>', `${preloads.join('')}</head>`));
    return { identity, br: compress.br(identity), gzip: compress.gzip(identity) };
  };
  return (urlPath) => {
    let best: { pattern: string; fit: number } | undefined;
    for (const pattern of Object.keys(pages)) {
      const fit = patternFit(pattern, urlPath);
      if (fit !== undefined && (!best || fit > best.fit)) best = { pattern, fit };
    }
    const bodies = made.get(best?.pattern) ?? shellOf(best?.pattern);
    made.set(best?.pattern, bodies);
    return bodies;
  };
}
