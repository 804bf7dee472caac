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
import { DEFAULT_DEPARTMENTS } from '../org/org';

const DEFAULT_DEPARTMENT_IDS = new Set(DEFAULT_DEPARTMENTS.map((d) => `dept-${d.code}`));

/**
 * A station's first start writes the plant's default departments as the
 * station itself (author `station:<id>`, before anyone has logged in): every
 * station writes the same rows, so another station accepts exactly these from
 * the station that stamped them, nothing else.
 */
export function isStationSetup(c: { table: SyncTable; rowId: string; station: string; author?: string }): boolean {
  return c.author === `station:${c.station}` && c.table === 'departments' && DEFAULT_DEPARTMENT_IDS.has(c.rowId);
}

export interface GuardedChange {
  action: Action;
  /** The first field path that needs it, to name in the refusal. */
  path: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The entry of a keyed map (approvals.<id>, signatures.<id>) a path writes, as the change sets it or the merged row holds it. */
function entryOf(fields: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>> | undefined, map: string, id: string): Record<string, unknown> {
  const whole = fields[`${map}.${id}`];
  const merged = (after?.[map] as Record<string, unknown> | undefined)?.[id];
  const out: Record<string, unknown> = { ...(isObject(merged) ? merged : {}), ...(isObject(whole) ? whole : {}) };
  const prefix = `${map}.${id}.`;
  for (const [p, v] of Object.entries(fields)) if (p.startsWith(prefix) && !p.slice(prefix.length).includes('.')) out[p.slice(prefix.length)] = v;
  return out;
}

/**
 * The actions a change needs, given the change's own fields, its row before
 * the import (a new person needs people.manage; a restore needs the right to
 * delete) and the row as merged (to read the role of an approval written field
 * by field).
 */
export function guardedActions(table: SyncTable, fields: Readonly<Record<string, unknown>>, before: Readonly<Record<string, unknown>> | undefined, after?: Readonly<Record<string, unknown>>): GuardedChange[] {
  const rowExisted = before !== undefined;
  const out = new Map<Action, string>();
  const need = (action: Action, path: string) => {
    if (!out.has(action)) out.set(action, path);
  };
  for (const [path, value] of Object.entries(fields)) {
    const [head, id, leaf] = path.split('.') as [string, string | undefined, string | undefined];
    // A creation writes deletedAt: null; a deletion, or the restore of a deleted row, needs the right.
    if (head === 'deletedAt' && (value !== null || Boolean(before?.deletedAt))) need('record.delete', path);
    switch (table) {
      case 'complaints':
        if (path === 'status' && (value === 'closed' || value === 'reopened')) need('case.close', path);
        if (head === 'closures' && value !== null) need('case.close', path);
        break;
      case 'returns':
        // Any editing station marks an approval void when the request changes; what was signed needs the signer's right.
        if (head === 'approvals' && id !== undefined && value !== null && leaf !== 'voided') {
          const role = entryOf(fields, after, 'approvals', id).role;
          // An approval of an unknown role is judged as the higher of the two.
          need((typeof role === 'string' ? approvalAction(role as PersonRole) : undefined) ?? 'return.approveGeneral', path);
        }
        if (head === 'decision') need('claim.decide', path);
        if (head === 'reopenings') need('case.close', path);
        break;
      case 'eightD':
        if (head === 'signatures' && id !== undefined && value !== null) {
          need(entryOf(fields, after, 'signatures', id).slot === 'prepared' ? 'eightd.edit' : 'eightd.sign', path);
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
