/**
 * The stored shape of a return (`returns` table, one row per request) and its
 * conversion to the domain's ReturnCase. Sync merges per leaf path and treats
 * arrays as atomic, so every list two stations may add to (request lines,
 * approvals, per-line receipt / judgement / disposition) is an object keyed by
 * id with an `order` where order matters; a removed entry is null.
 * `status` and `totalFen` are derived on every write and never stamped.
 */
import type { SyncedRow } from '../app-db';
import {
  approvalStateForHash,
  canonicalRequest,
  requestStatus,
  requestTotals,
  type ApprovalRecord,
  type ApprovalSettings,
  type ClaimDecision,
  type DecisionSignature,
  type Disposition,
  type DispositionAction,
  type Judgement,
  type JudgementLine,
  type Receipt,
  type RequestStatus,
  type ReturnCase,
  type ReturnLine,
  type ReturnPhoto,
  type ReturnRequest,
} from '../../domain/returns';
import { zoneOffsetMs } from '../../domain/calendar/zone';
import { sha256Hex } from '../../domain/common/sha256';

export const RETURN_DERIVED_FIELDS: ReadonlySet<string> = new Set(['status', 'totalFen']);

export type StoredLine = Omit<ReturnLine, 'id'> & { order: number };
export type StoredReceiptLine = Omit<Receipt['lines'][number], 'lineId'>;
export type StoredJudgementLine = Omit<JudgementLine, 'lineId'>;

export interface StoredRequest {
  customer: ReturnRequest['customer'];
  orderNo: string;
  deliveryNoteNo?: string;
  trackingNo?: string;
  returnType: ReturnRequest['returnType'];
  freightPaidBy: ReturnRequest['freightPaidBy'];
  lines: Record<string, StoredLine | null>;
}

export interface StoredReturn extends SyncedRow {
  number: string;
  station: string;
  /** '' for a standalone return, so every row is in the complaintId index. */
  complaintId: string;
  status: RequestStatus;
  totalFen: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  submittedAt: string;
  request: StoredRequest;
  decision?: ClaimDecision & { at: string; by: string; contentHash?: string; signature?: DecisionSignature };
  approvals: Record<string, ApprovalRecord | null>;
  receipt?: Omit<Receipt, 'lines'> & { lines: Record<string, StoredReceiptLine | null> };
  judgement?: Omit<Judgement, 'lines'> & { lines: Record<string, StoredJudgementLine | null> };
  disposition?: { decidedAt: string; decidedBy: string; lines: Record<string, { actions: DispositionAction[] } | null> };
  /**
   * Photos taken at receipt, keyed by SHA-256. The field is named `attachments`
   * because the sync export carries the files of every `attachments.<sha256>` path.
   */
  attachments?: Record<string, ReturnPhoto | null>;
}

function entries<T>(map: Record<string, T | null> | undefined): [string, T][] {
  return Object.entries(map ?? {}).filter((e): e is [string, T] => e[1] !== null);
}

export function toRequest(row: StoredReturn): ReturnRequest {
  const { lines, ...rest } = row.request;
  return {
    ...rest,
    id: row.id,
    complaintId: row.complaintId || undefined,
    lines: entries(lines)
      .sort((a, b) => a[1].order - b[1].order)
      .map(([id, { order: _order, ...line }]) => ({ id, ...line })),
  };
}

export function storeRequest(request: ReturnRequest, previous?: StoredRequest): StoredRequest {
  const lines: Record<string, StoredLine | null> = {};
  for (const id of Object.keys(previous?.lines ?? {})) lines[id] = null;
  request.lines.forEach(({ id, ...line }, order) => {
    lines[id] = { ...line, order };
  });
  const { customer, orderNo, deliveryNoteNo, trackingNo, returnType, freightPaidBy } = request;
  return { customer, orderNo, deliveryNoteNo, ...(trackingNo ? { trackingNo } : {}), returnType, freightPaidBy, lines };
}

export function approvalsOf(row: StoredReturn): ApprovalRecord[] {
  return entries(row.approvals)
    .map(([, a]) => a)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Photos of the delivery (lineId undefined) or of one line, oldest first. */
export function photosOf(row: StoredReturn, lineId?: string): ReturnPhoto[] {
  return entries(row.attachments)
    .map(([, p]) => p)
    .filter((p) => p.lineId === lineId)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export function receiptOf(row: StoredReturn): Receipt | undefined {
  if (!row.receipt) return undefined;
  const order = new Map(toRequest(row).lines.map((l, i) => [l.id, i]));
  return {
    ...row.receipt,
    lines: entries(row.receipt.lines)
      .map(([lineId, l]) => ({ lineId, ...l }))
      .sort((a, b) => (order.get(a.lineId) ?? 0) - (order.get(b.lineId) ?? 0)),
  };
}

export function judgementOf(row: StoredReturn): Judgement | undefined {
  if (!row.judgement) return undefined;
  return { ...row.judgement, lines: entries(row.judgement.lines).map(([lineId, l]) => ({ lineId, ...l })) };
}

export function dispositionOf(row: StoredReturn): Disposition | undefined {
  if (!row.disposition) return undefined;
  return { lines: entries(row.disposition.lines).map(([lineId, l]) => ({ lineId, actions: l.actions })) };
}

export function keyedByLine<T extends { lineId: string }>(lines: readonly T[], previous?: Record<string, unknown>): Record<string, Omit<T, 'lineId'> | null> {
  const out: Record<string, Omit<T, 'lineId'> | null> = {};
  for (const id of Object.keys(previous ?? {})) out[id] = null;
  for (const { lineId, ...rest } of lines) out[lineId] = rest;
  return out;
}

export function toCase(row: StoredReturn): ReturnCase {
  const { at: _at, by: _by, contentHash: _h, signature: _s, ...decision } = row.decision ?? { at: '', by: '' };
  return {
    request: toRequest(row),
    submittedAt: row.submittedAt,
    decision: row.decision ? (decision as ClaimDecision) : undefined,
    approvals: approvalsOf(row),
    receipt: receiptOf(row),
    judgement: judgementOf(row),
    disposition: dispositionOf(row),
  };
}

/**
 * hashRequest without WebCrypto (@noble/hashes, like the audit chain): the same
 * hex digest of the same canonical text, so a merge can re-derive a return's
 * status inside its Dexie transaction, where nothing but IndexedDB may be awaited.
 */
export function hashRequestSync(request: ReturnRequest): string {
  return sha256Hex(canonicalRequest(request));
}

/** Recomputes status and total; `hash` is the SHA-256 of the request the row holds. */
export function deriveReturn(hash: string, settings: ApprovalSettings): (row: StoredReturn) => StoredReturn {
  return (row) => {
    const c = toCase(row);
    const totalFen = requestTotals(c.request).totalFen;
    const status = requestStatus(c, approvalStateForHash(hash, totalFen, c.approvals, settings));
    return { ...row, status, totalFen };
  };
}

/** '2026-03-02T09:30:00+08:00': an instant as the signer's wall clock showed it, with its offset. */
export function isoInZone(ms: number, timeZone: string): string {
  const offset = zoneOffsetMs(ms, timeZone);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60_000));
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatReturnNumber(stationCode: string, year: number, seq: number): string {
  return `RT-${stationCode}-${year}-${String(seq).padStart(4, '0')}`;
}
