/**
 * Building the next 8D row: validate one discipline (and its actions) against
 * the schemas and the cross-discipline rules, then merge it into the row with
 * removed list entries tombstoned. Pure; the repository stamps and stores it.
 */
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../common/validation-error';
import { progressFlags } from './completeness';
import { mapOf, listOf } from './keyed';
import { actionIssues } from './rules';
import {
  actionSchema, DISCIPLINE_SCHEMAS, emptyDisciplines, eightDIdFor, signatureSchema,
  type Action, type ActionDiscipline, type Discipline, type DisciplineData, type EightD, type Signature,
} from './schema';

/** Keeps our own codes (validation.*, eightd.*) and maps anything else to validation.invalid. */
export function issuesFromZod(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    code: /^(validation|eightd)\./.test(i.message) ? i.message : 'validation.invalid',
  }));
}

export function parseDiscipline<N extends Discipline>(n: N, value: unknown): DisciplineData[N] {
  const r = DISCIPLINE_SCHEMAS[n].safeParse(value);
  if (!r.success) throw new ValidationError(issuesFromZod(r.error));
  return r.data as DisciplineData[N];
}

export function parseActions(discipline: ActionDiscipline, list: readonly unknown[]): Action[] {
  const issues: FieldIssue[] = [];
  const out: Action[] = [];
  list.forEach((a, i) => {
    const r = actionSchema.safeParse(a);
    if (!r.success) issues.push(...issuesFromZod(r.error, `actions.${i}`));
    else if (r.data.discipline !== discipline) issues.push({ path: `actions.${i}.discipline`, code: 'validation.invalid' });
    else out.push(r.data);
  });
  if (issues.length) throw new ValidationError(issues);
  return out;
}

export function newEightD(complaintId: string, at: string, by: string): EightD {
  return {
    id: eightDIdFor(complaintId), complaintId, createdAt: at, updatedAt: at, updatedBy: by,
    ...emptyDisciplines(), actions: {}, signatures: {}, d4Done: false, d5Done: false, deletedAt: null, _clocks: {},
  };
}

/**
 * The row with one discipline replaced. When `actions` is given it replaces that
 * discipline's actions (others untouched). Throws ValidationError on bad input.
 */
export function withDiscipline<N extends Discipline>(
  row: EightD, n: N, value: unknown, actions: readonly unknown[] | undefined, at: string, by: string,
): EightD {
  const data = parseDiscipline(n, value);
  const next: EightD = { ...row, [n]: data, updatedAt: at, updatedBy: by };
  if (actions) {
    const discipline = n as ActionDiscipline;
    const list = parseActions(discipline, actions);
    const issues = actionIssues(next, list);
    if (issues.length) throw new ValidationError(issues);
    const mine = Object.fromEntries(Object.entries(row.actions).filter(([, a]) => a?.discipline === discipline));
    next.actions = { ...row.actions, ...mapOf(list, mine) };
  } else if (n === 'd4') {
    // A cause that loses its verified status (or disappears) must not leave D5 actions pointing at it.
    const issues = actionIssues(next, listOf(next.actions).filter((a) => a.discipline === 'd5'));
    if (issues.length) throw new ValidationError([{ path: 'causes', code: 'eightd.err.causeHasActions' }]);
  }
  return { ...next, ...progressFlags(next) };
}

export function withoutAction(row: EightD, actionId: string, at: string, by: string): EightD {
  if (!row.actions[actionId]) return row;
  const next: EightD = { ...row, actions: { ...row.actions, [actionId]: null }, updatedAt: at, updatedBy: by };
  return { ...next, ...progressFlags(next) };
}

export function parseSignature(value: unknown): Signature {
  const r = signatureSchema.safeParse(value);
  if (!r.success) throw new ValidationError(issuesFromZod(r.error));
  return r.data;
}

export function discardNull<T>(map: Record<string, T | null>): T[] {
  return Object.values(map).filter((v): v is T => v !== null);
}

/**
 * A stored row with every discipline present. A row may lack parts: written by
 * an older station, half-merged from a sync bundle, or seeded by a test with
 * just its flags. Readers see defaults there instead of crashing.
 */
export function restoreEightD(raw: Record<string, unknown> & { id: string; complaintId: string }): EightD {
  const empty = emptyDisciplines();
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const out: Record<string, unknown> = { ...newEightD(raw.complaintId, '', ''), ...raw };
  for (const n of Object.keys(empty) as (keyof DisciplineData)[]) out[n] = { ...empty[n], ...obj(raw[n]) };
  const d2 = out.d2 as DisciplineData['d2'];
  const isNot = obj(d2.isNot);
  d2.isNot = Object.fromEntries(Object.entries(empty.d2.isNot).map(([k, v]) => [k, { ...v, ...obj(isNot[k]) }])) as DisciplineData['d2']['isNot'];
  const d3 = out.d3 as DisciplineData['d3'];
  const locations = obj(d3.locations);
  d3.locations = Object.fromEntries(Object.entries(empty.d3.locations).map(([k, v]) => [k, { ...v, ...obj(locations[k]) }])) as DisciplineData['d3']['locations'];
  for (const key of ['actions', 'signatures'] as const) out[key] = obj(raw[key]);
  // Actions written before owners were people have no ownerId: they read as unlinked ('').
  out.actions = Object.fromEntries(Object.entries(out.actions as Record<string, unknown>).map(([id, a]) => [id, a && typeof a === 'object' ? { ownerId: '', ...a } : a]));
  return out as EightD;
}
