// Platform over the Electron preload bridge (window.complaintDesk).
import type { DesktopApi } from './desktop-api';
import { acceptToFilters, filtersForName, mimeTypeForName, toBareFileName } from './file-types';
import type { Platform } from './platform';

async function toBytes(data: Uint8Array | Blob): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

/** File needs ArrayBuffer-backed parts; IPC already hands us fresh ones, so this rarely copies. */
function toBlobPart(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async saveFile(name, data) {
      const suggestedName = toBareFileName(name);
      const filters = filtersForName(suggestedName);
      return api.saveFile({ suggestedName, data: await toBytes(data), ...(filters ? { filters } : {}) });
    },
    async openFiles({ accept, multiple, maxBytes }) {
      const filters = acceptToFilters(accept);
      const result = await api.openFiles({ multiple, maxBytes, ...(filters ? { filters } : {}) });
      return {
        files: result.files.map((file) => new File([toBlobPart(file.data)], file.name, { type: mimeTypeForName(file.name) })),
        tooLarge: result.tooLarge,
      };
    },
    async print() {
      // ok=false means the user cancelled the system dialog: nothing to report.
      await api.print({});
    },
    printToPdf(name, { pageSize, landscape }) {
      return api.printToPdf({ suggestedName: toBareFileName(name), pageSize, landscape });
    },
  };
}
