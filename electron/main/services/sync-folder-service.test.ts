import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncFolderService, loadChoice } from './sync-folder-service';
import type { WatchDeps } from './sync-folder-watch';

const OWN = 'QA1-01JD0000000000000000000001';
const RENAMED = 'QA9-01JD0000000000000000000001';
const OTHER = 'WH1-01JD0000000000000000000002';
const NAME = 'QA1-20261125-100000-7.ckd';

let base: string;
let share: string;
let choiceFile: string;

beforeEach(async () => {
  base = await mkdtemp(nodePath.join(tmpdir(), 'sync-folder-service-'));
  share = nodePath.join(base, 'share');
  choiceFile = nodePath.join(base, 'sync-folder.json');
  await mkdir(share);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function watchDeps(): WatchDeps & { closed: number } {
  const deps = {
    closed: 0,
    watch: vi.fn(() => ({ close: () => void (deps.closed += 1), on: () => undefined })),
    listSubfolders: async () => [],
    setTimeout: () => 0,
    clearTimeout: () => undefined,
  };
  return deps;
}

describe('sync folder service', () => {
  it('knows no folder at first and refuses to list, read or write', async () => {
    const service = createSyncFolderService({ choiceFile, watch: watchDeps() });
    expect(await service.info()).toEqual({ path: null });
    await expect(service.list()).rejects.toMatchObject({ code: 'noFolder' });
    await expect(service.read(`${OTHER}/WH1-20261125-110000-3.ckd`)).rejects.toMatchObject({ code: 'noFolder' });
    await expect(service.writeOwn(OWN, NAME, new Uint8Array([1]))).rejects.toMatchObject({ code: 'noFolder' });
  });

  it('remembers the folder picked in the dialog; a cancelled dialog changes nothing', async () => {
    const service = createSyncFolderService({ choiceFile, watch: watchDeps() });
    expect(await service.choose(async () => share)).toEqual({ path: share });
    expect(await service.choose(async () => null)).toEqual({ path: share });
    // A second instance (the next app start) reads the same choice.
    expect(await createSyncFolderService({ choiceFile, watch: watchDeps() }).info()).toEqual({ path: share });
    await service.writeOwn(OWN, NAME, new Uint8Array([1, 2]));
    expect(await service.list()).toEqual({ files: [{ path: `${OWN}/${NAME}`, size: 2 }] });
    expect([...(await service.read(`${OWN}/${NAME}`))]).toEqual([1, 2]);
  });

  it('refuses a chosen path that is not a folder', async () => {
    const file = nodePath.join(base, 'a-file');
    await writeFile(file, 'x');
    const service = createSyncFolderService({ choiceFile, watch: watchDeps() });
    await expect(service.choose(async () => file)).rejects.toMatchObject({ code: 'noFolder' });
    expect(await loadChoice(choiceFile)).toBeNull();
  });

  it('writes for one station only: a renamed code is fine, another station id is refused', async () => {
    const service = createSyncFolderService({ choiceFile, watch: watchDeps() });
    await service.choose(async () => share);
    await service.writeOwn(OWN, NAME, new Uint8Array([1]));
    await service.writeOwn(RENAMED, 'QA9-20261125-120000-8.ckd', new Uint8Array([2]));
    await expect(service.writeOwn(OTHER, 'WH1-20261125-110000-3.ckd', new Uint8Array([3]))).rejects.toMatchObject({ code: 'notOwnSubfolder' });
    expect((await readdir(share)).sort()).toEqual([OWN, RENAMED]);
    // Choosing the folder again starts over (e.g. after restoring the station from a backup).
    await service.choose(async () => share);
    await service.writeOwn(OTHER, 'WH1-20261125-110000-3.ckd', new Uint8Array([3]));
  });

  it('ignores a remembered choice that is not ours', async () => {
    await writeFile(choiceFile, JSON.stringify({ version: 1, folder: share, extra: true }));
    expect(await createSyncFolderService({ choiceFile, watch: watchDeps() }).info()).toEqual({ path: null });
    await writeFile(choiceFile, '{not json');
    expect(await createSyncFolderService({ choiceFile, watch: watchDeps() }).info()).toEqual({ path: null });
  });

  it('keeps one watcher per window, replaces it, stops it, and stops all on a new folder', async () => {
    const deps = watchDeps();
    const service = createSyncFolderService({ choiceFile, watch: deps });
    await expect(service.watch(1, true, () => undefined)).rejects.toMatchObject({ code: 'noFolder' });
    await service.choose(async () => share);
    expect(await service.watch(1, true, () => undefined)).toBe(true);
    expect(await service.watch(1, true, () => undefined)).toBe(true);
    expect(await service.watch(2, true, () => undefined)).toBe(true);
    expect(deps.watch).toHaveBeenCalledTimes(3);
    expect(deps.closed).toBe(1);
    expect(await service.watch(2, false, () => undefined)).toBe(false);
    expect(deps.closed).toBe(2);
    await service.choose(async () => share);
    expect(deps.closed).toBe(3);
    expect(JSON.parse(await readFile(choiceFile, 'utf8'))).toEqual({ version: 1, folder: share });
  });
});
