// IPC for saving and opening files.
import type { WebContents } from 'electron';
import {
  desktopChannels,
  openFilesRequestSchema,
  saveFileRequestSchema,
  type OpenFilesRequest,
  type OpenFilesResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../../src/platform/desktop-api';
import type { OriginPolicy } from '../app-origin';
import { handleTrusted, type IpcRegistrar } from './trusted-sender';

export interface FileServices {
  saveFile(request: SaveFileRequest, sender: WebContents): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest, sender: WebContents): Promise<OpenFilesResult>;
}

export function registerFileIpc(ipcMain: IpcRegistrar, policy: OriginPolicy, services: FileServices): void {
  handleTrusted(ipcMain, policy, desktopChannels.saveFile, saveFileRequestSchema, (args, event) =>
    services.saveFile(args, event.sender),
  );
  handleTrusted(ipcMain, policy, desktopChannels.openFiles, openFilesRequestSchema, (args, event) =>
    services.openFiles(args, event.sender),
  );
}
