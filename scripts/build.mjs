// Plain JavaScript, not TypeScript: `npm start` runs this before anything is built, and loading
// it through tsx would cost about 2 s at every start (esbuild's service spawned to transpile it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * `npm run build [-- web|api]`: the web app (Vite, precompressed) and the API (one JavaScript
 * bundle that plain `node` runs), or one of them. With `--if-changed` (what `npm start` does) a part
 * is built only when its sources differ from those of its last build, recorded as a hash in the
 * build folder.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.sources-hash';

/** Anything under these, minus tests, decides what a build contains. */
const shared = ['packages', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
const parts = [
  {
    key: 'web',
    name: 'web app',
    dist: 'apps/web/dist',
    sources: ['apps/web', ...shared],
    build: async () => {
      execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
        cwd: path.join(root, 'apps/web'),
        stdio: 'inherit',
      });
    },
  },
  {
    key: 'api',
    name: 'API',
    dist: 'apps/api/dist',
    sources: ['apps/api/src', 'apps/api/package.json', ...shared],
    build: buildApi,
  },
];

/** Our own workspace packages are TypeScript and go into the bundle; every other import stays a `require`. */
const dependenciesExternal = {
  name: 'dependencies-external',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@digihjaelp/') ? undefined : { path: args.path, external: true },
    );
  },
};

async function buildApi() {
  // Loaded only when the API is built: a start with nothing to build never pays for it.
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: path.join(root, 'apps/api/src/main.ts') },
    outdir: path.join(root, 'apps/api/dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    tsconfig: path.join(root, 'apps/api/tsconfig.json'),
    plugins: [dependenciesExternal],
    logLevel: 'warning',
  });
}

const skipped = (name) =>
  name === 'node_modules' || name === 'dist' || name.startsWith('.') || /\.(int\.|e2e\.)?test\.tsx?$/.test(name);

function sourcesHash(sources) {
  const hash = createHash('sha256');
  const add = (relative) => {
    const file = path.join(root, relative);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file).sort()) if (!skipped(name)) add(path.join(relative, name));
    } else {
      hash.update(`${relative}\0`).update(fs.readFileSync(file)).update('\0');
    }
  };
  for (const source of sources) add(source);
  return hash.digest('hex');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'if-changed': { type: 'boolean', default: false } },
});
const unknown = positionals.filter((key) => !parts.some((part) => part.key === key));
if (unknown.length > 0) {
  console.error(`unknown part ${unknown.join(', ')}: choose from web, api`);
  process.exit(1);
}
for (const part of parts.filter((p) => positionals.length === 0 || positionals.includes(p.key))) {
  const stamp = path.join(root, part.dist, STAMP);
  const hash = sourcesHash(part.sources);
  const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : undefined;
  if (values['if-changed'] && built === hash) {
    console.log(`${part.name}: sources unchanged since the last build (${part.dist}), not rebuilding`);
    continue;
  }
  const reason = !values['if-changed'] ? '' : built ? ' (sources changed since the last build)' : ' (no build yet)';
  console.log(`${part.name}: building${reason}…`);
  const started = Date.now();
  await part.build();
  fs.writeFileSync(stamp, `${hash}\n`);
  console.log(`${part.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
