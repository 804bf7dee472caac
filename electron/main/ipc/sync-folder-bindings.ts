// Binds the sync folder service to Electron: the folder dialog on the sender's
// window, the choice file in userData, fs.watch, and the change event sent to
// the window that asked to watch. Thin on purpose: the logic is in ../services.
import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import nodePath from 'node:path';
import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { SYNC_SUBFOLDER_PATTERN, desktopEventChannels } from '../../../src/platform/desktop-api';
import { createSyncFolderService, type SyncFolderService } from '../services/sync-folder-service';
import type { SyncFolderServices } from './sync-folder';

let service: SyncFolderService | null = null;

function getService(): SyncFolderService {
  service ??= createSyncFolderService({
    choiceFile: nodePath.join(app.getPath('userData'), 'sync-folder.json'),
    watch: {
      watch: (path, options, listener) => watch(path, { recursive: options.recursive, persistent: false }, listener),
      listSubfolders: async (root) =>
        (await readdir(root, { withFileTypes: true }))
          .filter((entry) => entry.isDirectory() && SYNC_SUBFOLDER_PATTERN.test(entry.name))
          .map((entry) => nodePath.join(root, entry.name)),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
  });
  return service;
}

async function pickFolder(sender: WebContents): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(sender);
  const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const watchedSenders = new Set<number>();

function notifier(sender: WebContents): () => void {
  return () => {
    if (!sender.isDestroyed()) sender.send(desktopEventChannels.onSyncFolderChanged);
  };
}

export const electronSyncFolderServices: SyncFolderServices = {
  info: () => getService().info(),
  choose: (sender) => getService().choose(() => pickFolder(sender)),
  list: () => getService().list(),
  read: async (path) => ({ data: await getService().read(path) }),
  writeOwn: async (subfolder, name, data) => {
    await getService().writeOwn(subfolder, name, data);
    return { written: true };
  },
  watch: async (enabled, sender) => {
    const key = sender.id;
    if (!watchedSenders.has(key)) {
      watchedSenders.add(key);
      // A closed or reloaded window must not keep a watcher open.
      sender.once('destroyed', () => {
        watchedSenders.delete(key);
        void getService().watch(key, false, () => undefined);
      });
    }
    return { watching: await getService().watch(key, enabled, notifier(sender)) };
  },
};
