import { describe, expect, it, vi } from 'vitest';
import {
  desktopChannels,
  desktopEventChannels,
  isSyncBundlePath,
  syncFolderReadRequestSchema,
  syncFolderWriteOwnRequestSchema,
  type DesktopApi,
} from './desktop-api';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';

const SUB = 'WH1-01JD0000000000000000000002';
const FILE = `${SUB}/WH1-20261125-110000-3.ckd`;

describe('sync folder contract', () => {
  it('event channels are distinct from every request channel', () => {
    const invoke = new Set<string>(Object.values(desktopChannels));
    for (const channel of Object.values(desktopEventChannels)) expect(invoke.has(channel)).toBe(false);
  });

  it('accepts only "<station subfolder>/<bundle name>" paths', () => {
    expect(isSyncBundlePath(FILE)).toBe(true);
    for (const path of [
      '', SUB, 'WH1-20261125-110000-3.ckd', `../${FILE}`, `/${FILE}`, `${SUB}/../${FILE}`, `${SUB}//WH1-20261125-110000-3.ckd`,
      `${FILE}.sync-conflict-1`, `${SUB}/.WH1-20261125-110000-3.ckd.tmp`, `${SUB}\\WH1-20261125-110000-3.ckd`,
      `wh1-01JD0000000000000000000002/WH1-20261125-110000-3.ckd`, `${SUB}/WH1-20261125-110000-3.zip`, `${SUB}/x/${FILE}`,
    ]) {
      expect(isSyncBundlePath(path), path).toBe(false);
      expect(syncFolderReadRequestSchema.safeParse({ path }).success, path).toBe(false);
    }
  });

  it('writes take a subfolder, a bundle name and bytes, nothing else', () => {
    const ok = { subfolder: SUB, name: 'WH1-20261125-110000-4.ckd', data: new Uint8Array([1]) };
    expect(syncFolderWriteOwnRequestSchema.safeParse(ok).success).toBe(true);
    expect(syncFolderWriteOwnRequestSchema.safeParse({ ...ok, folder: '/tmp' }).success).toBe(false);
    expect(syncFolderWriteOwnRequestSchema.safeParse({ ...ok, subfolder: '..' }).success).toBe(false);
  });
});

function fakeBridge() {
  const listeners = new Set<() => void>();
  const api = {
    syncFolderInfo: vi.fn(async () => ({ path: '/share' as string | null })),
    syncFolderChoose: vi.fn(async () => ({ path: '/share/new' as string | null })),
    syncFolderList: vi.fn(async () => ({ files: [{ path: FILE, size: 3 }] })),
    syncFolderRead: vi.fn(async () => ({ data: new Uint8Array([1, 2, 3]) })),
    syncFolderWriteOwn: vi.fn(async () => ({ written: true })),
    syncFolderWatch: vi.fn(async ({ enabled }: { enabled: boolean }) => ({ watching: enabled })),
    onSyncFolderChanged: vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  return { api: api as unknown as DesktopApi & typeof api, listeners };
}

describe('desktop sync folder', () => {
  it('forwards list, read and write as relative paths', async () => {
    const { api } = fakeBridge();
    const folder = createDesktopPlatform(api).syncFolder;
    expect(await folder?.current()).toBe('/share');
    expect(await folder?.choose()).toBe('/share/new');
    expect(await folder?.list()).toEqual([{ path: FILE, size: 3 }]);
    expect(await folder?.read(FILE)).toEqual(new Uint8Array([1, 2, 3]));
    expect(api.syncFolderRead).toHaveBeenCalledWith({ path: FILE });
    const bytes = new Uint8Array([9]);
    await folder?.writeOwn(SUB, 'WH1-20261125-110000-4.ckd', bytes);
    expect(api.syncFolderWriteOwn).toHaveBeenCalledWith({ subfolder: SUB, name: 'WH1-20261125-110000-4.ckd', data: bytes });
  });

  it('subscribes before asking main to watch, and undoes both when stopped', async () => {
    const { api, listeners } = fakeBridge();
    const onChange = vi.fn();
    const stop = createDesktopPlatform(api).syncFolder?.watch(onChange);
    expect(api.onSyncFolderChanged.mock.invocationCallOrder[0]).toBeLessThan(api.syncFolderWatch.mock.invocationCallOrder[0] ?? 0);
    expect(api.syncFolderWatch).toHaveBeenCalledWith({ enabled: true });
    for (const listener of listeners) listener();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop?.();
    expect(listeners.size).toBe(0);
    await vi.waitFor(() => expect(api.syncFolderWatch).toHaveBeenLastCalledWith({ enabled: false }));
  });

  it('keeps "sync now" usable when the folder cannot be watched', async () => {
    const { api } = fakeBridge();
    api.syncFolderWatch.mockRejectedValueOnce(new Error('sync folder: noFolder'));
    const stop = createDesktopPlatform(api).syncFolder?.watch(() => undefined);
    stop?.();
    await vi.waitFor(() => expect(api.syncFolderWatch).toHaveBeenCalledTimes(2));
  });
});

describe('browser sync folder', () => {
  it('is unavailable: the card says it needs the desktop app', () => {
    const env = { document: {} as Document, print: vi.fn(), createObjectURL: vi.fn(), revokeObjectURL: vi.fn(), setTimeout: vi.fn() };
    expect(createBrowserPlatform(env).syncFolder).toBeNull();
  });
});
