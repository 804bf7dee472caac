import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncFolderAccessError, listBundleFiles, readBundleFile, writeOwnFile } from './sync-folder';

const OWN = 'QA1-01JD0000000000000000000001';
const OTHER = 'WH1-01JD0000000000000000000002';
const NAME = 'QA1-20261125-100000-7.ckd';
const OTHER_NAME = 'WH1-20261125-110000-3.ckd';

let base: string;
let root: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(nodePath.join(tmpdir(), 'sync-folder-'));
  root = nodePath.join(base, 'share');
  outside = nodePath.join(base, 'elsewhere');
  await mkdir(root);
  await mkdir(outside);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const refusal = (code: string) => expect.objectContaining({ name: 'SyncFolderAccessError', code });

describe('writing own bundles', () => {
  it('creates the subfolder and leaves only the finished file, no temporary one', async () => {
    await writeOwnFile(root, OWN, NAME, new Uint8Array([1, 2, 3]));
    expect(await readdir(nodePath.join(root, OWN))).toEqual([NAME]);
    expect([...(await readFile(nodePath.join(root, OWN, NAME)))]).toEqual([1, 2, 3]);
  });

  it.each([
    ['a subfolder with a path', '../QA1-01JD0000000000000000000001', NAME],
    ['a subfolder that is not a station', 'tmp', NAME],
    ['a name with a path', OWN, `../${NAME}`],
    ['a temporary name', OWN, `.${NAME}.tmp`],
    ['a conflict copy', OWN, `${NAME}.sync-conflict-20261125-1`],
  ])('refuses %s and writes nothing', async (_label, subfolder, name) => {
    await expect(writeOwnFile(root, subfolder, name, new Uint8Array([1]))).rejects.toEqual(refusal('badPath'));
    expect(await readdir(root)).toEqual([]);
    expect(await readdir(base)).toEqual(['elsewhere', 'share']);
  });

  it('refuses to write through a subfolder that is a symlink to elsewhere', async () => {
    await symlink(outside, nodePath.join(root, OWN), 'dir');
    await expect(writeOwnFile(root, OWN, NAME, new Uint8Array([1]))).rejects.toBeInstanceOf(SyncFolderAccessError);
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('listing', () => {
  it('lists bundles one level down and ignores temporary, conflict, stray and nested files', async () => {
    await writeOwnFile(root, OWN, NAME, new Uint8Array([1, 2]));
    await mkdir(nodePath.join(root, OTHER, 'nested'), { recursive: true });
    await writeFile(nodePath.join(root, OTHER, OTHER_NAME), 'abcd');
    await writeFile(nodePath.join(root, OTHER, `${OTHER_NAME}.sync-conflict-20261125-110500-ABCDEFG`), 'x');
    await writeFile(nodePath.join(root, OTHER, `.${OTHER_NAME}.1a2b.tmp`), 'x');
    await writeFile(nodePath.join(root, OTHER, `~syncthing~${OTHER_NAME}.tmp`), 'x');
    await writeFile(nodePath.join(root, OTHER, 'nested', OTHER_NAME), 'x');
    await writeFile(nodePath.join(root, OTHER, 'notes.txt'), 'x');
    await writeFile(nodePath.join(root, OTHER_NAME), 'x');
    await mkdir(nodePath.join(root, '.stfolder'));
    const files = await listBundleFiles(root);
    expect(files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: `${OWN}/${NAME}`, size: 2 },
      { path: `${OTHER}/${OTHER_NAME}`, size: 4 },
    ]);
  });

  it('does not follow a symlinked subfolder or a symlinked file', async () => {
    await writeFile(nodePath.join(outside, OTHER_NAME), 'secret');
    await symlink(outside, nodePath.join(root, OTHER), 'dir');
    await mkdir(nodePath.join(root, OWN));
    await symlink(nodePath.join(outside, OTHER_NAME), nodePath.join(root, OWN, NAME));
    expect(await listBundleFiles(root)).toEqual([]);
  });

  it('stops at the file and subfolder caps', async () => {
    for (const i of [1, 2, 3]) await writeOwnFile(root, OWN, `QA1-20261125-100000-${i}.ckd`, new Uint8Array([i]));
    await writeOwnFile(root, OTHER, OTHER_NAME, new Uint8Array([9]));
    expect(await listBundleFiles(root, { maxFileBytes: 10, maxSubfolders: 10, maxFiles: 2 })).toHaveLength(2);
    expect((await listBundleFiles(root, { maxFileBytes: 10, maxSubfolders: 1, maxFiles: 100 })).map((f) => f.path.split('/')[0])).toEqual([OWN, OWN, OWN]);
  });
});

describe('reading', () => {
  it('reads a bundle by its relative path', async () => {
    await writeOwnFile(root, OTHER, OTHER_NAME, new Uint8Array([7, 8, 9]));
    expect([...(await readBundleFile(root, `${OTHER}/${OTHER_NAME}`))]).toEqual([7, 8, 9]);
  });

  it.each([
    ['a parent path', `../elsewhere/${OTHER_NAME}`],
    ['a parent inside the path', `${OTHER}/../${OTHER}/${OTHER_NAME}`],
    ['an absolute path', `/etc/${OTHER_NAME}`],
    ['a Windows path', `${OTHER}\\${OTHER_NAME}`],
    ['a nested path', `${OTHER}/nested/${OTHER_NAME}`],
    ['a conflict copy', `${OTHER}/${OTHER_NAME}.sync-conflict-1`],
    ['a temporary file', `${OTHER}/.${OTHER_NAME}.tmp`],
    ['a bare name', OTHER_NAME],
  ])('refuses %s before touching the disk', async (_label, path) => {
    await expect(readBundleFile(root, path)).rejects.toEqual(refusal('badPath'));
  });

  it('refuses a symlinked subfolder that escapes the root', async () => {
    await writeFile(nodePath.join(outside, OTHER_NAME), 'secret');
    await symlink(outside, nodePath.join(root, OTHER), 'dir');
    await expect(readBundleFile(root, `${OTHER}/${OTHER_NAME}`)).rejects.toEqual(refusal('outsideRoot'));
  });

  it('refuses a bundle that is a symlink, even to a file inside the root', async () => {
    await writeOwnFile(root, OWN, NAME, new Uint8Array([1]));
    await mkdir(nodePath.join(root, OTHER));
    await symlink(nodePath.join(root, OWN, NAME), nodePath.join(root, OTHER, OTHER_NAME));
    await expect(readBundleFile(root, `${OTHER}/${OTHER_NAME}`)).rejects.toEqual(refusal('notAFile'));
  });

  it('refuses a file over the size cap without reading it', async () => {
    await writeOwnFile(root, OTHER, OTHER_NAME, new Uint8Array(11));
    await expect(readBundleFile(root, `${OTHER}/${OTHER_NAME}`, { maxFileBytes: 10, maxSubfolders: 10, maxFiles: 10 })).rejects.toEqual(
      refusal('tooLarge'),
    );
  });
});
