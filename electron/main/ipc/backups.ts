// IPC for the backups folder: write one, list them, read one back for a restore.
import {
  desktopChannels,
  listBackupsRequestSchema,
  readBackupRequestSchema,
  writeBackupRequestSchema,
  type ListBackupsResult,
  type ReadBackupResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../../../src/platform/desktop-api';
import type { OriginPolicy } from '../app-origin';
import { handleTrusted, type IpcRegistrar } from './trusted-sender';

export interface BackupServices {
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(): Promise<ListBackupsResult>;
  readBackup(name: string): Promise<ReadBackupResult>;
}

export function registerBackupIpc(ipcMain: IpcRegistrar, policy: OriginPolicy, services: BackupServices): void {
  handleTrusted(ipcMain, policy, desktopChannels.writeBackup, writeBackupRequestSchema, (args) => services.writeBackup(args));
  handleTrusted(ipcMain, policy, desktopChannels.listBackups, listBackupsRequestSchema, () => services.listBackups());
  handleTrusted(ipcMain, policy, desktopChannels.readBackup, readBackupRequestSchema, (args) => services.readBackup(args.name));
}
