// Binds the plain services to Electron's dialogs, fs and the sender's window.
// Thin on purpose: the logic lives in ../services and is tested there.
import { writeFile, readFile, stat } from 'node:fs/promises';
import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { openFiles, saveFile, type DialogResult, type OpenDeps, type SaveDeps } from '../services/files';
import { printPage, printPageToPdf } from '../services/print';
import type { FileServices } from './files';
import type { PrintServices } from './print';

function saveDeps(sender: WebContents): SaveDeps {
  const window = BrowserWindow.fromWebContents(sender);
  return {
    defaultDir: app.getPath('documents'),
    showSaveDialog: async (options): Promise<DialogResult> => {
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return { canceled: result.canceled, ...(result.filePath ? { filePath: result.filePath } : {}) };
    },
    writeFile: (path, data) => writeFile(path, data),
  };
}

function openDeps(sender: WebContents): OpenDeps {
  const window = BrowserWindow.fromWebContents(sender);
  return {
    showOpenDialog: async (options): Promise<DialogResult> => {
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return { canceled: result.canceled, filePaths: result.filePaths };
    },
    stat: (path) => stat(path),
    readFile: (path) => readFile(path),
  };
}

export const electronFileServices: FileServices = {
  saveFile: (request, sender) => saveFile(request, saveDeps(sender)),
  openFiles: (request, sender) => openFiles(request, openDeps(sender)),
};

export const electronPrintServices: PrintServices = {
  print: (sender) =>
    printPage({
      print: (options) =>
        new Promise<boolean>((resolve) => {
          sender.print(options, (success) => resolve(success));
        }),
    }),
  printToPdf: (request, sender) =>
    printPageToPdf(request, {
      ...saveDeps(sender),
      printToPDF: async (options) => new Uint8Array(await sender.printToPDF(options)),
    }),
};
