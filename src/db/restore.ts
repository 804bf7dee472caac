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
import { BackupError, readBackupFile, rowLine, tableText, type BackupManifest } from './backup-file';
import { sha256Hex } from '../domain/common/sha256';
import { validateBackupRows } from './backup-rows';
import { asLogRecord, readLog } from './change-log';
import { sha256OfBytes } from './repositories/attachments';
import { activeDatabaseName, DEFAULT_DB_NAME, forgetPreviousDatabase, previousDatabaseNames } from './db';

export interface RestoreResult {
  name: string;
  manifest: BackupManifest;
}

/** A fresh database name that says where it came from and sorts by time. */
export function restoredDatabaseName(now = new Date()): string {
  return `${DEFAULT_DB_NAME}-restored-${now.toISOString().replace(/[-:.TZ]/g, '').slice(0, 17)}`;
}

/** Reads one attachment from the store beside the backups (the shell's), for backups that keep them there. */
export type ReadStoredAttachment = (sha256: string) => Promise<Uint8Array>;

/** Attachments written per transaction when they come from the store: a database of videos is never all in memory. */
const ATTACHMENTS_PER_STEP = 8;

export async function restoreBackup(bytes: Uint8Array, opts: { name: string; readAttachment?: ReadStoredAttachment }): Promise<RestoreResult> {
  // Unzip, hash and parse first: the write transactions below only write.
  const backup = readBackupFile(bytes);
  const beside = backup.placement === 'beside';
  if (beside && !opts.readAttachment) throw new BackupError('attachmentsBeside');
  const db = new AppDB(opts.name);
  try {
    await db.open();
    if (backup.manifest.schemaVersion > db.verno) throw new BackupError('newerSchema', String(backup.manifest.schemaVersion));
    const known = new Set(db.tables.map((t) => t.name));
    for (const name of backup.tables.keys()) if (!known.has(name)) throw new BackupError('corrupt', `unknown table ${name}`);
    // Every row checked before the one write transaction: a bad row refuses the file, nothing is written.
    for (const [name, rows] of backup.tables) {
      const primKey = db.table(name).schema.primKey;
      validateBackupRows(name, rows, { keyPath: typeof primKey.keyPath === 'string' ? primKey.keyPath : null, auto: !!primKey.auto });
    }

    const metas = (backup.tables.get('attachments') ?? []) as Omit<StoredAttachment, 'blob'>[];
    const withBlob = (meta: Omit<StoredAttachment, 'blob'>, data: Uint8Array | undefined): StoredAttachment => {
      if (!data) throw new BackupError('corrupt', `attachment ${meta.sha256}`);
      return { ...meta, blob: new Blob([data as BlobPart], { type: meta.type }) };
    };
    // Every table in one transaction; attachments here only when the file holds them.
    const prepared = new Map<string, unknown[]>();
    for (const [name, rows] of backup.tables) {
      if (name === 'changes') prepared.set(name, logRowsOf(rows));
      else if (name !== 'attachments') prepared.set(name, rows);
      else if (!beside) prepared.set(name, metas.map((m) => withBlob(m, backup.attachments.get(m.sha256))));
    }
    // What each table must read back as: the file's hash (checked when it was read), or for the log, rebuilt above, the hash of what was written.
    const expected = new Map(Object.entries(backup.manifest.tables).map(([name, info]) => [name, info.sha256]));
    const log = prepared.get('changes');
    if (log) expected.set('changes', sha256Hex(log.map(rowLine).join('\n')));

    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        if ((await table.count()) > 0) throw new BackupError('targetNotEmpty', opts.name);
      }
      // Auto-increment tables (changes, audit) keep their seq: the rows carry it.
      for (const [name, rows] of prepared) await db.table(name).bulkAdd(rows);
    });
    // The new database is not live yet: its attachments may follow in steps, each read and checked before its transaction.
    for (let i = 0; beside && i < metas.length; i += ATTACHMENTS_PER_STEP) {
      const step = metas.slice(i, i + ATTACHMENTS_PER_STEP);
      const rows: StoredAttachment[] = [];
      for (const meta of step) rows.push(withBlob(meta, await readChecked(opts.readAttachment as ReadStoredAttachment, meta.sha256)));
      await db.attachments.bulkAdd(rows);
    }

    for (const [name, sha256] of expected) {
      const read = await tableText(db, name);
      if (read.sha256 !== sha256) throw new BackupError('verify', name);
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

/**
 * The sync log of a backup as this schema stores it: a backup of schema 6 or
 * older holds one change per record, which becomes a pack of one under the
 * same seq (as the version 7 upgrade does); a pack's index fields are rebuilt
 * from its changes, so a file cannot index a change under another HLC. A row
 * that is neither refuses the file.
 */
function logRowsOf(rows: readonly unknown[]): unknown[] {
  return rows.map((row, i) => {
    const record = asLogRecord(row);
    if (!record) throw new BackupError('corrupt', `changes row ${i + 1}: not a change`);
    return record;
  });
}

/** A file from the store is trusted only once its bytes hash to its name. */
async function readChecked(read: ReadStoredAttachment, sha256: string): Promise<Uint8Array> {
  let data: Uint8Array;
  try {
    data = await read(sha256);
  } catch {
    throw new BackupError('attachmentMissing', sha256);
  }
  if ((await sha256OfBytes(data)) !== sha256) throw new BackupError('corrupt', `attachment ${sha256}`);
  return data;
}

/** Deletes a database that was live before a restore; never the live one, never one we did not switch away from. */
export async function deletePreviousDatabase(name: string): Promise<void> {
  if (name === activeDatabaseName() || !previousDatabaseNames().includes(name)) throw new Error(`not a previous database: ${name}`);
  await AppDB.delete(name);
  forgetPreviousDatabase(name);
}

/** What a database must hold none of to count as unused: the set-up screen's empty one. */
const RECORD_TABLES = ['complaints', 'eightD', 'returns', 'contacts', 'attachments', 'products', 'customers'] as const;

/**
 * After a restore on a new installation: the empty database the set-up screen
 * opened is deleted, so the list of "data from before a restore" does not offer
 * it. A database with any record in it is kept (returns false).
 */
export async function discardUnusedDatabase(name: string): Promise<boolean> {
  if (name === activeDatabaseName() || !previousDatabaseNames().includes(name)) return false;
  const db = new AppDB(name);
  try {
    await db.open();
    for (const table of RECORD_TABLES) if ((await db.table(table).count()) > 0) return false;
    // The first start seeds the departments (synced, so logged): nothing else may be in the log.
    if ((await readLog(db.changes)).some((c) => c.table !== 'departments')) return false;
    const people = await db.people.toArray();
    if (people.some((p) => !!(p as { login?: string }).login)) return false;
  } finally {
    db.close();
  }
  await deletePreviousDatabase(name);
  return true;
}
