import type { OriginPolicy } from '../app-origin';
import { electronFileServices, electronPrintServices } from './bindings';
import { registerFileIpc } from './files';
import { registerBackupIpc } from './backups';
import { electronBackupServices } from './backups-bindings';
import { registerPrintIpc } from './print';
import { electronSyncFolderServices } from './sync-folder-bindings';
import { registerSyncFolderIpc } from './sync-folder';
import type { IpcRegistrar } from './trusted-sender';

export function registerIpc(ipcMain: IpcRegistrar, policy: OriginPolicy): void {
  registerFileIpc(ipcMain, policy, electronFileServices);
  registerPrintIpc(ipcMain, policy, electronPrintServices);
  registerSyncFolderIpc(ipcMain, policy, electronSyncFolderServices);
  registerBackupIpc(ipcMain, policy, electronBackupServices);
}
