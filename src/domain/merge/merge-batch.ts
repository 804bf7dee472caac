/**
 * Merges a batch of incoming changes (one bundle) into the rows they touch.
 * Pure apart from updating the `state` it is given: the import pipeline loads
 * the touched rows and their logs, calls this, and writes the result in one
 * transaction; the convergence property test drives it with simulated stations.
 */
import { applyChange, type MergeableRow } from './apply-change';
import { baseFromLog, conflictsBetween, type ConflictCandidate, type SyncChange } from './conflicts';

export interface RowState {
  row: MergeableRow | undefined;
  /** Changes of this row already in the local log, in local (seq) order. */
  log: SyncChange[];
}

export interface BatchResult {
  /** Rows whose data changed, by rowKey. */
  changedRows: Map<string, { table: string; row: MergeableRow; created: boolean }>;
  /** New changes to append to the local log, each with its `base`. */
  appended: SyncChange[];
  conflicts: ConflictCandidate[];
  /** Changes already known here (replays). */
  skipped: number;
}

export function rowKey(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}

/** Fills in `base` for a log's own writes (which never store it) so they can be compared. */
export function resolveBases(log: readonly SyncChange[], localStation: string): SyncChange[] {
  return log.map((c, i) => (c.base || c.station !== localStation ? c : { ...c, base: baseFromLog(log.slice(0, i), c) }));
}

export function mergeBatch(
  state: Map<string, RowState>,
  incoming: readonly SyncChange[],
  localStation: string,
  isKnown: (hlc: string) => boolean,
): BatchResult {
  const changedRows: BatchResult['changedRows'] = new Map();
  const appended: SyncChange[] = [];
  const conflicts: ConflictCandidate[] = [];
  const resolved = new Set<string>();
  const inBatch = new Set<string>();
  let skipped = 0;
  for (const change of incoming) {
    if (isKnown(change.hlc) || inBatch.has(change.hlc)) {
      skipped += 1;
      continue;
    }
    inBatch.add(change.hlc);
    const key = rowKey(change.table, change.rowId);
    const rs = state.get(key) ?? { row: undefined, log: [] };
    state.set(key, rs);
    if (!resolved.has(key)) {
      rs.log = resolveBases(rs.log, localStation);
      resolved.add(key);
    }
    const withBase: SyncChange = { ...change, base: change.base ?? {} };
    for (const earlier of rs.log) conflicts.push(...conflictsBetween(earlier, withBase));
    const before = rs.row;
    const { row, applied } = applyChange(before, withBase);
    if (applied.length > 0) {
      rs.row = row;
      const prev = changedRows.get(key);
      changedRows.set(key, { table: change.table, row, created: prev ? prev.created : before === undefined });
    }
    rs.log.push(withBase);
    appended.push(withBase);
  }
  return { changedRows, appended, conflicts, skipped };
}
