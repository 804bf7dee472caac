/** Complaint statuses and rejection reasons: the vocabulary of the status machine. */
import { z } from 'zod';

export const COMPLAINT_STATUSES = [
  'new',
  'acknowledged',
  'investigating',
  'containment',
  'eightD',
  'replied',
  'followUp',
  'closed',
  'rejected',
  'reopened',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const FINAL_STATUSES = ['closed', 'rejected'] as const satisfies readonly ComplaintStatus[];

/**
 * Statuses a case can still be rejected from. 'reopened' counts as open: a
 * case reopened and then found to be misuse must be rejectable too.
 */
export const OPEN_STATUSES = COMPLAINT_STATUSES.filter(
  (s): s is Exclude<ComplaintStatus, (typeof FINAL_STATUSES)[number]> =>
    !(FINAL_STATUSES as readonly ComplaintStatus[]).includes(s),
);

export function isOpenStatus(status: ComplaintStatus): boolean {
  return (OPEN_STATUSES as readonly ComplaintStatus[]).includes(status);
}

/** Why a complaint or claim is refused (拒赔理由); 'other' needs a note. */
export const REJECTION_REASONS = ['pastShelfLife', 'notOurProduct', 'conformsToContract', 'misuse', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES);
