/**
 * Which changes need which permission when they arrive from another station.
 * A repository asks `authorize` before it writes; an import has no caller to
 * ask, so it reads the author each change names and checks that person's role
 * against the same matrix for the same actions. Ordinary edits (a phone
 * number, an 8D text) are left to the station that made them; what this lists
 * is what a forged bundle would want: approvals, claim decisions, signatures,
 * closures, deletions, settings, thresholds, the permission matrix, people and
 * their roles.
 */
import type { Action } from './permissions';
import { approvalAction } from './permissions';
import type { PersonRole } from '../org/org';
import type { SyncTable } from '../merge/change';

export interface GuardedChange {
  action: Action;
  /** The first field path that needs it, to name in the refusal. */
  path: string;
}

const top = (path: string) => path.split('.')[0] as string;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The actions a change needs, given the change's own fields and whether its
 * row existed before (a new person needs people.manage).
 */
export function guardedActions(table: SyncTable, fields: Readonly<Record<string, unknown>>, rowExisted: boolean): GuardedChange[] {
  const out = new Map<Action, string>();
  const need = (action: Action, path: string) => {
    if (!out.has(action)) out.set(action, path);
  };
  for (const [path, value] of Object.entries(fields)) {
    const head = top(path);
    if (head === 'deletedAt') need('record.delete', path);
    switch (table) {
      case 'complaints':
        if (path === 'status' && (value === 'closed' || value === 'reopened')) need('case.close', path);
        if (head === 'closures') need('case.close', path);
        break;
      case 'returns':
        if (head === 'approvals') {
          const role = isObject(value) ? value.role : path.endsWith('.role') ? value : undefined;
          // An approval of an unknown role is judged as the higher of the two.
          const action = typeof role === 'string' ? approvalAction(role as PersonRole) : undefined;
          if (value !== null) need(action ?? 'return.approveGeneral', path);
        }
        if (head === 'decision') need('claim.decide', path);
        if (head === 'reopenings') need('case.close', path);
        break;
      case 'eightD':
        if (head === 'signatures' && value !== null) {
          const slot = isObject(value) ? value.slot : undefined;
          need(slot === 'prepared' ? 'eightd.edit' : 'eightd.sign', path);
        }
        break;
      case 'config':
        need(head === 'permissions' ? 'people.manage' : 'settings.manage', path);
        break;
      case 'people':
        if (!rowExisted || head === 'role' || head === 'active' || head === 'login' || head === 'departmentId') need('people.manage', path);
        break;
      case 'departments':
        need('settings.manage', path);
        break;
      default:
        break;
    }
  }
  return [...out].map(([action, path]) => ({ action, path }));
}
