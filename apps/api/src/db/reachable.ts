import fs from 'node:fs/promises';
import path from 'node:path';

export interface Account {
  uid: number;
  gid: number;
}

function permits(stat: { uid: number; gid: number; mode: number }, account: Account, bit: number): boolean {
  if (stat.uid === account.uid) return (stat.mode & (bit << 6)) !== 0;
  if (stat.gid === account.gid) return (stat.mode & (bit << 3)) !== 0;
  return (stat.mode & bit) !== 0;
}

/**
 * Whether `account` can reach `target`: search permission on every existing ancestor folder.
 * (Root can reach everything, so `fs.access` as root cannot answer this for another account.)
 */
export async function fileIsReachableBy(target: string, account: Account): Promise<boolean> {
  const absolute = path.resolve(target);
  const ancestors: string[] = [];
  for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of ancestors) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (!stat) return true; // it will be created by root with default (searchable) permissions
    if (!permits(stat, account, 0o1)) return false;
  }
  return true;
}
