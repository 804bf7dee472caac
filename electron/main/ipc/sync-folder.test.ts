import { ZodError } from 'zod';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/platform/desktop-api';
import { createOriginPolicy } from '../app-origin';
import { registerSyncFolderIpc, type SyncFolderServices } from './sync-folder';
import { UntrustedSenderError } from './trusted-sender';

vi.mock('electron', () => {
  throw new Error('the IPC handlers should only import types from electron');
});

type Handler = (event: unknown, raw: unknown) => Promise<unknown>;

const SUB = 'WH1-01JD0000000000000000000002';
const FILE = `${SUB}/WH1-20261125-110000-3.ckd`;
const sender = { id: 7 };
const fromApp = { senderFrame: { url: 'app://renderer/index.html#/sync', parent: null }, sender };
const noFrame = { senderFrame: null, sender };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender };

let handlers: Map<string, Handler>;
let services: { [K in keyof SyncFolderServices]: ReturnType<typeof vi.fn> };

const invoke = (channel: string, event: unknown, raw: unknown) => {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, raw);
};

beforeEach(() => {
  handlers = new Map();
  services = {
    info: vi.fn(async () => ({ path: '/share' })),
    choose: vi.fn(async () => ({ path: '/share' })),
    list: vi.fn(async () => ({ files: [{ path: FILE, size: 3 }] })),
    read: vi.fn(async () => ({ data: new Uint8Array([1, 2, 3]) })),
    writeOwn: vi.fn(async () => ({ written: true })),
    watch: vi.fn(async () => ({ watching: true })),
  };
  registerSyncFolderIpc(
    { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
    createOriginPolicy(undefined),
    services as unknown as SyncFolderServices,
  );
});

describe('sync folder IPC', () => {
  it('registers the six sync folder channels', () => {
    expect([...handlers.keys()].sort()).toEqual(
      [
        desktopChannels.syncFolderInfo,
        desktopChannels.syncFolderChoose,
        desktopChannels.syncFolderList,
        desktopChannels.syncFolderRead,
        desktopChannels.syncFolderWriteOwn,
        desktopChannels.syncFolderWatch,
      ].sort(),
    );
  });

  it('refuses callers without a frame or from a foreign origin, before any service runs', async () => {
    for (const channel of handlers.keys()) {
      await expect(invoke(channel, noFrame, {})).rejects.toThrow(UntrustedSenderError);
      await expect(invoke(channel, foreign, {})).rejects.toThrow(UntrustedSenderError);
    }
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('passes a valid relative bundle path to read', async () => {
    expect(await invoke(desktopChannels.syncFolderRead, fromApp, { path: FILE })).toEqual({ data: new Uint8Array([1, 2, 3]) });
    expect(services.read).toHaveBeenCalledWith(FILE);
  });

  it.each([
    ['a parent path', `../${FILE}`],
    ['a parent in the middle', `${SUB}/../${FILE}`],
    ['an absolute path', `/home/qa/${FILE}`],
    ['a Windows absolute path', `C:\\share\\${FILE}`],
    ['backslashes', FILE.replace('/', '\\')],
    ['a conflict copy', `${FILE}.sync-conflict-20261125-1`],
    ['a temporary file', `${SUB}/.WH1-20261125-110000-3.ckd.tmp`],
    ['a nested path', `${SUB}/x/WH1-20261125-110000-3.ckd`],
    ['an empty path', ''],
    ['not a string', 42],
  ])('refuses to read %s', async (_label, path) => {
    await expect(invoke(desktopChannels.syncFolderRead, fromApp, { path })).rejects.toBeInstanceOf(ZodError);
    expect(services.read).not.toHaveBeenCalled();
  });

  it('refuses a folder or extra keys from the renderer: it never names the folder', async () => {
    for (const channel of [desktopChannels.syncFolderChoose, desktopChannels.syncFolderList, desktopChannels.syncFolderInfo]) {
      await expect(invoke(channel, fromApp, { folder: '/etc' })).rejects.toBeInstanceOf(ZodError);
    }
    await expect(invoke(desktopChannels.syncFolderRead, fromApp, { path: FILE, root: '/' })).rejects.toBeInstanceOf(ZodError);
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('writes own bundles with a station subfolder and a bundle name only', async () => {
    const data = new Uint8Array([9]);
    await invoke(desktopChannels.syncFolderWriteOwn, fromApp, { subfolder: SUB, name: 'WH1-20261125-110000-4.ckd', data });
    expect(services.writeOwn).toHaveBeenCalledWith(SUB, 'WH1-20261125-110000-4.ckd', data);
    for (const bad of [
      { subfolder: `../${SUB}`, name: 'WH1-20261125-110000-4.ckd', data },
      { subfolder: SUB, name: '../WH1-20261125-110000-4.ckd', data },
      { subfolder: SUB, name: 'WH1-20261125-110000-4.ckd.tmp', data },
      { subfolder: SUB, name: 'WH1-20261125-110000-4.ckd', data: [1, 2] },
    ]) {
      await expect(invoke(desktopChannels.syncFolderWriteOwn, fromApp, bad)).rejects.toBeInstanceOf(ZodError);
    }
    expect(services.writeOwn).toHaveBeenCalledTimes(1);
  });

  it('hands the sender to choose and watch (the dialog parent, the window to notify)', async () => {
    await invoke(desktopChannels.syncFolderChoose, fromApp, {});
    expect(services.choose).toHaveBeenCalledWith(sender);
    await invoke(desktopChannels.syncFolderWatch, fromApp, { enabled: true });
    expect(services.watch).toHaveBeenCalledWith(true, sender);
    await expect(invoke(desktopChannels.syncFolderWatch, fromApp, { enabled: 'yes' })).rejects.toBeInstanceOf(ZodError);
  });
});
