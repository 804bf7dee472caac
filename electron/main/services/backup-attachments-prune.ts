// Rule 2 of src/domain/attachments/retention.ts in the backups folder: after a
// backup is written and old ones thinned out, a file of <backups>/attachments
// goes only when no backup still kept names it in its `.attachments` list. A
// kept backup without a list (written before backups had one) keeps them all.
import { unlink } from 'node:fs/promises';
import nodePath from 'node:path';
import type { WriteBackupRequest, WriteBackupResult } from '../../../src/platform/desktop-api';
import { storeFilesToRemove } from '../../../src/domain/attachments/retention';
import { attachmentsDir, listBackupAttachments } from './backup-attachments';
import { listBackups, readNeededList, writeBackup, type BackupDeps } from './backups';

export async function pruneBackupAttachments(deps: Pick<BackupDeps, 'dir'>): Promise<string[]> {
  const kept = await listBackups(deps);
  const needs = await Promise.all(kept.map((b) => readNeededList(deps.dir, b.name)));
  const remove = storeFilesToRemove(await listBackupAttachments(deps), needs);
  for (const sha256 of remove) await unlink(nodePath.join(attachmentsDir(deps.dir), sha256));
  return remove;
}

/** What the IPC binding runs: the backup, then the store thinned to what the kept backups need. */
export async function writeBackupAndPrune(request: WriteBackupRequest, deps: BackupDeps): Promise<WriteBackupResult> {
  const result = await writeBackup(request, deps);
  // A store that cannot be thinned now is thinned after the next backup; the backup itself is written.
  if (result.ok) await pruneBackupAttachments(deps).catch((e: unknown) => console.warn('backup attachments not pruned', e));
  return result;
}
