// Where a return stands, derived from its parts rather than stored, so a synced-in
// approval or receipt can never leave a stale status field behind.
import { approvalState, type ApprovalRecord, type ApprovalSettings, type ApprovalState } from './approval';
import type { ClaimDecision } from './claim-checks';
import { isFullyDisposed, type Disposition } from './disposition';
import { judgementIssues, type Judgement } from './judgement';
import type { Receipt } from './receipt';
import type { ReturnRequest } from './request';

export const REQUEST_STATUSES = ['draft', 'pendingApproval', 'approved', 'refused', 'received', 'judged', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A return and everything recorded about it since. */
export interface ReturnCase {
  request: ReturnRequest;
  /** Set when the request leaves draft; approvals are asked for from then on. */
  submittedAt?: string;
  decision?: ClaimDecision;
  approvals: ApprovalRecord[];
  receipt?: Receipt;
  judgement?: Judgement;
  disposition?: Disposition;
}

/**
 * Stages are passed in order: a receipt recorded before the approvals are complete does
 * not advance the status, because goods must not be judged or disposed of on an
 * unapproved return. A refusal (claim decision, approver, or at the warehouse door) wins.
 */
export function requestStatus(c: ReturnCase, approval: ApprovalState): RequestStatus {
  if (c.decision?.kind === 'refuse') return 'refused';
  if (!c.submittedAt) return 'draft';
  if (approval.rejected.length > 0) return 'refused';
  if (!c.decision || approval.missing.length > 0) return 'pendingApproval';
  if (!c.receipt) return 'approved';
  if (c.receipt.outcome === 'refused') return 'refused';
  if (!c.judgement || judgementIssues(c.judgement, c.receipt).length > 0) return 'received';
  return isFullyDisposed(c.disposition, c.receipt) && c.disposition ? 'closed' : 'judged';
}

/** Convenience: hashes the request, then derives the status. */
export async function requestStatusOf(c: ReturnCase, settings: ApprovalSettings): Promise<RequestStatus> {
  return requestStatus(c, await approvalState(c.request, c.approvals, settings));
}
