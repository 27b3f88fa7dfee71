import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';

/**
 * `npm run build [-- web|api]`: the web app (Vite, precompressed) and the API (one JavaScript
 * bundle that plain `node` runs), or one of them. With `--if-changed` (what `npm start` does) a part
 * is built only when its sources differ from those of its last build, recorded as a hash in the
 * build folder.
 */
const root = path.resolve(__dirname, '..');
const STAMP = '.sources-hash';

/** Anything under these, minus tests, decides what a build contains. */
const shared = ['packages', 'package-lock.json', 'tsconfig.json', 'scripts/build.ts'];
const parts = [
  {
    key: 'web',
    name: 'web app',
    dist: 'apps/web/dist',
    sources: ['apps/web', ...shared],
    build: () => {
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
const dependenciesExternal: Plugin = {
  name: 'dependencies-external',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@digihjaelp/') ? undefined : { path: args.path, external: true },
    );
  },
};

async function buildApi(): Promise<void> {
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

const skipped = (name: string) =>
  name === 'node_modules' || name === 'dist' || name.startsWith('.') || /\.(int\.|e2e\.)?test\.tsx?$/.test(name);

function sourcesHash(sources: string[]): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'if-changed': { type: 'boolean', default: false } },
  });
  const unknown = positionals.filter((key) => !parts.some((part) => part.key === key));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}: choose from web, api`);
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
