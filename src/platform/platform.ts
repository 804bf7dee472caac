// What the renderer may ask of the shell. Features depend on this interface
// only; getPlatform() picks the Electron bridge or the plain-browser fallback.
import type { BackupInfo, BackupReason, PageSize, WriteBackupAttachmentResult, WriteBackupResult } from './desktop-api';

export interface SaveOutcome {
  saved: boolean;
  /** Where the file went; only the desktop shell knows. */
  path?: string;
}

export interface OpenOptions {
  /** Same syntax as <input accept>: ".zip,.ckd" or "image/*,video/*". */
  accept: string;
  multiple: boolean;
  /** Files larger than this are refused by name, unread. */
  maxBytes: number;
}

export interface OpenOutcome {
  files: File[];
  tooLarge: string[];
}

export interface PdfOptions {
  pageSize: PageSize;
  landscape: boolean;
}

/** The shell's backups folder; only the desktop shell has one (see browser.ts). */
export interface BackupStore {
  /** `attachments`: the hashes the backup needs from the store (kept there while the backup is). */
  write(stationCode: string, data: Uint8Array, reason: BackupReason, attachments?: string[]): Promise<WriteBackupResult>;
  list(): Promise<{ folder: string; backups: BackupInfo[] }>;
  read(name: string): Promise<Uint8Array>;
  /** The attachments the backups share, once each by SHA-256 (see desktop-api.ts). */
  attachments: {
    list(): Promise<string[]>;
    write(sha256: string, data: Uint8Array): Promise<WriteBackupAttachmentResult>;
    read(sha256: string): Promise<Uint8Array>;
  };
}

/**
 * The sync folder the shell remembers (see electron/main/services/sync-folder.ts).
 * Paths are relative ("<subfolder>/<bundle>.ckd"); the folder itself is only shown.
 * Structurally a src/sync SyncFolder plus choosing and watching.
 */
export interface SyncFolderAccess {
  /** The folder chosen earlier, or null. */
  current(): Promise<string | null>;
  /** Opens the shell's folder dialog; returns the folder now in use (unchanged when cancelled). */
  choose(): Promise<string | null>;
  list(): Promise<{ path: string; size: number }[]>;
  read(path: string): Promise<Uint8Array>;
  writeOwn(subfolder: string, name: string, bytes: Uint8Array): Promise<void>;
  /** Starts watching; onChange runs after each (debounced) burst of changes. Returns the stop function. */
  watch(onChange: () => void): () => void;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(name: string, data: Uint8Array | Blob, mime: string): Promise<SaveOutcome>;
  openFiles(opts: OpenOptions): Promise<OpenOutcome>;
  print(): Promise<void>;
  printToPdf(name: string, opts: PdfOptions): Promise<SaveOutcome>;
  /** Null in a plain browser: the sync folder needs the desktop app. */
  syncFolder: SyncFolderAccess | null;
  backups: BackupStore | null;
}
