import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileIsReachableBy } from './reachable';

const stranger = { uid: 54_321, gid: 54_321 };

describe('fileIsReachableBy', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'reachable-'));
    await fs.chmod(root, 0o755);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('is true when every folder on the way is searchable by others', async () => {
    await fs.mkdir(path.join(root, 'a/b'), { recursive: true, mode: 0o755 });
    expect(await fileIsReachableBy(path.join(root, 'a/b/file'), stranger)).toBe(true);
  });

  it('is false when a folder on the way is private (0700), as a home folder often is', async () => {
    await fs.mkdir(path.join(root, 'home/b'), { recursive: true });
    await fs.chmod(path.join(root, 'home'), 0o700);
    expect(await fileIsReachableBy(path.join(root, 'home/b/file'), stranger)).toBe(false);
  });

  it('uses the owner bits for the owner', async () => {
    const { uid, gid } = await fs.stat(root);
    await fs.mkdir(path.join(root, 'mine'), { mode: 0o700 });
    expect(await fileIsReachableBy(path.join(root, 'mine/file'), { uid, gid })).toBe(true);
  });

  it('treats folders that do not exist yet as reachable (they are created searchable)', async () => {
    expect(await fileIsReachableBy(path.join(root, 'new/deeper/file'), stranger)).toBe(true);
  });
});
