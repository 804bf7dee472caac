/**
 * Every row of a backup is checked before anything is written: a plain object,
 * not nested deeper than the app ever writes, its primary key present and of
 * the right type and not repeated, and the attachment rows well-formed. The
 * file's hashes already prove the rows are the ones written; this proves they
 * are rows this app could have written, so a hand-made file cannot put a row
 * without a key (or a key of the wrong type) into a table and crash a page later.
 */
import { BackupError, LOCAL_ONLY_SETTINGS } from './backup-file';

/** Deeper than any row the app writes (a complaint is about 6 levels deep). */
export const MAX_ROW_DEPTH = 24;
const SHA256 = /^[0-9a-f]{64}$/;

export interface TableKey {
  /** The primary key's property; null for an outbound key (none here). */
  keyPath: string | null;
  /** Auto-increment tables (changes, audit) keep their numbers: the key must be a positive integer. */
  auto: boolean;
}

function depth(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return Infinity;
  let most = 0;
  for (const v of Object.values(value)) most = Math.max(most, depth(v, limit - 1));
  return most + 1;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Throws BackupError('corrupt', where) at the first row that is not one the app could have written. */
export function validateBackupRows(table: string, rows: readonly unknown[], key: TableKey): void {
  const seen = new Set<unknown>();
  rows.forEach((row, i) => {
    const where = `${table} row ${i + 1}`;
    if (!isPlainObject(row)) throw new BackupError('corrupt', `${where}: not an object`);
    if (depth(row, MAX_ROW_DEPTH + 1) > MAX_ROW_DEPTH) throw new BackupError('corrupt', `${where}: nested too deep`);
    if (key.keyPath) {
      const id = row[key.keyPath];
      const ok = key.auto ? Number.isSafeInteger(id) && (id as number) > 0 : typeof id === 'string' && id.length > 0 && id.length <= 200;
      if (!ok) throw new BackupError('corrupt', `${where}: bad ${key.keyPath}`);
      if (seen.has(id)) throw new BackupError('corrupt', `${where}: ${key.keyPath} repeated`);
      seen.add(id);
    }
    // A hand-made file cannot plant another installation's key (or a head it signed) here.
    if (table === 'settings' && LOCAL_ONLY_SETTINGS.has(String(row.key))) throw new BackupError('corrupt', `${where}: ${String(row.key)} is never backed up`);
    if (table === 'attachments') {
      const { sha256, name, type, size } = row;
      const ok = typeof sha256 === 'string' && SHA256.test(sha256) && typeof name === 'string' && name.length <= 255 && typeof type === 'string' && Number.isSafeInteger(size) && (size as number) >= 0;
      if (!ok) throw new BackupError('corrupt', `${where}: not an attachment`);
    }
  });
}
