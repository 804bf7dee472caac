/**
 * The discipline forms edit keyed lists (team, causes, 5-Why steps, actions) as
 * arrays; this converts between the stored row and the form values, and turns
 * the domain's refusals (paths with item ids) into react-hook-form errors
 * (paths with array indexes). The domain check is the one the repository runs.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { ValidationError, type FieldIssue } from '../../domain/common/validation-error';
import { listOf, mapOf } from '../../domain/eightd/keyed';
import { withDiscipline } from '../../domain/eightd/report';
import {
  ACTION_DISCIPLINES, type Action, type ActionDiscipline, type Cause, type Discipline, type EightD, type TeamMember, type WhyStep,
} from '../../domain/eightd/schema';

export type CauseForm = Omit<Cause, 'whys'> & { whys: WhyStep[] };
export type FormValues = Record<string, unknown> & { owner: string; date: string; actions?: Action[]; members?: TeamMember[]; causes?: CauseForm[] };

export function hasActions(n: Discipline): n is ActionDiscipline {
  return (ACTION_DISCIPLINES as readonly string[]).includes(n);
}

export function toForm(row: EightD, n: Discipline): FormValues {
  const d = structuredClone(row[n]) as unknown as Record<string, unknown>;
  if (n === 'd1') d.members = listOf(row.d1.members);
  if (n === 'd4') d.causes = listOf(row.d4.causes).map((c) => ({ ...c, whys: listOf(c.whys) }));
  if (hasActions(n)) d.actions = listOf(row.actions).filter((a) => a.discipline === n);
  return d as FormValues;
}

/** The stored discipline value and (for D3/D5/D6/D7) its actions, from form values. */
export function fromForm(row: EightD, n: Discipline, values: FormValues): { value: Record<string, unknown>; actions: Action[] | undefined } {
  const { actions, ...rest } = values;
  const value: Record<string, unknown> = { ...rest };
  if (n === 'd1') value.members = mapOf(values.members ?? [], row.d1.members);
  if (n === 'd4') {
    value.causes = mapOf(
      (values.causes ?? []).map((c) => ({ ...c, whys: mapOf(c.whys, row.d4.causes[c.id]?.whys) })),
      row.d4.causes,
    );
  }
  return { value, actions: hasActions(n) ? (actions ?? []) : undefined };
}

/** Rewrites `members.<id>.name` to `members.3.name` by looking the id up in the form's arrays. */
export function formPath(path: string, values: unknown): string[] {
  const out: string[] = [];
  let node: unknown = values;
  for (const seg of path.split('.').filter(Boolean)) {
    if (Array.isArray(node) && !/^\d+$/.test(seg)) {
      const i = node.findIndex((item) => (item as { id?: string } | null)?.id === seg);
      out.push(String(Math.max(i, 0)));
      node = node[Math.max(i, 0)];
    } else {
      out.push(seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

export function errorsFor(issues: FieldIssue[], values: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = formPath(issue.path, values);
    if (path.length === 0) path.push('root');
    let node: Record<string, unknown> = root;
    path.forEach((seg, i) => {
      if (i === path.length - 1) {
        node[seg] ??= { type: 'validate', message: issue.code };
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? '');
      node[seg] ??= nextIsIndex ? [] : {};
      node = node[seg] as Record<string, unknown>;
    });
  }
  return root;
}

/** Validates the form exactly as the repository will (schemas and cross-discipline rules). */
export function disciplineResolver(row: EightD, n: Discipline): Resolver<FormValues> {
  return async (values) => {
    try {
      const { value, actions } = fromForm(row, n, values);
      withDiscipline(row, n, value, actions, row.updatedAt, row.updatedBy);
      return { values, errors: {} };
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return { values: {}, errors: errorsFor(e.issues, values) as FieldErrors<FieldValues> };
    }
  };
}
