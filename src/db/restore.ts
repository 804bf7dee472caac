/**
 * Restore: a backup goes into a NEW database; the live one is never cleared.
 * Only after every table of the new database reads back with the hashes the
 * backup recorded does the app switch to it (db.ts keeps the active name). The
 * old database stays on disk until the user deletes it, so a wrong restore is
 * undone by switching back.
 *
 * The settings table travels verbatim: the restored station keeps its id, code,
 * HLC and number counters, so its next change continues the same log.
 */
import { AppDB, type StoredAttachment } from './app-db';
import { BackupError, readBackupFile, tableText, type BackupManifest } from './backup-file';
import { activeDatabaseName, DEFAULT_DB_NAME, forgetPreviousDatabase, previousDatabaseNames } from './db';

export interface RestoreResult {
  name: string;
  manifest: BackupManifest;
}

/** A fresh database name that says where it came from and sorts by time. */
export function restoredDatabaseName(now = new Date()): string {
  return `${DEFAULT_DB_NAME}-restored-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 17)}`;
}

export async function restoreBackup(bytes: Uint8Array, opts: { name: string }): Promise<RestoreResult> {
  // Unzip, hash and parse first: the write transaction below only writes.
  const backup = readBackupFile(bytes);
  const db = new AppDB(opts.name);
  try {
    await db.open();
    if (backup.manifest.schemaVersion > db.verno) throw new BackupError('newerSchema', String(backup.manifest.schemaVersion));
    const known = new Set(db.tables.map((t) => t.name));
    for (const name of backup.tables.keys()) if (!known.has(name)) throw new BackupError('corrupt', `unknown table ${name}`);

    const rowsOf = (name: string): unknown[] => {
      const rows = backup.tables.get(name) ?? [];
      if (name !== 'attachments') return rows;
      return (rows as Omit<StoredAttachment, 'blob'>[]).map((meta) => {
        const data = backup.attachments.get(meta.sha256);
        if (!data) throw new BackupError('corrupt', `attachment ${meta.sha256}`);
        return { ...meta, blob: new Blob([data as BlobPart], { type: meta.type }) };
      });
    };
    const prepared = new Map([...backup.tables.keys()].map((name) => [name, rowsOf(name)]));

    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        if ((await table.count()) > 0) throw new BackupError('targetNotEmpty', opts.name);
      }
      // Auto-increment tables (changes, audit) keep their seq: the rows carry it.
      for (const [name, rows] of prepared) await db.table(name).bulkAdd(rows);
    });

    for (const [name, info] of Object.entries(backup.manifest.tables)) {
      const read = await tableText(db, name);
      if (read.sha256 !== info.sha256) throw new BackupError('verify', name);
    }
    db.close();
    return { name: opts.name, manifest: backup.manifest };
  } catch (e) {
    // Nothing half-restored is left behind; the live database was never touched.
    // A name that already held data is not ours to delete.
    if (!(e instanceof BackupError && e.code === 'targetNotEmpty')) await db.delete().catch(() => undefined);
    else db.close();
    throw e;
  }
}

/** Deletes a database that was live before a restore; never the live one, never one we did not switch away from. */
export async function deletePreviousDatabase(name: string): Promise<void> {
  if (name === activeDatabaseName() || !previousDatabaseNames().includes(name)) throw new Error(`not a previous database: ${name}`);
  await AppDB.delete(name);
  forgetPreviousDatabase(name);
}
