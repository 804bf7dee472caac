// What the renderer may ask of the shell. Features depend on this interface
// only; getPlatform() picks the Electron bridge or the plain-browser fallback.
import type { PageSize } from './desktop-api';

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

export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(name: string, data: Uint8Array | Blob, mime: string): Promise<SaveOutcome>;
  openFiles(opts: OpenOptions): Promise<OpenOutcome>;
  print(): Promise<void>;
  printToPdf(name: string, opts: PdfOptions): Promise<SaveOutcome>;
}
