import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { repositoryRoot } from './processes';

const run = promisify(execFile);
const vite = path.join(repositoryRoot, 'node_modules/vite/bin/vite.js');

/** One entry of Vite's build manifest (`.vite/manifest.json`), keyed by source path. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface WebBuild {
  dir: string;
  manifest: Manifest;
}

async function viteBuild(root: string, outDir: string): Promise<WebBuild> {
  await run(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const manifest = JSON.parse(await fs.readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  return { dir: outDir, manifest };
}

/** The product's web app, built by its own Vite config (as `npm run build` does) into `outDir`. */
export const buildWebApp = (outDir: string) => viteBuild(path.join(repositoryRoot, 'apps/web'), outDir);

/**
 * The smallest React app — React and ReactDOM rendering a heading — built by the same Vite and
 * React plugin in a temporary folder: what any React app costs before it does anything.
 */
export async function buildHelloWorld(dir: string): Promise<WebBuild> {
  await fs.mkdir(path.join(dir, 'src'), { recursive: true });
  await fs.symlink(path.join(repositoryRoot, 'node_modules'), path.join(dir, 'node_modules'));
  await fs.writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="da"><head><meta charset="UTF-8" /><title>Hej</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n',
  );
  await fs.writeFile(
    path.join(dir, 'src/main.jsx'),
    `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<StrictMode><h1>Hej verden</h1></StrictMode>);
`,
  );
  await fs.writeFile(
    path.join(dir, 'vite.config.mjs'),
    "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n",
  );
  return viteBuild(dir, path.join(dir, 'dist'));
}

/** The chunk under `key` and every chunk it imports statically, transitively (what loads with it). */
export function staticClosure(manifest: Manifest, key: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = manifest[name];
    if (!chunk) throw new Error(`the build manifest has no chunk "${name}"`);
    seen.add(name);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return seen;
}

/** The JavaScript a first visit loads: the HTML entry and its static imports. */
export function initialChunks(manifest: Manifest): Set<string> {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the build manifest has no entry');
  return staticClosure(manifest, entry);
}

/** What a lazy route adds when it is opened: its chunk and its static imports not already loaded. */
export function lazyChunks(manifest: Manifest, source: string): Set<string> {
  const initial = initialChunks(manifest);
  return new Set([...staticClosure(manifest, source)].filter((key) => !initial.has(key)));
}

/** Gzip (level 9, as a precompressing build would) size in bytes of the chunks' JavaScript together. */
export async function gzipBytes(build: WebBuild, chunks: Set<string>): Promise<number> {
  let total = 0;
  for (const key of chunks) {
    const chunk = build.manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
    const file = chunk.file;
    if (!file.endsWith('.js')) continue;
    total += gzipSync(await fs.readFile(path.join(build.dir, file)), { level: 9 }).length;
  }
  return total;
}
