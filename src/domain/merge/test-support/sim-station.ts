/**
 * An in-memory station for the convergence property test. Local writes mirror
 * db/repositories/write-record.ts (diff, tick the HLC, stamp changed leaves,
 * append to the log); imports run the real mergeBatch. The merge function can
 * be swapped so the test can show that a broken merge is caught.
 */
import { applyChange, type MergeableRow } from '../apply-change';
import type { SyncTable } from '../change';
import type { ConflictCandidate, SyncChange } from '../conflicts';
import { diffRecords, isPlainObject, type Json, type JsonObject } from '../field-paths';
import { decodeHlc, encodeHlc, receiveHlc, tickHlc, type Hlc } from '../hlc';
import { mergeBatch, resolveBases, rowKey, type RowState } from '../merge-batch';

/** The plant's default clock margin (24 h): skews of days make the clamp bite in the property test. */
export const CLOCK_MARGIN_MS = 24 * 3_600_000;

export type ApplyFn = typeof applyChange;

export class SimStation {
  readonly rows = new Map<string, RowState>();
  readonly log: SyncChange[] = [];
  readonly conflicts = new Map<string, ConflictCandidate>();
  private readonly known = new Set<string>();
  private hlc: Hlc | null = null;

  constructor(
    readonly id: string,
    private readonly skewMs: number,
    private readonly apply: ApplyFn = applyChange,
  ) {}

  current(table: SyncTable, rowId: string): MergeableRow | undefined {
    return this.rows.get(rowKey(table, rowId))?.row;
  }

  /** A local write: `edit` builds the next row from the current one (like WriteRequest.next). */
  write(table: SyncTable, rowId: string, now: number, edit: (row: JsonObject) => JsonObject): void {
    const key = rowKey(table, rowId);
    const rs = this.rows.get(key) ?? { row: undefined, log: [] };
    const current = rs.row as JsonObject | undefined;
    const next = edit(current ? { ...current } : { id: rowId });
    const changes = diffRecords(current, next, new Set(['_clocks']));
    if (changes.length === 0) return;
    this.hlc = tickHlc(this.hlc, now + this.skewMs, this.id);
    const hlc = encodeHlc(this.hlc);
    const clocks = { ...(rs.row?._clocks ?? {}) };
    for (const c of changes) clocks[c.path] = hlc;
    rs.row = { ...next, id: rowId, _clocks: clocks } as MergeableRow;
    const change: SyncChange = { hlc, station: this.id, table, rowId, fields: Object.fromEntries(changes.map((c) => [c.path, c.after])), at: String(now), actor: this.id };
    rs.log.push(change);
    this.rows.set(key, rs);
    this.log.push(change);
    this.known.add(hlc);
  }

  /** A bundle: the log from `fromIndex`, own writes carrying what they had seen. */
  exportFrom(fromIndex: number): SyncChange[] {
    const out: SyncChange[] = [];
    const byRow = new Map<string, SyncChange[]>();
    for (const c of this.log) {
      const key = rowKey(c.table, c.rowId);
      const list = byRow.get(key) ?? [];
      list.push(c);
      byRow.set(key, list);
    }
    const resolved = new Map<string, SyncChange>();
    for (const list of byRow.values()) for (const c of resolveBases(list, this.id)) resolved.set(c.hlc, c);
    for (const c of this.log.slice(fromIndex)) out.push(resolved.get(c.hlc) ?? c);
    return out;
  }

  import(bundle: readonly SyncChange[], now: number): number {
    // As the import does (sync/import-rules.ts): a change stamped past this clock plus the margin refuses the bundle.
    if (bundle.some((c) => (decodeHlc(c.hlc)?.wall ?? 0) > now + this.skewMs + CLOCK_MARGIN_MS)) return 0;
    const result = mergeBatch(this.rows, bundle, this.id, (h) => this.known.has(h));
    // mergeBatch applied with the real merge; a swapped merge re-applies from the old rows.
    if (this.apply !== applyChange) this.reapplyWith(result.appended);
    for (const c of result.appended) {
      this.log.push(c);
      this.known.add(c.hlc);
    }
    for (const k of result.conflicts) this.conflicts.set(k.id, k);
    let max: Hlc | null = null;
    for (const c of bundle) {
      const h = decodeHlc(c.hlc);
      if (h && (!max || encodeHlc(h) > encodeHlc(max))) max = h;
    }
    // As the import does: the local clock never follows a remote one past wall time plus the margin.
    if (max) this.hlc = receiveHlc(this.hlc, max, now + this.skewMs, this.id, CLOCK_MARGIN_MS);
    return result.appended.length;
  }

  /** A swapped merge folds each touched row's log, in local arrival order. */
  private reapplyWith(appended: readonly SyncChange[]): void {
    const keys = new Set(appended.map((c) => rowKey(c.table, c.rowId)));
    for (const key of keys) {
      const rs = this.rows.get(key);
      if (!rs) continue;
      let row: MergeableRow | undefined;
      for (const x of rs.log) row = this.apply(row, x).row;
      rs.row = row;
    }
  }

  /**
   * Data of every row without the clocks (which may keep harmless dominated
   * stamps). A key removed locally is absent, while remote stations receive it as
   * null ("a removed entry is null at its path"): both mean absent, so nulls inside
   * objects are dropped for the comparison.
   */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, rs] of [...this.rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!rs.row) continue;
      const { _clocks: _c, ...data } = rs.row;
      out[key] = dropNulls(data as Json);
    }
    return out;
  }

  conflictList(): ConflictCandidate[] {
    return [...this.conflicts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

export function dropNulls(value: Json): Json {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isPlainObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
  return out;
}
