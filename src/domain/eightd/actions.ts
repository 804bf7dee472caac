/**
 * Which 8D actions still need someone: for the tracking table's "my work" and
 * overdue views. An action is open until done, verified or cancelled; it is
 * overdue when still open after its due date (the station's local date).
 */
import { listOf } from './keyed';
import type { Action, EightD } from './schema';

export type ActionState = 'closed' | 'open' | 'overdue';

export function actionState(a: Action, today: string): ActionState {
  if (a.status === 'done' || a.status === 'verified' || a.status === 'cancelled') return 'closed';
  return a.due !== '' && a.due < today ? 'overdue' : 'open';
}

export interface OpenAction {
  complaintId: string;
  action: Action;
  state: Exclude<ActionState, 'closed'>;
}

export function openActions(report: Pick<EightD, 'complaintId' | 'actions'>, today: string, owner?: string): OpenAction[] {
  return listOf(report.actions).flatMap((action) => {
    const state = actionState(action, today);
    if (state === 'closed' || (owner !== undefined && action.owner !== owner)) return [];
    return [{ complaintId: report.complaintId, action, state }];
  });
}
