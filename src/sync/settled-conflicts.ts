/**
 * A conflict is settled everywhere once someone has decided it: "keep this
 * value" at one station is a write of the path by a writer that had seen both
 * conflicting values (its `base` at the path is at or after the later of
 * them). Every station that holds that write marks the conflict resolved, in
 * whatever order the conflict and its resolution arrive, because the rule
 * reads only the set of writes. An ordinary later edit of the path by someone
 * who had seen both values settles it just the same: the question is moot.
 */
import type { SyncChange } from '../domain/merge/conflicts';
import { rowKey } from '../domain/merge/merge-batch';

export interface OpenConflict {
  id: string;
  table: string;
  rowId: string;
  path: string;
  values: readonly { hlc: string }[];
}

/** Ids of the conflicts settled by a write in `changesByRow` (per rowKey, every change with its `base`). */
export function settledConflictIds(conflicts: readonly OpenConflict[], changesByRow: ReadonlyMap<string, readonly SyncChange[]>): Set<string> {
  const settled = new Set<string>();
  for (const c of conflicts) {
    const latest = c.values.reduce((m, v) => (v.hlc > m ? v.hlc : m), '');
    const writes = changesByRow.get(rowKey(c.table, c.rowId)) ?? [];
    const decided = writes.some((w) => w.hlc > latest && c.path in w.fields && (w.base?.[c.path] ?? '') >= latest);
    if (decided) settled.add(c.id);
  }
  return settled;
}
