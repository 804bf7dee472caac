/** Live reads for the sync page: open conflicts with a label for their row, and the stations met so far. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { ConflictRow } from '../app-db';
import type { StoredReturn } from '../repositories/returns-row';
import { pendingSince } from '../queries/export-marks';

export interface ConflictView extends ConflictRow {
  /** Human label of the row (complaint or return number) when there is one. */
  rowLabel: string;
  /** The return a conflict is about, to name its paths as the return pages do. */
  returnRow?: StoredReturn;
  values: (ConflictRow['values'][number] & { actor?: string; at?: string })[];
}

export function useOpenConflicts(): ConflictView[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const open = (await db.conflicts.toArray()).filter((c) => !c.resolvedAt);
    const rows = await db.complaints.bulkGet(open.filter((c) => c.table === 'complaints').map((c) => c.rowId));
    const returns = (await db.returns.bulkGet(open.filter((c) => c.table === 'returns').map((c) => c.rowId))) as (StoredReturn | undefined)[];
    const numbers = new Map(rows.flatMap((r) => (r ? [[r.id, r.number] as const] : [])));
    const returnRows = new Map(returns.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    return open
      .map((c) => {
        const returnRow = c.table === 'returns' ? returnRows.get(c.rowId) : undefined;
        return { ...c, rowLabel: returnRow?.number ?? numbers.get(c.rowId) ?? c.rowId, returnRow };
      })
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

/** Changes an export 'since' to this destination would carry (live: it grows with every write). */
export function usePendingChanges(destination: string): number | undefined {
  return useLiveQuery(() => pendingSince(getDb(), destination), [destination]);
}
