/**
 * The changes of a bundle that take something away: a record deleted, a case
 * closed or rejected. The preview lists them; above the plant's threshold an
 * administrator confirms before they are applied (import.ts), so one bundle
 * cannot silently hide every complaint, 8D and return.
 */
import type { MergeableRow } from '../domain/merge/apply-change';

export interface DestructiveChange {
  table: string;
  rowId: string;
  /** The record's number or code as people know it (the id when it has none). */
  label: string;
  kind: 'deleted' | 'closed' | 'rejected';
}

const CLOSING = new Set(['closed', 'rejected']);

function labelOf(row: MergeableRow | undefined, fallback: MergeableRow): string {
  const r = row ?? fallback;
  return typeof r.number === 'string' ? r.number : typeof r.code === 'string' ? r.code : typeof r.name === 'string' ? r.name : r.id;
}

export function destructiveOf(changed: ReadonlyMap<string, { table: string; row: MergeableRow }>, before: ReadonlyMap<string, MergeableRow | undefined>): DestructiveChange[] {
  const out: DestructiveChange[] = [];
  for (const [key, { table, row }] of changed) {
    const prev = before.get(key);
    // A row this station never held is not taken away from anyone here.
    if (!prev) continue;
    if (row.deletedAt && !prev.deletedAt) out.push({ table, rowId: row.id, label: labelOf(prev, row), kind: 'deleted' });
    else if (table === 'complaints' && typeof row.status === 'string' && CLOSING.has(row.status) && row.status !== prev.status && !row.deletedAt) {
      out.push({ table, rowId: row.id, label: labelOf(prev, row), kind: row.status as 'closed' | 'rejected' });
    }
  }
  return out;
}
