/**
 * Derived fields are never stamped or synced: after the merge sets a row's
 * fields, the table's derive function recomputes them (search tokens, sort
 * keys), exactly as a local write would. Tables without an entry have none.
 *
 * A merged row may be partial (an edit relayed before the row's creation
 * arrived): derivation then reads the row over the empty form's defaults, and
 * only the derived fields are added to what is stored.
 */
import type { Complaint } from '../domain/complaint/record';
import { emptyComplaintInput } from '../domain/complaint/schema';
import type { SyncTable } from '../domain/merge/change';
import type { MergeableRow } from '../domain/merge/apply-change';
import { deriveComplaint } from '../db/repositories/complaints';

type Derive = (row: MergeableRow) => MergeableRow;

const COMPLAINT_DERIVED = ['searchTokens', 'category', 'grade', 'department', 'ownerId', 'nextDueAt'] as const;

function deriveComplaintRow(row: MergeableRow): MergeableRow {
  const defaults = emptyComplaintInput('', '') as unknown as Record<string, unknown>;
  const full = { ...defaults, ...row } as unknown as Complaint;
  for (const key of Object.keys(defaults)) {
    const d = defaults[key];
    const v = (row as Record<string, unknown>)[key];
    if (d && typeof d === 'object' && !Array.isArray(d) && v && typeof v === 'object') (full as Record<string, unknown>)[key] = { ...d, ...v };
  }
  if (typeof full.number !== 'string') full.number = '';
  const out: Record<string, unknown> = { ...row };
  try {
    const derived = deriveComplaint(full) as unknown as Record<string, unknown>;
    for (const key of COMPLAINT_DERIVED) out[key] = derived[key];
  } catch {
    // Data of a wrong shape from another station: store it, but it is not searchable.
    for (const key of COMPLAINT_DERIVED) out[key] = key === 'searchTokens' ? [] : typeof out[key] === 'string' ? out[key] : '';
  }
  return out as MergeableRow;
}

export const DERIVE_AFTER_MERGE: Partial<Record<SyncTable, Derive>> = {
  complaints: deriveComplaintRow,
};

export function deriveRow(table: SyncTable, row: MergeableRow): MergeableRow {
  const derive = DERIVE_AFTER_MERGE[table];
  return derive ? derive(row) : row;
}
