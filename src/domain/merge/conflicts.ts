/**
 * Conflict detection. Two writes of one row conflict when they set the same
 * leaf path to different values and were concurrent: the later writer (by HLC)
 * had not seen the earlier write. What a writer had seen at a path is its
 * `base`: the newest stamp on that path (or an ancestor of it) in the writer's
 * own log before the write. A station computes `base` for its own writes from
 * its append-only log and ships it with the change, so every station judges
 * every pair of writes from the same facts: the conflict list is a function
 * of the set of writes, not of the order bundles arrive in.
 *
 * An edit made without having seen a delete of the row (a tombstone) is a
 * conflict on `deletedAt`: keeping null undeletes the row. So is the reverse,
 * a delete made without having seen an edit (the edit's data would vanish
 * unnoticed under the tombstone): a delete's `base` therefore records every
 * path of the row its writer had seen, not only the paths it writes.
 */
import type { ChangeRecord } from './change';
import { jsonEqual, type Json } from './field-paths';
import { sha256Hex } from '../common/sha256';

/** A change as it travels in bundles: with what its writer had seen. */
export interface SyncChange extends ChangeRecord {
  base?: Record<string, string>;
}

export interface ConflictValue {
  hlc: string;
  station: string;
  value: Json;
  actor: string;
  at: string;
}

export interface ConflictCandidate {
  id: string;
  table: string;
  rowId: string;
  path: string;
  /** Sorted by HLC: the last one is the deterministic winner of the pair. */
  values: [ConflictValue, ConflictValue];
}

export const TOMBSTONE_PATH = 'deletedAt';

/** Bookkeeping every edit sets: last-writer-wins is the right answer, and a person has nothing to decide. */
export const UNFLAGGED_PATHS: ReadonlySet<string> = new Set(['updatedAt', 'updatedBy']);

function touches(written: string, path: string): boolean {
  return path === written || path.startsWith(`${written}.`);
}

/**
 * What the writer of `change` had seen, from its own log (changes of the same
 * row that came before it, in local order).
 */
export function baseFromLog(prior: readonly ChangeRecord[], change: ChangeRecord): Record<string, string> {
  const base: Record<string, string> = {};
  const paths = new Set([...Object.keys(change.fields), TOMBSTONE_PATH]);
  const deleting = isDelete(change);
  for (const earlier of prior) {
    for (const written of Object.keys(earlier.fields)) {
      if (deleting && (base[written] ?? '') < earlier.hlc) base[written] = earlier.hlc;
      for (const path of paths) {
        if (touches(written, path) && (base[path] ?? '') < earlier.hlc) base[path] = earlier.hlc;
      }
    }
  }
  return base;
}

function valueOf(c: ChangeRecord, value: Json): ConflictValue {
  return { hlc: c.hlc, station: c.station, value, actor: c.actor, at: c.at };
}

export function conflictId(table: string, rowId: string, path: string, a: string, b: string): string {
  return sha256Hex(`${table}\u0000${rowId}\u0000${path}\u0000${a}\u0000${b}`).slice(0, 32);
}

function isDelete(c: ChangeRecord): boolean {
  const v = c.fields[TOMBSTONE_PATH];
  return typeof v === 'string' && v.length > 0;
}

/** The newest stamp the writer had seen at `path` or at one of its ancestors (which overwrote it). */
function seenAt(seen: Record<string, string>, path: string): string {
  let newest = seen[path] ?? '';
  for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
    const stamp = seen[path.slice(0, i)] ?? '';
    if (stamp > newest) newest = stamp;
  }
  return newest;
}

/** A delete whose writer had not seen an earlier edit of some data path (bookkeeping aside). */
function deletesUnseenEdit(lo: ChangeRecord, hi: SyncChange): boolean {
  if (!isDelete(hi) || TOMBSTONE_PATH in lo.fields) return false;
  const seen = hi.base ?? {};
  return Object.keys(lo.fields).some((path) => !UNFLAGGED_PATHS.has(path) && seenAt(seen, path) < lo.hlc);
}

/** The conflicts between two writes of the same row. `base` must be resolved for both. */
export function conflictsBetween(x: SyncChange, y: SyncChange): ConflictCandidate[] {
  if (x.hlc === y.hlc || x.table !== y.table || x.rowId !== y.rowId) return [];
  const [lo, hi] = x.hlc < y.hlc ? [x, y] : [y, x];
  const seen = hi.base ?? {};
  const out: ConflictCandidate[] = [];
  for (const [path, loValue] of Object.entries(lo.fields)) {
    if (!(path in hi.fields) || UNFLAGGED_PATHS.has(path)) continue;
    const hiValue = hi.fields[path] as Json;
    if (jsonEqual(loValue, hiValue)) continue;
    if ((seen[path] ?? '') >= lo.hlc) continue;
    out.push({ id: conflictId(lo.table, lo.rowId, path, lo.hlc, hi.hlc), table: lo.table, rowId: lo.rowId, path, values: [valueOf(lo, loValue), valueOf(hi, hiValue)] });
  }
  if (isDelete(lo) && !(TOMBSTONE_PATH in hi.fields) && (seen[TOMBSTONE_PATH] ?? '') < lo.hlc) {
    out.push({
      id: conflictId(lo.table, lo.rowId, TOMBSTONE_PATH, lo.hlc, hi.hlc),
      table: lo.table,
      rowId: lo.rowId,
      path: TOMBSTONE_PATH,
      values: [valueOf(lo, lo.fields[TOMBSTONE_PATH] as Json), valueOf(hi, null)],
    });
  }
  if (deletesUnseenEdit(lo, hi)) {
    out.push({
      id: conflictId(lo.table, lo.rowId, TOMBSTONE_PATH, lo.hlc, hi.hlc),
      table: lo.table,
      rowId: lo.rowId,
      path: TOMBSTONE_PATH,
      values: [valueOf(lo, null), valueOf(hi, hi.fields[TOMBSTONE_PATH] as Json)],
    });
  }
  return out;
}
