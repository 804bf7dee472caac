import type { Complaint } from '../../domain/complaint/record';

/** Assessment, owner, deadlines, status transitions and follow-up of one complaint. */
export function WorkflowPanel(_props: { complaint: Complaint }) {
  return null;
}
