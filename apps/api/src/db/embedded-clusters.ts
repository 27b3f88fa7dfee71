import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { runningServerPid } from './embedded-server';

/*
 * A cluster belongs to one data folder: it lives in `<dataDir>/postgres`, or — when root's data
 * folder is out of the postgres account's reach — in `<sharedDir>/clusters/<random id>`, linked
 * from `<dataDir>/postgres`, with `<id>.owner` naming the data folder. A data folder that is
 * deleted takes its password with it, so its cluster is never started again: a new data folder
 * always gets a new cluster, and a shared cluster no data folder links to any more is removed.
 */

const HOUR_MS = 60 * 60 * 1000;

interface Owner {
  dataDir: string;
}

const ownerFile = (clusterDir: string) => `${clusterDir}.owner`;

async function readOwner(clusterDir: string): Promise<Owner | undefined> {
  const content = await fs.readFile(ownerFile(clusterDir), 'utf8').catch(() => undefined);
  return content ? (JSON.parse(content) as Owner) : undefined;
}

async function claim(clusterDir: string, dataDir: string): Promise<void> {
  const owner: Owner = { dataDir: path.resolve(dataDir) };
  await fs.writeFile(ownerFile(clusterDir), `${JSON.stringify(owner)}\n`);
}

/** Where `dataDir`'s cluster lives, creating its place (not the cluster itself) when it has none. */
export async function placeCluster(
  dataDir: string,
  sharedDir: string | undefined,
  log: (message: string) => void,
): Promise<string> {
  const link = path.join(dataDir, 'postgres');
  await fs.mkdir(dataDir, { recursive: true });
  const stat = await fs.lstat(link).catch(() => undefined);
  if (stat?.isDirectory()) return link;
  if (stat?.isSymbolicLink()) {
    const target = path.resolve(dataDir, await fs.readlink(link));
    if (await fs.stat(target).catch(() => undefined)) {
      // Clusters made by earlier versions carry no owner record yet.
      if (sharedDir && target.startsWith(path.join(sharedDir, 'clusters') + path.sep) && !(await readOwner(target))) {
        await claim(target, dataDir);
      }
      return target;
    }
    log(`${link} pointed to ${target}, which no longer exists; starting a new cluster`);
    await fs.rm(link);
  }
  if (!sharedDir) return link;

  const clustersDir = path.join(sharedDir, 'clusters');
  await fs.mkdir(clustersDir, { recursive: true });
  await fs.chmod(clustersDir, 0o755);
  const clusterDir = path.join(clustersDir, randomBytes(8).toString('hex'));
  // In this order, so that a concurrent clean-up never sees a claimed cluster nobody links to.
  await fs.mkdir(clusterDir, { mode: 0o700 });
  await fs.symlink(clusterDir, link, 'dir');
  await claim(clusterDir, dataDir);
  return clusterDir;
}

async function isStale(clusterDir: string): Promise<boolean> {
  if (await runningServerPid(clusterDir)) return false;
  // Set aside by earlier versions when their data folder had been deleted.
  if (path.basename(clusterDir).includes('.orphaned-')) return true;
  const owner = await readOwner(clusterDir);
  if (owner) {
    const linked = await fs.realpath(path.join(owner.dataDir, 'postgres')).catch(() => undefined);
    return linked !== clusterDir;
  }
  // No owner: a start interrupted before it claimed the folder, or a cluster of an earlier version
  // whose data folder has not started since. Only the first is safe to remove.
  const initialised = await fs.stat(path.join(clusterDir, 'PG_VERSION')).catch(() => undefined);
  const age = Date.now() - (await fs.stat(clusterDir)).mtimeMs;
  return !initialised && age > HOUR_MS;
}

/** Removes the shared clusters whose data folder is gone (or now links to another cluster). */
export async function removeStaleClusters(sharedDir: string, log: (message: string) => void): Promise<void> {
  const clustersDir = path.join(sharedDir, 'clusters');
  const names = await fs.readdir(clustersDir).catch(() => [] as string[]);
  for (const name of names.filter((entry) => !entry.endsWith('.owner'))) {
    const clusterDir = path.join(clustersDir, name);
    if (!(await isStale(clusterDir))) continue;
    const owner = await readOwner(clusterDir);
    log(
      `Removing the cluster ${clusterDir}${owner ? ` of ${owner.dataDir}, which no longer uses it` : ', which no data folder uses'}`,
    );
    await fs.rm(clusterDir, { recursive: true, force: true });
    await fs.rm(ownerFile(clusterDir), { force: true });
  }
  for (const name of names.filter((entry) => entry.endsWith('.owner'))) {
    const clusterDir = path.join(clustersDir, name.slice(0, -'.owner'.length));
    if (!(await fs.stat(clusterDir).catch(() => undefined))) await fs.rm(path.join(clustersDir, name), { force: true });
  }
}
