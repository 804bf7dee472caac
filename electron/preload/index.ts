// The only bridge between the sandboxed renderer and the shell: one method per
// channel, each forwarding a single request object. ipcRenderer itself is never
// exposed, so page script cannot reach arbitrary channels.
// Type-only imports: a sandboxed preload cannot require zod, and the literal
// types make these names fail the typecheck if the contract renames a channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi, DesktopApiGlobal, DesktopChannels } from '../../src/platform/desktop-api';

const channels: DesktopChannels = {
  saveFile: 'complaint-desk:save-file',
  openFiles: 'complaint-desk:open-files',
  print: 'complaint-desk:print',
  printToPdf: 'complaint-desk:print-to-pdf',
};
const globalName: DesktopApiGlobal = 'complaintDesk';

const api = {
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  openFiles: (request) => ipcRenderer.invoke(channels.openFiles, request),
  print: (request) => ipcRenderer.invoke(channels.print, request),
  printToPdf: (request) => ipcRenderer.invoke(channels.printToPdf, request),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(globalName, api);
