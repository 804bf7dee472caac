// Binds the backups service to Electron's userData folder and the disk's free space.
import { statfs } from 'node:fs/promises';
import nodePath from 'node:path';
import { app } from 'electron';
import { listBackups, readBackup, type BackupDeps } from '../services/backups';
import { writeBackupAndPrune } from '../services/backup-attachments-prune';
import { listBackupAttachments, readBackupAttachment, writeBackupAttachment } from '../services/backup-attachments';
import type { BackupServices } from './backups';

function deps(): BackupDeps {
  return {
    dir: nodePath.join(app.getPath('userData'), 'backups'),
    now: () => new Date(),
    // bavail, not bfree: blocks reserved for root are not ours to fill.
    freeBytes: async (dir) => {
      const s = await statfs(dir);
      return s.bavail * s.bsize;
    },
  };
}

export const electronBackupServices: BackupServices = {
  writeBackup: (request) => writeBackupAndPrune(request, deps()),
  listBackups: async () => ({ folder: deps().dir, backups: await listBackups(deps()) }),
  readBackup: async (name) => ({ data: await readBackup(name, deps()) }),
  listBackupAttachments: async () => ({ sha256: await listBackupAttachments(deps()) }),
  writeBackupAttachment: (request) => writeBackupAttachment(request, deps()),
  readBackupAttachment: async (sha256) => ({ data: await readBackupAttachment(sha256, deps()) }),
};
