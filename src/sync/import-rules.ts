/**
 * What an import refuses on top of a well-formed bundle: changes stamped too
 * far in the future, changes claiming to come from this very station, rows the
 * merge would leave invalid, and changes whose author was not allowed to make
 * them. Pure functions of the plan's inputs, so every station applies the same
 * rule to the same bundle; each refusal names the change (line, record) and
 * what was wrong.
 */
import type { SyncChange } from '../domain/merge/conflicts';
import { decodeHlc } from '../domain/merge/hlc';
import type { SyncTable } from '../domain/merge/change';
import { isAllowed, type PermissionMatrix } from '../domain/auth/permissions';
import { guardedActions, isStationSetup } from '../domain/auth/guarded-changes';
import { checkRow } from './row-schemas';
import { SyncError } from './errors';

const HOUR = 3_600_000;

/** Line numbers of the bundle's changes, for messages. */
export type LineOf = (hlc: string) => number;

/**
 * A change stamped more than `marginHours` ahead of both the bundle's creation
 * and this station's clock is refused: it would win every later edit. The
 * creation time is written by the same clock as the changes, so one ahead of
 * this station's clock vouches for nothing: the bound is this station's clock
 * plus the margin, which is also where the local clock stops following
 * (receiveHlc). Every accepted change is then at or below the local clock's
 * cap, so clamping never puts a local edit behind a value it has seen, and
 * the stations still converge (convergence.property.test.ts).
 */
export function checkClocks(changes: readonly SyncChange[], nowMs: number, marginHours: number, stationCode: (id: string) => string, lineOf: LineOf): void {
  const limit = nowMs + marginHours * HOUR;
  for (const c of changes) {
    const wall = decodeHlc(c.hlc)?.wall ?? 0;
    if (wall > limit) {
      const at = wall < 8.64e15 ? new Date(wall).toISOString() : String(wall);
      throw new SyncError('futureClock', { line: lineOf(c.hlc), station: stationCode(c.station), at, hours: marginHours });
    }
  }
}

/** A change this station has not written but which claims its station id would later be exported as our own. */
export function checkOwnStation(fresh: readonly SyncChange[], localStation: string, lineOf: LineOf): void {
  const spoof = fresh.find((c) => c.station === localStation);
  if (spoof) throw new SyncError('ownStationChange', { line: lineOf(spoof.hlc) });
}

export interface PlannedRow {
  table: SyncTable;
  row: Record<string, unknown>;
}

/** Every row the merge would write must be a valid row of its table. */
export function checkRows(rows: Iterable<PlannedRow>): void {
  for (const { table, row } of rows) {
    const issue = checkRow(table, row);
    if (issue) {
      const label = typeof row.number === 'string' ? row.number : typeof row.code === 'string' ? row.code : String(row.id);
      throw new SyncError('badRow', { table, row: label.slice(0, 60), path: issue.path, problem: issue.problem });
    }
  }
}

export interface AuthorView {
  /** The person as this station holds them before the import (see import.ts), or undefined when unknown. */
  person: (id: string) => { name: string; role: string; active: boolean; deletedAt?: string | null } | undefined;
  matrix: PermissionMatrix;
  rowBefore: (table: SyncTable, rowId: string) => Record<string, unknown> | undefined;
  /** The row as this import would leave it. */
  rowAfter: (table: SyncTable, rowId: string) => Record<string, unknown> | undefined;
}

/** At most this many offending changes are named in the message. */
const LISTED = 5;

/**
 * Each guarded change (approval, decision, signature, closure, deletion,
 * settings, people) must name an author whose role allows it. The role is the
 * one this station holds for that person before the import. A change without an author (bundles written
 * before authors were recorded) may still carry ordinary edits, never guarded
 * ones.
 */
export function checkAuthors(appended: readonly SyncChange[], view: AuthorView, lineOf: LineOf): void {
  const refused: string[] = [];
  let missing: { line: number; path: string } | null = null;
  for (const c of appended) {
    const needs = guardedActions(c.table, c.fields, view.rowBefore(c.table, c.rowId), view.rowAfter(c.table, c.rowId));
    if (needs.length === 0 || isStationSetup(c)) continue;
    if (!c.author) {
      missing ??= { line: lineOf(c.hlc), path: needs[0]!.path };
      continue;
    }
    const person = view.person(c.author);
    for (const n of needs) {
      const ok = person !== undefined && person.active && !person.deletedAt && isAllowed(view.matrix, person.role, n.action);
      if (!ok) {
        refused.push(`#${lineOf(c.hlc)} ${person?.name ?? c.actor} (${person?.role ?? '?'}) → ${n.action} ${c.table}/${c.rowId.slice(0, 26)} ${n.path.slice(0, 60)}`);
        break;
      }
    }
  }
  if (refused.length > 0) throw new SyncError('notPermitted', { count: refused.length, list: refused.slice(0, LISTED).join('; ') });
  if (missing) throw new SyncError('authorMissing', missing);
}
