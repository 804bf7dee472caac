/**
 * Which 8D actions still need someone: for the tracking table's "my work" and
 * overdue views and the header's overdue count. An action is open until done,
 * verified or cancelled; it is overdue when still open after its due date,
 * `today` being the station's local date (a due date is a plain date, so an
 * action due Friday and still open on Saturday is overdue).
 */
import { listOf } from './keyed';
import type { Action, EightD } from './schema';

export type ActionState = 'closed' | 'open' | 'dueToday' | 'overdue';

export function isClosedAction(a: Pick<Action, 'status'>): boolean {
  return a.status === 'done' || a.status === 'verified' || a.status === 'cancelled';
}

export function actionState(a: Action, today: string): ActionState {
  if (isClosedAction(a)) return 'closed';
  if (a.due === '' || a.due > today) return 'open';
  return a.due === today ? 'dueToday' : 'overdue';
}

export interface OpenAction {
  complaintId: string;
  action: Action;
  state: Exclude<ActionState, 'closed'>;
}

/**
 * The report's open actions in order, optionally only those of one person
 * (by person id: names are not unique and are only what the report prints).
 */
export function openActions(report: Pick<EightD, 'complaintId' | 'actions'>, today: string, ownerId?: string): OpenAction[] {
  return listOf(report.actions).flatMap((action) => {
    const state = actionState(action, today);
    if (state === 'closed' || (ownerId !== undefined && action.ownerId !== ownerId)) return [];
    return [{ complaintId: report.complaintId, action, state }];
  });
}
