import type { Complaint } from '../../domain/complaint/record';

/** The complaint page's view of its 8D: progress and a link to the workspace. */
export function EightDSummary(_props: { complaint: Complaint }) {
  return null;
}
