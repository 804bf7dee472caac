// IPC for the sync folder: pick and remember a folder, list/read bundles by
// relative path, write this station's own bundles, watch for changes. Every
// path argument is parsed against the bundle path pattern before the service runs.
import type { WebContents } from 'electron';
import {
  desktopChannels,
  syncFolderChooseRequestSchema,
  syncFolderInfoRequestSchema,
  syncFolderListRequestSchema,
  syncFolderReadRequestSchema,
  syncFolderWatchRequestSchema,
  syncFolderWriteOwnRequestSchema,
  type SyncFolderInfo,
  type SyncFolderListing,
  type SyncFolderReadResult,
  type SyncFolderWatchResult,
  type SyncFolderWriteResult,
} from '../../../src/platform/desktop-api';
import type { OriginPolicy } from '../app-origin';
import { handleTrusted, type IpcRegistrar } from './trusted-sender';

export interface SyncFolderServices {
  info(): Promise<SyncFolderInfo>;
  choose(sender: WebContents): Promise<SyncFolderInfo>;
  list(): Promise<SyncFolderListing>;
  read(path: string): Promise<SyncFolderReadResult>;
  writeOwn(subfolder: string, name: string, data: Uint8Array): Promise<SyncFolderWriteResult>;
  /** Changes are announced to the sender that asked, on its own webContents. */
  watch(enabled: boolean, sender: WebContents): Promise<SyncFolderWatchResult>;
}

export function registerSyncFolderIpc(ipcMain: IpcRegistrar, policy: OriginPolicy, services: SyncFolderServices): void {
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderInfo, syncFolderInfoRequestSchema, () => services.info());
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderChoose, syncFolderChooseRequestSchema, (_args, event) =>
    services.choose(event.sender),
  );
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderList, syncFolderListRequestSchema, () => services.list());
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderRead, syncFolderReadRequestSchema, (args) => services.read(args.path));
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderWriteOwn, syncFolderWriteOwnRequestSchema, (args) =>
    services.writeOwn(args.subfolder, args.name, args.data),
  );
  handleTrusted(ipcMain, policy, desktopChannels.syncFolderWatch, syncFolderWatchRequestSchema, (args, event) =>
    services.watch(args.enabled, event.sender),
  );
}
