// Platform for a plain browser (and Playwright's Chromium): downloads through a
// blob URL and <a download>, a hidden <input type=file>, window.print().
import type { OpenOutcome, Platform } from './platform';

export interface BrowserEnv {
  document: Document;
  print(): void;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** Revoking at once can cancel a download that has not started reading yet. */
const REVOKE_AFTER_MS = 60_000;

function defaultEnv(): BrowserEnv {
  return {
    document: window.document,
    print: () => window.print(),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  };
}

function toBlob(data: Uint8Array | Blob, mime: string): Blob {
  if (data instanceof Blob) return data.type === mime ? data : new Blob([data], { type: mime });
  const part = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
  return new Blob([part], { type: mime });
}

export function createBrowserPlatform(env: BrowserEnv = defaultEnv()): Platform {
  const { document } = env;
  return {
    kind: 'browser',
    async saveFile(name, data, mime) {
      const url = env.createObjectURL(toBlob(data, mime));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.rel = 'noopener';
      anchor.style.display = 'none';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
      // The browser does not say whether the user kept the download.
      return { saved: true };
    },
    openFiles({ accept, multiple, maxBytes }) {
      return new Promise<OpenOutcome>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.multiple = multiple;
        input.style.display = 'none';
        const finish = (files: File[]) => {
          input.remove();
          resolve({
            files: files.filter((file) => file.size <= maxBytes),
            tooLarge: files.filter((file) => file.size > maxBytes).map((file) => file.name),
          });
        };
        input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
        input.addEventListener('cancel', () => finish([]), { once: true });
        document.body.append(input);
        input.click();
      });
    },
    async print() {
      env.print();
    },
    // The File System Access API could reach a folder, but only after a permission
    // prompt per session, without watching, and not in Firefox; the shell does it properly.
    syncFolder: null,
    async printToPdf() {
      // No PDF API in a browser: the print dialog offers "Save as PDF" itself.
      env.print();
      return { saved: false };
    },
    // A web page cannot write to a folder of its own choosing without asking each
    // time, and a backup in the same browser profile as the data dies with it:
    // the browser offers downloads of sync bundles instead (Sync page).
    backups: null,
  };
}
