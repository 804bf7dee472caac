/**
 * Derived fields are never stamped or synced: after the merge sets a row's
 * fields, the table's derive function recomputes them (complaints: search
 * tokens, sort keys, the next deadline; returns: status and total; products and
 * customers: the type-ahead key), exactly as a local write would. Tables without
 * an entry have none (8D reports, people, departments, config, contacts).
 *
 * A merged row may be partial (an edit relayed before the row's creation
 * arrived). It is stored over the empty record's defaults (the empty complaint
 * form; an empty return request with empty lines), unstamped, so that the pages
 * listing and opening it read the shape they expect; the creation writes every
 * leaf with its stamp and so replaces each default.
 */
import type { Complaint } from '../domain/complaint/record';
import { emptyComplaintInput } from '../domain/complaint/schema';
import type { SyncTable } from '../domain/merge/change';
import type { MergeableRow } from '../domain/merge/apply-change';
import { decodeHlc } from '../domain/merge/hlc';
import { DEFAULT_APPROVAL_SETTINGS, FREIGHT_PAYERS, RETURN_TYPES, type ApprovalSettings } from '../domain/returns';
import { deriveComplaint } from '../db/repositories/complaints';
import { deriveCustomerSearch, deriveProductSearch } from '../domain/masterdata/records';
import { deriveReturn, hashRequestSync, toRequest, type StoredReturn } from '../db/repositories/returns-row';
import { chainSetupOf, withInitialChain, type ChainSetup } from '../db/repositories/initial-chain';
import type { WorkflowComplaint } from '../db/repositories/workflow-store';
import { DEFAULT_PLANT_CONFIG } from '../domain/config/plant-config';

/** What derivation needs beyond the row, read in the same transaction. */
export interface DeriveContext {
  approval: ApprovalSettings;
  /** Deadline settings, calendar and this station's zone: a complaint that arrives without its chain gets it. */
  chain: ChainSetup;
}

export const DEFAULT_DERIVE_CONTEXT: DeriveContext = { approval: DEFAULT_APPROVAL_SETTINGS, chain: chainSetupOf(DEFAULT_PLANT_CONFIG) };

type Derive = (row: MergeableRow, ctx: DeriveContext) => MergeableRow;

const COMPLAINT_DERIVED = ['searchTokens', 'category', 'grade', 'department', 'ownerId', 'nextDueAt'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `row` over `defaults`, plain objects merged one level down (the record forms are two levels deep). */
function overDefaults(defaults: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults, ...row };
  for (const key of Object.keys(defaults)) {
    const d = defaults[key];
    const v = row[key];
    if (isObject(d) && isObject(v)) out[key] = { ...d, ...v };
  }
  return out;
}

/** Every creation stamps `createdAt`: a row without that stamp holds only edits that arrived before their creation. */
function isPartial(row: MergeableRow): boolean {
  return !row._clocks.createdAt;
}

/** The time of the newest edit the row holds: a real instant for the date fields pages format, the same on every station. */
function newestEditIso(row: MergeableRow): string {
  // Encoded HLCs sort as they order: only a stamp above the newest valid one so far is decoded.
  let newest = '';
  let wall = 0;
  for (const h of Object.values(row._clocks)) {
    if (h <= newest) continue;
    const decoded = decodeHlc(h);
    if (!decoded) continue;
    newest = h;
    wall = decoded.wall;
  }
  return new Date(wall).toISOString();
}

// No `number`: it is a unique index, and two partial rows would collide on a default.
function recordDefaults(row: MergeableRow) {
  const at = newestEditIso(row);
  return { station: '', createdAt: at, createdBy: '', updatedAt: at, updatedBy: '', deletedAt: null };
}

function deriveComplaintRow(row: MergeableRow, ctx: DeriveContext): MergeableRow {
  const defaults = { ...recordDefaults(row), status: 'new', ...(emptyComplaintInput(newestEditIso(row), '') as unknown as Record<string, unknown>) };
  const full = overDefaults(defaults, row) as unknown as Complaint;
  // A complete row is stored as merged (only derived fields added): defaults stay out of synced data.
  let out: Record<string, unknown> = isPartial(row) ? { ...full } : { ...row };
  if (typeof full.number !== 'string') full.number = '';
  // Only a whole record has a real receipt time to count from; a partial one gets its chain with its creation.
  if (!isPartial(row)) {
    try {
      out = withInitialChain(out as unknown as WorkflowComplaint, ctx.chain) as unknown as Record<string, unknown>;
      full.deadlines = out.deadlines;
    } catch {
      // A receipt time of a wrong shape: no chain, as before.
    }
  }
  try {
    const derived = deriveComplaint(full) as unknown as Record<string, unknown>;
    for (const key of COMPLAINT_DERIVED) out[key] = derived[key];
  } catch {
    // Data of a wrong shape from another station: store it, but it is not searchable.
    for (const key of COMPLAINT_DERIVED) out[key] = key === 'searchTokens' ? [] : typeof out[key] === 'string' ? out[key] : '';
  }
  return out as MergeableRow;
}

const RETURN_DEFAULTS = { complaintId: '', approvals: {}, status: 'draft', totalFen: 0 };
const REQUEST_DEFAULTS = { customer: { name: '', contact: '', phone: '' }, orderNo: '', returnType: RETURN_TYPES[0], freightPaidBy: FREIGHT_PAYERS[0], lines: {} };
const LINE_DEFAULTS = { productNo: '', reason: '', qtyShipped: 0, qtyRequested: 0, unitPriceFen: 0, order: 0 };

/** A return over the empty request's defaults, each line over an empty line's. */
function withReturnDefaults(row: MergeableRow): StoredReturn {
  const r = overDefaults({ ...recordDefaults(row), ...RETURN_DEFAULTS, submittedAt: newestEditIso(row) }, row);
  const request = overDefaults(REQUEST_DEFAULTS, isObject(r.request) ? r.request : {});
  const lines = isObject(request.lines) ? request.lines : {};
  request.lines = Object.fromEntries(Object.entries(lines).map(([id, l]) => [id, isObject(l) ? { ...LINE_DEFAULTS, ...l } : l]));
  return { ...r, request } as unknown as StoredReturn;
}

function deriveReturnRow(row: MergeableRow, ctx: DeriveContext): MergeableRow {
  const full = withReturnDefaults(row);
  const stored = (isPartial(row) ? full : row) as unknown as StoredReturn;
  try {
    // The same hash the local write signs with (hashRequest), computed synchronously inside the transaction.
    const { status, totalFen } = deriveReturn(hashRequestSync(toRequest(full)), ctx.approval)(full);
    return { ...stored, status, totalFen } as unknown as MergeableRow;
  } catch {
    // Lines of a wrong shape from another station (an amount that does not add up): keep the row readable.
    return { ...stored, status: typeof stored.status === 'string' ? stored.status : 'draft', totalFen: typeof stored.totalFen === 'number' ? stored.totalFen : 0 } as unknown as MergeableRow;
  }
}

export const DERIVE_AFTER_MERGE: Partial<Record<SyncTable, Derive>> = {
  complaints: deriveComplaintRow,
  returns: deriveReturnRow,
  // Master rows: only the type-ahead key, which tolerates a partial row.
  products: (row) => deriveProductSearch(row),
  customers: (row) => deriveCustomerSearch(row),
};

export function deriveRow(table: SyncTable, row: MergeableRow, ctx: DeriveContext): MergeableRow {
  const derive = DERIVE_AFTER_MERGE[table];
  return derive ? derive(row, ctx) : row;
}
