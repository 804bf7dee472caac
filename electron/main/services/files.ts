// Saving and opening files for the renderer. Side effects (dialogs, the file
// system) come in as arguments so these run under plain Node in tests.
import nodePath from 'node:path';
import type { FileFilter, OpenFilesRequest, OpenFilesResult, OpenedFile, SaveFileRequest, SaveFileResult } from '../../../src/platform/desktop-api';

export interface SaveDialogOptions {
  defaultPath: string;
  filters?: FileFilter[];
}
export interface OpenDialogOptions {
  filters?: FileFilter[];
  properties: Array<'openFile' | 'multiSelections'>;
}
export interface DialogResult {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

export interface SaveDeps {
  /** Folder the save dialog starts in (the user's Documents). */
  defaultDir: string;
  showSaveDialog(options: SaveDialogOptions): Promise<DialogResult>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

export interface OpenDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<DialogResult>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** Ask where to save (the renderer only suggests a bare name), then write. */
export async function saveFile(request: SaveFileRequest, deps: SaveDeps): Promise<SaveFileResult> {
  return saveWithDialog(request.suggestedName, request.filters, () => request.data, deps);
}

export async function saveWithDialog(
  suggestedName: string,
  filters: FileFilter[] | undefined,
  produce: () => Uint8Array | Promise<Uint8Array>,
  deps: SaveDeps,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = { defaultPath: nodePath.join(deps.defaultDir, suggestedName) };
  if (filters && filters.length > 0) options.filters = filters;
  const choice = await deps.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await deps.writeFile(choice.filePath, await produce());
  return { saved: true, path: choice.filePath };
}

/** Files over maxBytes are refused by name and never read. */
export async function openFiles(request: OpenFilesRequest, deps: OpenDeps): Promise<OpenFilesResult> {
  const options: OpenDialogOptions = { properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
  if (request.filters && request.filters.length > 0) options.filters = request.filters;
  const choice = await deps.showOpenDialog(options);
  const result: OpenFilesResult = { files: [], tooLarge: [] };
  if (choice.canceled) return result;
  const paths = request.multiple ? (choice.filePaths ?? []) : (choice.filePaths ?? []).slice(0, 1);

  for (const path of paths) {
    const name = nodePath.basename(path);
    const info = await deps.stat(path);
    if (!info.isFile()) continue;
    if (info.size > request.maxBytes) {
      result.tooLarge.push(name);
      continue;
    }
    const data = await deps.readFile(path);
    // The file may have grown between stat and read.
    if (data.byteLength > request.maxBytes) {
      result.tooLarge.push(name);
      continue;
    }
    const file: OpenedFile = { name, data: toPlainBytes(data), size: data.byteLength };
    result.files.push(file);
  }
  return result;
}

/** A Buffer may view a shared pool: hand over a plain view of just the file's bytes. */
function toPlainBytes(data: Uint8Array): Uint8Array {
  return Buffer.isBuffer(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
}
