// IPC for the backups folder: write one, list them, read one back for a restore;
// and the attachments the backups share, stored once each by hash.
import {
  desktopChannels,
  listBackupAttachmentsRequestSchema,
  listBackupsRequestSchema,
  readBackupAttachmentRequestSchema,
  readBackupRequestSchema,
  writeBackupAttachmentRequestSchema,
  writeBackupRequestSchema,
  type ListBackupAttachmentsResult,
  type ListBackupsResult,
  type ReadBackupResult,
  type WriteBackupAttachmentRequest,
  type WriteBackupAttachmentResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../../../src/platform/desktop-api';
import type { OriginPolicy } from '../app-origin';
import { handleTrusted, type IpcRegistrar } from './trusted-sender';

export interface BackupServices {
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(): Promise<ListBackupsResult>;
  readBackup(name: string): Promise<ReadBackupResult>;
  listBackupAttachments(): Promise<ListBackupAttachmentsResult>;
  writeBackupAttachment(request: WriteBackupAttachmentRequest): Promise<WriteBackupAttachmentResult>;
  readBackupAttachment(sha256: string): Promise<ReadBackupResult>;
}

export function registerBackupIpc(ipcMain: IpcRegistrar, policy: OriginPolicy, services: BackupServices): void {
  handleTrusted(ipcMain, policy, desktopChannels.writeBackup, writeBackupRequestSchema, (args) => services.writeBackup(args));
  handleTrusted(ipcMain, policy, desktopChannels.listBackups, listBackupsRequestSchema, () => services.listBackups());
  handleTrusted(ipcMain, policy, desktopChannels.readBackup, readBackupRequestSchema, (args) => services.readBackup(args.name));
  handleTrusted(ipcMain, policy, desktopChannels.listBackupAttachments, listBackupAttachmentsRequestSchema, () => services.listBackupAttachments());
  handleTrusted(ipcMain, policy, desktopChannels.writeBackupAttachment, writeBackupAttachmentRequestSchema, (args) => services.writeBackupAttachment(args));
  handleTrusted(ipcMain, policy, desktopChannels.readBackupAttachment, readBackupAttachmentRequestSchema, (args) => services.readBackupAttachment(args.sha256));
}
