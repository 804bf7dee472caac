import type { OriginPolicy } from '../app-origin';
import { electronFileServices, electronPrintServices } from './bindings';
import { registerFileIpc } from './files';
import { registerPrintIpc } from './print';
import type { IpcRegistrar } from './trusted-sender';

export function registerIpc(ipcMain: IpcRegistrar, policy: OriginPolicy): void {
  registerFileIpc(ipcMain, policy, electronFileServices);
  registerPrintIpc(ipcMain, policy, electronPrintServices);
}
