import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { desktopEventChannels } from '../../../src/platform/desktop-api';

const dirs = vi.hoisted(() => ({ userData: '', share: '' }));
const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => dirs.userData) },
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 'main-window' })) },
}));
vi.mock('electron', () => electron);

dirs.userData = await mkdtemp(nodePath.join(tmpdir(), 'sync-bindings-user-'));
dirs.share = await mkdtemp(nodePath.join(tmpdir(), 'sync-bindings-share-'));
const { electronSyncFolderServices: services } = await import('./sync-folder-bindings');

afterAll(async () => {
  await rm(dirs.userData, { recursive: true, force: true });
  await rm(dirs.share, { recursive: true, force: true });
});

function fakeSender(id: number) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { id, send: vi.fn(), isDestroyed: () => false });
}

const OWN = 'QA1-01JD0000000000000000000001';
const NAME = 'QA1-20261125-100000-7.ckd';

describe('electron sync folder bindings', () => {
  it('asks for a folder on the sender window, remembers it in userData, then writes and reads inside it', async () => {
    const sender = fakeSender(1);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dirs.share] });
    expect(await services.choose(sender as never)).toEqual({ path: dirs.share });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ id: 'main-window' }, { properties: ['openDirectory', 'createDirectory'] });
    expect(await services.info()).toEqual({ path: dirs.share });
    expect(await services.writeOwn(OWN, NAME, new Uint8Array([4, 2]))).toEqual({ written: true });
    expect(await services.list()).toEqual({ files: [{ path: `${OWN}/${NAME}`, size: 2 }] });
    expect(await services.read(`${OWN}/${NAME}`)).toEqual({ data: new Uint8Array([4, 2]) });
  });

  it('tells the watching window when another station adds a bundle, then stops watching', async () => {
    const sender = fakeSender(2);
    expect(await services.watch(true, sender as never)).toEqual({ watching: true });
    await mkdir(nodePath.join(dirs.share, 'WH1-01JD0000000000000000000002'));
    await services.writeOwn(OWN, 'QA1-20261125-100000-8.ckd', new Uint8Array([1]));
    // fs.watch and the debounce are real here: wait for the event, assert nothing about how long it took.
    await vi.waitFor(() => expect(sender.send).toHaveBeenCalledWith(desktopEventChannels.onSyncFolderChanged), { timeout: 15_000, interval: 100 });
    sender.emit('destroyed');
    expect(await services.watch(false, sender as never)).toEqual({ watching: false });
  });
});
