/**
 * The rows an import touches, and the change logs of those that exist here, read
 * with one cursor per table instead of one request per id (bulkGet, and one
 * query per row's log). In Chromium every IndexedDB request is a round trip to
 * the browser process; a cursor over the sorted keys skips the ids that do not
 * exist in a single step, so a first import of thousands of new rows costs a few
 * requests instead of thousands. Runs inside the import's transaction: IndexedDB
 * only.
 */
import type { AppDB } from '../db/app-db';
import type { MergeableRow } from '../domain/merge/apply-change';
import type { SyncTable } from '../domain/merge/change';
import type { SyncChange } from '../domain/merge/conflicts';
import { readLogOfRows } from '../db/change-log';

export async function readTouchedRows(db: AppDB, table: SyncTable, ids: readonly string[]): Promise<Map<string, { row: MergeableRow; log: SyncChange[] }>> {
  const out = new Map<string, { row: MergeableRow; log: SyncChange[] }>();
  if (ids.length === 0) return out;
  const t = db.table(table);
  const keyPath = t.schema.primKey.keyPath as string;
  const rows = (await t.where(':id').anyOf([...ids]).toArray()) as MergeableRow[];
  for (const row of rows) out.set(String((row as Record<string, unknown>)[keyPath]), { row, log: [] });
  if (out.size === 0) return out;
  for (const c of await readLogOfRows(db.changes, table, [...out.keys()])) out.get(c.rowId)?.log.push(c);
  return out;
}
