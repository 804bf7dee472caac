/**
 * Review packs: the review row (queries/review-rows.ts toReviewRow, returns
 * left at 0) of every live complaint, kept in one record per UTC month of
 * receipt. A review reads ~15 records instead of ~36,000 complaints: IndexedDB
 * costs about 20 µs a record whatever its size (issue #17's measurements).
 * Derived from the complaints alone: never synced, not in backups, written by
 * middleware.ts in the same transaction as every complaint write.
 */
import type { ReviewRow } from '../../domain/review/row';
import { toReviewRow } from '../queries/review-rows';
import type { WorkflowComplaint } from '../repositories/workflow-store';
import { packMonth } from './month';

export { packMonth };

export const REVIEW_PACKS = 'reviewPacks';

export interface ReviewPack {
  /** 'YYYY-MM' of receivedAt as stored (UTC). */
  month: string;
  /** Complaints stored with a receivedAt in the month, deleted ones included: the pack lasts while there are any. */
  stored: number;
  /** Sorted as the receivedAt index reads them: by receivedAt, then id. */
  rows: ReviewRow[];
}

/** The receivedAt of a stored complaint, when the receivedAt index holds it. */
export function receivedOf(c: unknown): string | undefined {
  const at = (c as { receivedAt?: unknown } | undefined)?.receivedAt;
  return typeof at === 'string' ? at : undefined;
}

/** The row a complaint puts in its pack; none when deleted or unreceived (the receivedAt index leaves it out too). */
export function packRowOf(c: unknown): ReviewRow | undefined {
  const row = c as WorkflowComplaint | undefined;
  if (!row || row.deletedAt || typeof row.receivedAt !== 'string') return undefined;
  return toReviewRow(row, 0);
}

/** IndexedDB's order of the receivedAt index: the key, then the primary key (code units, as `<` compares). */
export function byReceipt(a: ReviewRow, b: ReviewRow): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A pack's rows without `drop`'s ids and with `add`, in index order. */
export function repack(rows: readonly ReviewRow[], drop: ReadonlySet<string>, add: readonly ReviewRow[]): ReviewRow[] {
  return [...rows.filter((r) => !drop.has(r.id)), ...add].sort(byReceipt);
}

/** What a complaint brings to its pack: its month's count, and its row when live. */
export interface PackEntry {
  receivedAt: string;
  row?: ReviewRow;
}

export function packEntryOf(c: unknown): PackEntry | undefined {
  const receivedAt = receivedOf(c);
  if (receivedAt === undefined) return undefined;
  const row = packRowOf(c);
  return row ? { receivedAt, row } : { receivedAt };
}

/** The packs of these entries built whole (the upgrade, and the tests' reference), by month. */
export function packsOf(entries: Iterable<PackEntry | undefined>): ReviewPack[] {
  const months = new Map<string, ReviewPack>();
  for (const e of entries) {
    if (!e) continue;
    const pack = months.get(packMonth(e.receivedAt)) ?? { month: packMonth(e.receivedAt), stored: 0, rows: [] };
    months.set(pack.month, pack);
    pack.stored++;
    if (e.row) pack.rows.push(e.row);
  }
  for (const pack of months.values()) pack.rows.sort(byReceipt);
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
