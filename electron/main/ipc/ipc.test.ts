import { ZodError } from 'zod';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/platform/desktop-api';
import { createOriginPolicy } from '../app-origin';
import { registerFileIpc, type FileServices } from './files';
import { registerPrintIpc, type PrintServices } from './print';
import { registerSyncFolderIpc, type SyncFolderServices } from './sync-folder';
import { registerBackupIpc, type BackupServices } from './backups';
import { UntrustedSenderError } from './trusted-sender';

vi.mock('electron', () => {
  throw new Error('the IPC handlers should only import types from electron');
});

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handle: vi.fn((channel: string, handler: Handler) => {
      handlers.set(channel, handler);
    }),
    invoke(channel: string, event: unknown, ...args: unknown[]) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
    channels: () => [...handlers.keys()],
  };
}

const sender = { id: 1 };
const fromApp = { senderFrame: { url: 'app://renderer/index.html#/returns', parent: null }, sender };
const noFrame = { senderFrame: null, sender };
const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender };
const otherAppHost = { senderFrame: { url: 'app://evil/index.html', parent: null }, sender };
const subframe = { senderFrame: { url: 'app://renderer/index.html', parent: { url: 'app://renderer/' } }, sender };
const fromDevServer = { senderFrame: { url: 'http://localhost:5173/', parent: null }, sender };

const policy = createOriginPolicy(undefined);

let ipc: ReturnType<typeof fakeIpcMain>;
let files: { [K in keyof FileServices]: ReturnType<typeof vi.fn> };
let printing: { [K in keyof PrintServices]: ReturnType<typeof vi.fn> };
let syncFolder: { [K in keyof SyncFolderServices]: ReturnType<typeof vi.fn> };
let backups: { [K in keyof BackupServices]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  ipc = fakeIpcMain();
  files = {
    saveFile: vi.fn(async () => ({ saved: true, path: '/docs/a.zip' })),
    openFiles: vi.fn(async () => ({ files: [], tooLarge: [] })),
  };
  printing = {
    print: vi.fn(async () => ({ ok: true })),
    printToPdf: vi.fn(async () => ({ saved: false })),
  };
  registerFileIpc(ipc, policy, files as unknown as FileServices);
  registerPrintIpc(ipc, policy, printing as unknown as PrintServices);
  syncFolder = {
    info: vi.fn(async () => ({ path: null })),
    choose: vi.fn(async () => ({ path: '/share/sync' })),
    list: vi.fn(async () => ({ files: [] })),
    read: vi.fn(async () => ({ data: new Uint8Array([1]) })),
    writeOwn: vi.fn(async () => ({ written: true })),
    watch: vi.fn(async () => ({ watching: true })),
  };
  registerSyncFolderIpc(ipc, policy, syncFolder as unknown as SyncFolderServices);
  backups = {
    writeBackup: vi.fn(async () => ({ ok: true, backup: { name: 'QA1-20261125-100000.ckb', size: 1, createdAt: '' } })),
    listBackups: vi.fn(async () => ({ folder: '/data/backups', backups: [] })),
    readBackup: vi.fn(async () => ({ data: new Uint8Array([1]) })),
    listBackupAttachments: vi.fn(async () => ({ sha256: [] })),
    writeBackupAttachment: vi.fn(async () => ({ ok: true })),
    readBackupAttachment: vi.fn(async () => ({ data: new Uint8Array([1]) })),
  };
  registerBackupIpc(ipc, policy, backups as unknown as BackupServices);
});

const goodArgs: Record<keyof typeof desktopChannels, unknown> = {
  saveFile: { suggestedName: 'a.zip', data: new Uint8Array([1]) },
  openFiles: { maxBytes: 1024, multiple: true },
  print: {},
  printToPdf: { suggestedName: '8D-0042', pageSize: 'A4', landscape: false },
  syncFolderInfo: {},
  syncFolderChoose: {},
  syncFolderList: {},
  syncFolderRead: { path: 'QA1-01JD0000000000000000000000/QA1-20261125-100000-7.ckd' },
  syncFolderWriteOwn: { subfolder: 'QA1-01JD0000000000000000000000', name: 'QA1-20261125-100000-7.ckd', data: new Uint8Array([1]) },
  syncFolderWatch: { enabled: true },
  writeBackup: { stationCode: 'QA1', data: new Uint8Array([1]), reason: 'manual' },
  listBackups: {},
  readBackup: { name: 'QA1-20261125-100000.ckb' },
  listBackupAttachments: {},
  writeBackupAttachment: { sha256: 'a'.repeat(64), data: new Uint8Array([1]) },
  readBackupAttachment: { sha256: 'a'.repeat(64) },
};

function allServiceMocks() {
  return [files.saveFile, files.openFiles, printing.print, printing.printToPdf, ...Object.values(syncFolder), ...Object.values(backups)];
}

describe('IPC registration', () => {
  it('registers exactly the four contract channels', () => {
    expect(ipc.channels().sort()).toEqual(Object.values(desktopChannels).sort());
  });
});

describe.each(Object.entries(desktopChannels) as Array<[keyof typeof desktopChannels, string]>)(
  'channel %s',
  (method, channel) => {
    it('refuses a call with no sender frame', async () => {
      await expect(ipc.invoke(channel, noFrame, goodArgs[method])).rejects.toThrow(UntrustedSenderError);
      for (const service of allServiceMocks()) expect(service).not.toHaveBeenCalled();
    });

    it('refuses a foreign origin, another app:// host, a subframe and the dev server in production', async () => {
      for (const event of [foreign, otherAppHost, subframe, fromDevServer]) {
        await expect(ipc.invoke(channel, event, goodArgs[method])).rejects.toThrow(/refused/);
      }
      for (const service of allServiceMocks()) expect(service).not.toHaveBeenCalled();
    });

    it('refuses malformed arguments with a zod error', async () => {
      await expect(ipc.invoke(channel, fromApp, { unexpected: true })).rejects.toBeInstanceOf(ZodError);
      await expect(ipc.invoke(channel, fromApp, 'nonsense')).rejects.toBeInstanceOf(ZodError);
      for (const service of allServiceMocks()) expect(service).not.toHaveBeenCalled();
    });
  },
);

describe('saveFile handler', () => {
  it('passes valid arguments and the sender to the service', async () => {
    const result = await ipc.invoke(desktopChannels.saveFile, fromApp, goodArgs.saveFile);
    expect(result).toEqual({ saved: true, path: '/docs/a.zip' });
    expect(files.saveFile).toHaveBeenCalledWith(goodArgs.saveFile, sender);
  });

  it.each([
    ['a path in the name', { suggestedName: '../../.bashrc', data: new Uint8Array([1]) }],
    ['a Windows path in the name', { suggestedName: 'C:\\Windows\\a.dll', data: new Uint8Array([1]) }],
    ['a dot-dot name', { suggestedName: '..', data: new Uint8Array([1]) }],
    ['an empty name', { suggestedName: '', data: new Uint8Array([1]) }],
    ['data that is not bytes', { suggestedName: 'a.zip', data: [1, 2, 3] }],
    ['a bad filter extension', { suggestedName: 'a.zip', data: new Uint8Array([1]), filters: [{ name: 'x', extensions: ['../x'] }] }],
  ])('refuses %s and writes nothing', async (_label, args) => {
    await expect(ipc.invoke(desktopChannels.saveFile, fromApp, args)).rejects.toBeInstanceOf(ZodError);
    expect(files.saveFile).not.toHaveBeenCalled();
  });

  it('refuses data over 200 MB without calling the service', async () => {
    const huge = { byteLength: 200 * 1024 * 1024 + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    await expect(ipc.invoke(desktopChannels.saveFile, fromApp, { suggestedName: 'a.zip', data: huge })).rejects.toThrow(
      /larger than 200 MB/,
    );
    expect(files.saveFile).not.toHaveBeenCalled();
  });
});

describe('openFiles handler', () => {
  it('passes valid arguments to the service', async () => {
    await ipc.invoke(desktopChannels.openFiles, fromApp, goodArgs.openFiles);
    expect(files.openFiles).toHaveBeenCalledWith(goodArgs.openFiles, sender);
  });

  it('refuses a missing, zero or oversized maxBytes', async () => {
    for (const maxBytes of [undefined, 0, -1, 1.5, 201 * 1024 * 1024]) {
      await expect(ipc.invoke(desktopChannels.openFiles, fromApp, { maxBytes })).rejects.toBeInstanceOf(ZodError);
    }
    expect(files.openFiles).not.toHaveBeenCalled();
  });
});

describe('print handlers', () => {
  it('prints the sender', async () => {
    expect(await ipc.invoke(desktopChannels.print, fromApp, {})).toEqual({ ok: true });
    expect(printing.print).toHaveBeenCalledWith(sender);
  });

  it('prints the sender to PDF with valid options only', async () => {
    await ipc.invoke(desktopChannels.printToPdf, fromApp, goodArgs.printToPdf);
    expect(printing.printToPdf).toHaveBeenCalledWith(goodArgs.printToPdf, sender);
    await expect(
      ipc.invoke(desktopChannels.printToPdf, fromApp, { suggestedName: 'x', pageSize: 'Letter', landscape: false }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(printing.printToPdf).toHaveBeenCalledTimes(1);
  });
});

describe('in development', () => {
  it('trusts the dev server page', async () => {
    const devIpc = fakeIpcMain();
    registerPrintIpc(devIpc, createOriginPolicy('http://localhost:5173/'), printing as unknown as PrintServices);
    expect(await devIpc.invoke(desktopChannels.print, fromDevServer, {})).toEqual({ ok: true });
    await expect(devIpc.invoke(desktopChannels.print, foreign, {})).rejects.toThrow(UntrustedSenderError);
  });
});
