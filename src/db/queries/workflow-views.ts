/**
 * The 8D actions shown by the tracking table's "my work" and overdue views and
 * counted by the header: open actions joined to their complaint (number,
 * customer). Actions of a complaint that is closed, rejected or deleted are
 * left out, as the complaint itself leaves the overdue count: the case is over,
 * and a leftover action there is bookkeeping for the 8D, not daily work.
 */
import type { AppDB } from '../app-db';
import type { Complaint } from '../../domain/complaint/record';
import type { ActionDiscipline } from '../../domain/eightd/schema';
import type { OpenAction } from '../../domain/eightd/actions';
import { listOpenActions } from '../repositories/eightd-export';

export interface ActionRow {
  complaintId: string;
  number: string;
  customer: string;
  actionId: string;
  discipline: ActionDiscipline;
  title: string;
  owner: string;
  ownerId: string;
  /** YYYY-MM-DD or '' when none was set. */
  due: string;
  state: OpenAction['state'];
}

export interface ActionQuery {
  /** Only this person's actions. */
  ownerId?: string;
  /** Only actions whose due date has passed. */
  overdueOnly?: boolean;
}

const liveCase = (c: Complaint | undefined): c is Complaint =>
  !!c && !c.deletedAt && c.status !== 'closed' && c.status !== 'rejected';

/** Most urgent first: by due date (none last), then complaint number and the action's order. */
function byDue(a: ActionRow & { order: number }, b: ActionRow & { order: number }): number {
  const da = a.due || '\uffff';
  const db = b.due || '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  return a.order - b.order;
}

/** `today` is the station's local date (YYYY-MM-DD). */
export async function loadActionRows(db: AppDB, today: string, q: ActionQuery = {}): Promise<ActionRow[]> {
  const open = (await listOpenActions(db, today, q.ownerId)).filter((o) => !q.overdueOnly || o.state === 'overdue');
  if (open.length === 0) return [];
  const ids = [...new Set(open.map((o) => o.complaintId))];
  const cases = new Map((await db.complaints.bulkGet(ids)).filter(liveCase).map((c) => [c.id, c]));
  return open
    .flatMap(({ complaintId, action: a, state }) => {
      const c = cases.get(complaintId);
      if (!c) return [];
      return [{
        complaintId, number: c.number, customer: c.customer.name, actionId: a.id, discipline: a.discipline, title: a.title,
        owner: a.owner, ownerId: a.ownerId, due: a.due, state, order: a.order,
      }];
    })
    .sort(byDue)
    .map(({ order: _order, ...row }) => row);
}

/** Overdue open actions of live cases: the 8D part of the header's overdue count. */
export async function countOverdueActions(db: AppDB, today: string): Promise<number> {
  return (await loadActionRows(db, today, { overdueOnly: true })).length;
}
