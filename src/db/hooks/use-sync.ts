/** Live reads for the sync page: open conflicts with a label for their row, and the stations met so far. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { ConflictRow } from '../app-db';

export interface ConflictView extends ConflictRow {
  /** Human label of the row (complaint number) when there is one. */
  rowLabel: string;
  values: (ConflictRow['values'][number] & { actor?: string; at?: string })[];
}

export function useOpenConflicts(): ConflictView[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const open = (await db.conflicts.toArray()).filter((c) => !c.resolvedAt);
    const rows = await db.complaints.bulkGet(open.filter((c) => c.table === 'complaints').map((c) => c.rowId));
    const numbers = new Map(rows.flatMap((r) => (r ? [[r.id, r.number] as const] : [])));
    return open
      .map((c) => ({ ...c, rowLabel: numbers.get(c.rowId) ?? c.rowId }))
      .sort((a, b) => (a.rowLabel === b.rowLabel ? (a.path < b.path ? -1 : 1) : a.rowLabel < b.rowLabel ? -1 : 1));
  }, []);
}

/** Station id → code, for the stations whose bundles were imported here. */
export function useKnownStations(): Record<string, string> {
  return useLiveQuery(async () => ((await getDb().settings.get('sync.stations'))?.value as Record<string, string> | undefined) ?? {}, []) ?? {};
}

export function useLastImports(): { id: string; station: string; importedAt: string; counts: Record<string, number> }[] {
  return useLiveQuery(async () => (await getDb().bundleReceipts.orderBy('importedAt').reverse().limit(5).toArray()), []) ?? [];
}
