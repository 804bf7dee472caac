/**
 * Human keys that IndexedDB keeps unique (complaint and return numbers,
 * department codes). Two stations that share a station code number their
 * complaints alike, and two stations may each create a department "QC": the
 * merged row would then break the unique index and fail the whole transaction
 * with a bare ConstraintError. This finds the clash in the plan, so the preview
 * already names the number and the station, before anything is written.
 * Runs inside the preview's or the import's transaction: IndexedDB only.
 */
import type { AppDB } from '../db/app-db';
import type { MergeableRow } from '../domain/merge/apply-change';
import type { SyncTable } from '../domain/merge/change';
import { SyncError } from './errors';

const UNIQUE_KEYS: Partial<Record<SyncTable, string>> = { complaints: 'number', returns: 'number', departments: 'code', products: 'code', customers: 'code' };

/** Throws SyncError('keyTaken') when a created or merged row would take a key that another row here (or in the bundle) has. */
export async function checkUniqueKeys(db: AppDB, rows: ReadonlyMap<SyncTable, readonly MergeableRow[]>, fromStation: string): Promise<void> {
  for (const [table, key] of Object.entries(UNIQUE_KEYS) as [SyncTable, string][]) {
    const list = rows.get(table);
    if (!list?.length) continue;
    const owner = new Map<string, string>();
    for (const row of list) {
      const value = (row as Record<string, unknown>)[key];
      if (typeof value !== 'string' || value === '') continue;
      const other = owner.get(value);
      if (other !== undefined && other !== row.id) throw new SyncError('keyTaken', { table, value, station: fromStation });
      owner.set(value, row.id);
    }
    if (owner.size === 0) continue;
    const here = (await db.table(table).where(key).anyOf([...owner.keys()]).toArray()) as Record<string, unknown>[];
    for (const row of here) {
      const value = row[key] as string;
      if (owner.get(value) !== row.id) throw new SyncError('keyTaken', { table, value, station: fromStation });
    }
  }
}
