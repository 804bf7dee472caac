/**
 * Per-field last-writer-wins over ChangeRecords, ordered by the encoded HLC
 * (wall, counter, station id). Pure: the import pipeline and the convergence
 * property test run exactly this code.
 *
 * Ancestor-aware: a write at `attachments.<sha>` (null = entry removed) replaces
 * the whole subtree, so it dominates OLDER stamps on its descendants and is
 * dominated by NEWER ones. Invariant kept in `_clocks`: a path and one of its
 * ancestors are both present only when the descendant's stamp is newer. With
 * that invariant the result of applying a set of changes does not depend on
 * the order they arrive in (see convergence.property.test.ts). Local writes
 * (write-record.ts) may leave stale stamps under an overwritten path; they are
 * older than that path's stamp and ignored here.
 */
import type { ChangeRecord } from './change';
import { getPath, isPlainObject, isSafeKey, type Json, type JsonObject } from './field-paths';

export interface MergeableRow {
  id: string;
  _clocks: Record<string, string>;
  [key: string]: unknown;
}

export interface ApplyOutcome<R extends MergeableRow> {
  row: R;
  /** Paths whose value this change set (it won). */
  applied: string[];
}

function ancestorsOf(path: string): string[] {
  const keys = path.split('.');
  const out: string[] = [];
  for (let i = 1; i < keys.length; i++) out.push(keys.slice(0, i).join('.'));
  return out;
}

export function isSafePath(path: string): boolean {
  return path.length > 0 && path.length <= 512 && path.split('.').every(isSafeKey);
}

/**
 * The row a change writes into, copied once per change rather than once per
 * field (a complaint's creation sets some sixty leaves): objects this change
 * has already copied are written in place, any other is copied on the way
 * down, so neither `current` nor a change's values are ever mutated.
 */
class RowDraft {
  readonly data: JsonObject;
  private readonly owned = new WeakSet<object>();

  constructor(current: JsonObject) {
    this.data = { ...current };
    this.owned.add(this.data);
  }

  set(path: string, value: Json): void {
    const keys = path.split('.');
    let node = this.data;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i] as string;
      const child = node[key];
      if (isPlainObject(child) && this.owned.has(child)) {
        node = child;
        continue;
      }
      const copy: JsonObject = isPlainObject(child) ? { ...child } : {};
      this.owned.add(copy);
      node[key] = copy;
      node = copy;
    }
    node[keys[keys.length - 1] as string] = value;
  }
}

/** Applies one change's fields to a row (or to a new empty row when undefined). Never mutates. */
export function applyChange<R extends MergeableRow>(current: R | undefined, change: ChangeRecord): ApplyOutcome<R> {
  const draft = new RowDraft((current ?? { id: change.rowId, _clocks: {} }) as unknown as JsonObject);
  const data = draft.data;
  const clocks: Record<string, string> = { ...(current?._clocks ?? {}) };
  const applied: string[] = [];
  // Deterministic order inside one change: parents before children.
  const paths = Object.keys(change.fields)
    .map((p) => ({ p, depth: p.split('.').length }))
    .sort((a, b) => a.depth - b.depth || (a.p < b.p ? -1 : 1))
    .map((x) => x.p);
  // Descendants that an overwrite must look at can only be stamps the row came with: this
  // change writes parents first, so none of its own paths lies below one it is writing.
  const inherited = Object.keys(current?._clocks ?? {});
  for (const path of paths) {
    if (!isSafePath(path)) throw new Error(`unsafe path: ${path}`);
    const value = change.fields[path] as Json;
    const own = clocks[path];
    if (own !== undefined && own >= change.hlc) continue;
    if (ancestorsOf(path).some((a) => (clocks[a] ?? '') > change.hlc)) continue;
    // Newer descendants survive the overwrite: remember them and lay them back on top.
    const prefix = `${path}.`;
    const keep: [string, string, Json][] = [];
    for (const p of inherited) {
      const h = clocks[p];
      if (h === undefined || !p.startsWith(prefix)) continue;
      // Local writes leave stamps under a path they overwrote; those are stale, not newer data.
      const stale = ancestorsOf(p).some((a) => (clocks[a] ?? '') > h);
      const value = getPath(data, p);
      if (h > change.hlc && !stale && value !== undefined) keep.push([p, h, value]);
      delete clocks[p];
    }
    draft.set(path, value);
    clocks[path] = change.hlc;
    keep.sort((a, b) => a[0].split('.').length - b[0].split('.').length);
    for (const [p, h, v] of keep) {
      draft.set(p, v);
      clocks[p] = h;
    }
    applied.push(path);
  }
  // The draft's top object is this change's own copy: finished in place.
  data.id = change.rowId;
  (data as Record<string, unknown>)._clocks = clocks;
  return { row: data as unknown as R, applied };
}
