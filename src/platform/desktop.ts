// Platform over the Electron preload bridge (window.complaintDesk).
import type { DesktopApi } from './desktop-api';
import { acceptToFilters, filtersForName, mimeTypeForName, toBareFileName } from './file-types';
import type { Platform, SyncFolderAccess } from './platform';

async function toBytes(data: Uint8Array | Blob): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

/** File needs ArrayBuffer-backed parts; IPC already hands us fresh ones, so this rarely copies. */
function toBlobPart(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

function createDesktopSyncFolder(api: DesktopApi): SyncFolderAccess {
  return {
    current: async () => (await api.syncFolderInfo({})).path,
    choose: async () => (await api.syncFolderChoose({})).path,
    list: async () => (await api.syncFolderList({})).files,
    read: async (path) => (await api.syncFolderRead({ path })).data,
    async writeOwn(subfolder, name, bytes) {
      await api.syncFolderWriteOwn({ subfolder, name, data: bytes });
    },
    watch(onChange) {
      // Subscribe before asking main to watch, so no early change is lost.
      const unsubscribe = api.onSyncFolderChanged(onChange);
      // A folder that cannot be watched (gone, unplugged) leaves "Sync now" working.
      const started = api.syncFolderWatch({ enabled: true }).catch(() => undefined);
      return () => {
        unsubscribe();
        void started.then(() => api.syncFolderWatch({ enabled: false })).catch(() => undefined);
      };
    },
  };
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
    syncFolder: createDesktopSyncFolder(api),
    printToPdf(name, { pageSize, landscape }) {
      return api.printToPdf({ suggestedName: toBareFileName(name), pageSize, landscape });
    },
    backups: {
      write: (stationCode, data, reason, attachments) => api.writeBackup({ stationCode, data, reason, ...(attachments ? { attachments } : {}) }),
      list: () => api.listBackups({}),
      read: async (name) => (await api.readBackup({ name })).data,
      attachments: {
        list: async () => (await api.listBackupAttachments({})).sha256,
        write: (sha256, data) => api.writeBackupAttachment({ sha256, data }),
        read: async (sha256) => (await api.readBackupAttachment({ sha256 })).data,
      },
    },
  };
}
