/**
 * "Back up to…" takes every record of the plant off the station: only someone
 * whose role may manage backups may do it, and each file saved is in the audit
 * trail (who, when, which file).
 */
import type { AppDB } from '../app-db';
import type { Station } from './station';
import { authorize } from './authorize';
import { appendAuditInTx, type Actor } from './write-record';

export async function authorizeBackupExport(db: AppDB, actor: Actor): Promise<void> {
  await authorize(db, actor, 'backup.manage');
}

export async function recordBackupExport(db: AppDB, station: Station, actor: Actor, file: { name: string; size: number }, now = new Date()): Promise<void> {
  await authorize(db, actor, 'backup.manage');
  await db.transaction('rw', db.audit, db.settings, async () => {
    await appendAuditInTx(db, station, actor, {
      entity: 'backup',
      rowId: file.name,
      action: 'backup.export',
      changes: [{ path: 'file', before: null, after: file.name }, { path: 'size', before: null, after: file.size }],
    }, now.getTime());
  });
}
