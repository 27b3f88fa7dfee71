import fs from 'node:fs/promises';
import path from 'node:path';
// The contract's file itself: Vite's config loader bundles relative imports only, and the package is TypeScript.
import { type PageChunksByPattern, pageChunksFile } from '../../packages/contract/src/web-build';
import { type Plugin, type Rollup, runnerImport } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

interface AstNode {
  type: string;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

/** Every node under `node`, depth first. */
function* walk(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item);
  else if (isNode(node)) {
    yield node;
    for (const [field, value] of Object.entries(node)) if (field !== 'type') yield* walk(value);
  }
}

/** The specifiers of the `import()`s under `node`, with those of the module's own functions it calls. */
function importsUnder(node: unknown, functions: Map<string, string[]>): string[] {
  const specifiers: string[] = [];
  for (const inner of walk(node)) {
    const source = inner.source;
    if (inner.type === 'ImportExpression' && isNode(source) && typeof source.value === 'string') {
      specifiers.push(source.value);
    }
    const callee = inner.callee;
    if (inner.type === 'CallExpression' && isNode(callee) && callee.type === 'Identifier') {
      specifiers.push(...(functions.get(callee.name as string) ?? []));
    }
  }
  return specifiers;
}

/** The table's entries (key → the specifiers its page imports), read from the module's syntax tree. */
function tableEntries(ast: unknown, tableName: string): Map<string, string[]> {
  const functions = new Map<string, string[]>();
  for (const node of walk(ast)) {
    const id = node.id;
    if (node.type === 'FunctionDeclaration' && isNode(id))
      functions.set(id.name as string, importsUnder(node.body, functions));
  }
  for (const node of walk(ast)) {
    const id = node.id;
    let init = node.init;
    if (node.type !== 'VariableDeclarator' || !isNode(id) || id.name !== tableName) continue;
    // `{ … } satisfies …` compiles to the object itself; allow a wrapping expression all the same.
    while (isNode(init) && init.type !== 'ObjectExpression' && isNode(init.expression)) init = init.expression;
    if (!isNode(init) || init.type !== 'ObjectExpression') break;
    const entries = new Map<string, string[]>();
    for (const property of init.properties as AstNode[]) {
      const key = property.key;
      if (property.type !== 'Property' || !isNode(key) || key.type !== 'Identifier')
        throw new Error(`${tableName}: every entry must be a plain "name: () => import(…)"`);
      entries.set(key.name as string, importsUnder(property.value, functions));
    }
    return entries;
  }
  throw new Error(`no "const ${tableName} = { … }" found to read the pages' modules from`);
}

/** The chunk that holds a module, and every chunk it imports statically, transitively. */
function staticClosure(bundle: OutputBundle, start: OutputChunk): OutputChunk[] {
  const seen = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const fileName of chunk.imports) {
      const imported = bundle[fileName];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(start);
  return [...seen.values()];
}

/**
 * Writes `pageChunksFile` (the contract's web-build.ts): for each address pattern of `routes`, the scripts and
 * stylesheets its page loads beyond the initial chunk, found from `table` (route name → the page's
 * `import()`s) and the bundle itself. The server names them in the app shell of a matching address.
 */
export function pageChunks({ table, routes }: { table: string; routes: string }): Plugin {
  let root = '';
  let outDir = '';
  let entries: Map<string, string[]> | undefined;
  let tableId = '';
  return {
    name: 'digihjaelp-page-chunks',
    apply: 'build',
    // After Vite's own plugins: they still drop chunks (those holding only CSS) while the bundle is generated.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(root, config.build.outDir);
      tableId = path.resolve(root, table);
    },
    moduleParsed(info) {
      if (info.id === tableId) entries = tableEntries(info.ast, 'pageModules');
    },
    async writeBundle(_options, bundle) {
      if (!entries) throw new Error(`${table} was not part of the build`);
      const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('the build has no entry chunk');
      const initial = new Set(staticClosure(bundle, entry).map((chunk) => chunk.fileName));
      const { module } = await runnerImport<{ routes: Record<string, string> }>(path.resolve(root, routes), {
        root,
        configFile: false,
        logLevel: 'warn',
      });
      const byPattern: PageChunksByPattern = {};
      for (const [name, specifiers] of entries) {
        const pattern = module.routes[name];
        if (pattern === undefined) throw new Error(`${table}: "${name}" is not a route of ${routes}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const specifier of specifiers) {
          const resolved = await this.resolve(specifier, tableId);
          const chunk = resolved && chunks.find((candidate) => candidate.moduleIds.includes(resolved.id));
          if (!chunk) throw new Error(`${table}: no chunk holds ${specifier} (of "${name}")`);
          for (const loaded of staticClosure(bundle, chunk)) {
            if (initial.has(loaded.fileName)) continue;
            scripts.add(`/${loaded.fileName}`);
            for (const css of loaded.viteMetadata?.importedCss ?? []) styles.add(`/${css}`);
          }
        }
        byPattern[pattern] = { scripts: [...scripts], styles: [...styles] };
      }
      await fs.mkdir(path.dirname(path.join(outDir, pageChunksFile)), { recursive: true });
      await fs.writeFile(path.join(outDir, pageChunksFile), `${JSON.stringify(byPattern, null, 2)}\n`);
    },
  };
}
