// The only bridge between the sandboxed renderer and the shell: one method per
// channel, each forwarding a single request object. ipcRenderer itself is never
// exposed, so page script cannot reach arbitrary channels.
// Type-only imports: a sandboxed preload cannot require zod, and the literal
// types make these names fail the typecheck if the contract renames a channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, DesktopApiGlobal, DesktopChannels, DesktopEventChannels } from '../../src/platform/desktop-api';

const channels: DesktopChannels = {
  saveFile: 'complaint-desk:save-file',
  openFiles: 'complaint-desk:open-files',
  print: 'complaint-desk:print',
  printToPdf: 'complaint-desk:print-to-pdf',
  syncFolderInfo: 'complaint-desk:sync-folder-info',
  syncFolderChoose: 'complaint-desk:sync-folder-choose',
  syncFolderList: 'complaint-desk:sync-folder-list',
  syncFolderRead: 'complaint-desk:sync-folder-read',
  syncFolderWriteOwn: 'complaint-desk:sync-folder-write-own',
  syncFolderWatch: 'complaint-desk:sync-folder-watch',
  writeBackup: 'complaint-desk:write-backup',
  listBackups: 'complaint-desk:list-backups',
  readBackup: 'complaint-desk:read-backup',
  listBackupAttachments: 'complaint-desk:list-backup-attachments',
  writeBackupAttachment: 'complaint-desk:write-backup-attachment',
  readBackupAttachment: 'complaint-desk:read-backup-attachment',
};
const globalName: DesktopApiGlobal = 'complaintDesk';
const eventChannels: DesktopEventChannels = {
  onSyncFolderChanged: 'complaint-desk:sync-folder-changed',
};

/** The page's listener never sees the IPC event (it holds `sender`, i.e. ipcRenderer). */
function subscribe(channel: string, listener: () => void): () => void {
  const forward = () => listener();
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  openFiles: (request) => ipcRenderer.invoke(channels.openFiles, request),
  print: (request) => ipcRenderer.invoke(channels.print, request),
  printToPdf: (request) => ipcRenderer.invoke(channels.printToPdf, request),
  syncFolderInfo: (request) => ipcRenderer.invoke(channels.syncFolderInfo, request),
  syncFolderChoose: (request) => ipcRenderer.invoke(channels.syncFolderChoose, request),
  syncFolderList: (request) => ipcRenderer.invoke(channels.syncFolderList, request),
  syncFolderRead: (request) => ipcRenderer.invoke(channels.syncFolderRead, request),
  syncFolderWriteOwn: (request) => ipcRenderer.invoke(channels.syncFolderWriteOwn, request),
  syncFolderWatch: (request) => ipcRenderer.invoke(channels.syncFolderWatch, request),
  onSyncFolderChanged: (listener) => subscribe(eventChannels.onSyncFolderChanged, listener),
  writeBackup: (request) => ipcRenderer.invoke(channels.writeBackup, request),
  listBackups: (request) => ipcRenderer.invoke(channels.listBackups, request),
  readBackup: (request) => ipcRenderer.invoke(channels.readBackup, request),
  listBackupAttachments: (request) => ipcRenderer.invoke(channels.listBackupAttachments, request),
  writeBackupAttachment: (request) => ipcRenderer.invoke(channels.writeBackupAttachment, request),
  readBackupAttachment: (request) => ipcRenderer.invoke(channels.readBackupAttachment, request),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(globalName, api);
