/**
 * The plain rows the statistics read: one per complaint, flattened from the
 * stored record by the db layer (src/db/queries/review-rows.ts) so that the
 * figures below need neither Dexie nor the stored shape.
 */
import type { QualityCost } from '../complaint/quality-cost';
import type { DeadlineKind } from '../workflow/deadlines';

export interface ReviewDeadline {
  kind: DeadlineKind;
  /** The current due (after slips). */
  due: string;
  completedAt?: string;
  /** Ended without completion (restarted by a reopen, not required, stopped). */
  ended: boolean;
}

export interface ReviewAccountability {
  departmentId: string;
  personName: string;
  causeClass: string;
  points: number;
  amountFen: number;
}

export interface ReviewRow {
  id: string;
  number: string;
  receivedAt: string;
  status: string;
  category: string;
  grade: string;
  department: string;
  channel: string;
  /** Master id when linked, else the name: what groups a customer. */
  customerKey: string;
  customer: string;
  productKey: string;
  product: string;
  /** Short name of the defect (the Pareto's bar). */
  defect: string;
  /** The last time the case was closed, if it is closed now. */
  closedAt?: string;
  reopenCount: number;
  deadlines: ReviewDeadline[];
  costs?: QualityCost;
  /** Value of the linked returns (goods + claims), in fen. */
  returnedFen: number;
  /** Survey scores by item; a follow-up's single score counts as `overall`. */
  scores?: Record<string, number>;
  accountability?: ReviewAccountability;
}

export interface ReviewFilter {
  customerKey?: string;
  productKey?: string;
  department?: string;
  category?: string;
  grade?: string;
}

export function matchesFilter(r: ReviewRow, f: ReviewFilter): boolean {
  return (
    (!f.customerKey || r.customerKey === f.customerKey) &&
    (!f.productKey || r.productKey === f.productKey) &&
    (!f.department || r.department === f.department) &&
    (!f.category || r.category === f.category) &&
    (!f.grade || r.grade === f.grade)
  );
}
