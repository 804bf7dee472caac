import type { Complaint } from '../../domain/complaint/record';

/** The returns and claims linked to a complaint, with their state. */
export function LinkedReturns(_props: { complaint: Complaint }) {
  return null;
}
