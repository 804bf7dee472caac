// IPC for printing the sender's page and saving it as PDF.
import type { WebContents } from 'electron';
import {
  desktopChannels,
  printRequestSchema,
  printToPdfRequestSchema,
  type PrintResult,
  type PrintToPdfRequest,
  type SaveFileResult,
} from '../../../src/platform/desktop-api';
import type { OriginPolicy } from '../app-origin';
import { handleTrusted, type IpcRegistrar } from './trusted-sender';

export interface PrintServices {
  print(sender: WebContents): Promise<PrintResult>;
  printToPdf(request: PrintToPdfRequest, sender: WebContents): Promise<SaveFileResult>;
}

export function registerPrintIpc(ipcMain: IpcRegistrar, policy: OriginPolicy, services: PrintServices): void {
  handleTrusted(ipcMain, policy, desktopChannels.print, printRequestSchema, (_args, event) =>
    services.print(event.sender),
  );
  handleTrusted(ipcMain, policy, desktopChannels.printToPdf, printToPdfRequestSchema, (args, event) =>
    services.printToPdf(args, event.sender),
  );
}
