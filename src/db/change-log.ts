/**
 * The sync log as stored (schema version 7): each record of `changes` holds a
 * pack of up to PACK_SIZE changes, indexed by every change's HLC (unique) and
 * by every row it touched. A single write stores a pack of one; an import, the
 * demo load and a bulk creation store full packs.
 *
 * Why packs: in Chromium every IndexedDB record is a request to the browser
 * process, and that, not the bytes or the index entries, is what a sync import
 * paid for most. 30,000 changes took 4.0 s as single records with their three
 * indexes and 0.7–0.9 s as 300 packs of 100 with two multi-entry indexes
 * (`npm run bench`, sync.raw.changes_*).
 *
 * Every reader goes through this module: a change read from the log carries
 * the `seq` of its pack ("what changed since the last export" counts packs).
 */
import type { Collection, Table } from 'dexie';
import type { ChangeRecord, SyncTable } from '../domain/merge/change';
import type { SyncChange } from '../domain/merge/conflicts';
import { rowKey } from '../domain/merge/merge-batch';
import { WRITE_CHUNK } from './chunked-write';

export interface LogRecord {
  /** Auto-increment key: the log's order. Absent until written. */
  seq?: number;
  /** The changes, in the order they were made; without `seq` (it is the pack's). */
  pack: ChangeRecord[];
  /** Index `&*hlcs`: every change's HLC. Unique across the log: a change is stored once. */
  hlcs: string[];
  /** Index `*rows`: rowKey(table, rowId) of every row the pack touched, each once. */
  rows: string[];
  /**
   * Index `extra`: the pack's changes beyond its first, on packs of more than
   * one only, so the log is counted from keys (countLogSince) without reading a
   * single pack; packs of one, the local writes, stay out of this index.
   */
  extra?: number;
}

export const CHANGE_LOG_INDEXES = '++seq, &*hlcs, *rows, extra';
export const PACK_SIZE = 100;

function withoutSeq(c: ChangeRecord): ChangeRecord {
  if (c.seq === undefined) return c;
  const { seq: _seq, ...rest } = c;
  return rest;
}

/** One record for `changes` (in order, at most `size` of them). Pure. */
export function logRecordOf(changes: readonly ChangeRecord[]): LogRecord {
  const pack = changes.map(withoutSeq);
  const record: LogRecord = { pack, hlcs: pack.map((c) => c.hlc), rows: [...new Set(pack.map((c) => rowKey(c.table, c.rowId)))] };
  return pack.length > 1 ? { ...record, extra: pack.length - 1 } : record;
}

/** The records a run of changes is stored as, in order. Pure. */
export function packChanges(changes: readonly ChangeRecord[], size = PACK_SIZE): LogRecord[] {
  const out: LogRecord[] = [];
  for (let i = 0; i < changes.length; i += size) out.push(logRecordOf(changes.slice(i, i + size)));
  return out;
}

/** The changes of stored records, in log order, each with its pack's seq. Pure. */
export function unpackLog(records: readonly LogRecord[]): SyncChange[] {
  const out: SyncChange[] = [];
  for (const r of records) for (const c of r.pack) out.push(r.seq === undefined ? c : { ...c, seq: r.seq });
  return out;
}

/**
 * A record of an older schema or a backup as a pack: a pre-version-7 record is
 * one change (a pack of one, keeping its seq); a pack is checked for shape.
 * Null when it is neither (a hand-made row): the caller refuses it.
 */
export function asLogRecord(row: unknown): LogRecord | null {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return null;
  const r = row as Record<string, unknown>;
  const seq = r.seq;
  if (seq !== undefined && !Number.isSafeInteger(seq)) return null;
  const isChange = (c: unknown): c is ChangeRecord => {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) return false;
    const x = c as Record<string, unknown>;
    return typeof x.hlc === 'string' && typeof x.table === 'string' && typeof x.rowId === 'string' && typeof x.fields === 'object' && x.fields !== null;
  };
  const pack = 'pack' in r ? r.pack : [r];
  if (!Array.isArray(pack) || pack.length === 0 || !pack.every(isChange)) return null;
  const record = logRecordOf(pack);
  return seq === undefined ? record : { ...record, seq: seq as number };
}

type LogTable = Table<LogRecord, number>;

/** Appends changes to the log (inside the caller's transaction), `size` to a record. */
export async function appendLog(log: LogTable, changes: readonly ChangeRecord[], size = PACK_SIZE): Promise<void> {
  if (changes.length === 1) await log.add(logRecordOf(changes));
  else if (changes.length > 1) await log.bulkAdd(packChanges(changes, size));
}

/** Appends many changes inside the caller's transaction, WRITE_CHUNK changes per request batch, calling onChunk(written) after each (db/chunked-write). */
export async function writeLogInChunks(log: LogTable, changes: readonly ChangeRecord[], onChunk: (written: number) => void, chunk = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < changes.length; i += chunk) {
    const part = changes.slice(i, i + chunk);
    await appendLog(log, part);
    onChunk(part.length);
  }
}

/** The whole log, in order. */
export async function readLog(log: LogTable): Promise<SyncChange[]> {
  return unpackLog(await log.toArray());
}

/** The records after `seq` (an export mark). */
export function logSince(log: LogTable, seq: number): Collection<LogRecord, number> {
  return log.where('seq').above(seq);
}

/**
 * How many changes the log holds after `seq`, from keys alone: the records
 * after it, plus the changes beyond the first of each pack among them (the
 * `extra` index holds only packs of more than one, a record per hundred
 * imported changes). No pack is read: the sync page counts this live.
 */
export async function countLogSince(log: LogTable, seq: number): Promise<number> {
  let extra = 0;
  await log
    .where('extra')
    .above(0)
    .eachKey((n, cursor) => {
      if ((cursor.primaryKey as number) > seq) extra += n as number;
    });
  return (await logSince(log, seq).count()) + extra;
}

/** Which of these HLCs the log holds already. */
export async function knownHlcs(log: LogTable, hlcs: readonly string[]): Promise<Set<string>> {
  if (hlcs.length === 0) return new Set();
  return new Set((await log.where('hlcs').anyOf([...hlcs]).keys()) as string[]);
}

/** The logged changes of these rows of one table, in log order. */
export async function readLogOfRows(log: LogTable, table: SyncTable, ids: readonly string[]): Promise<SyncChange[]> {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  const records = await log.where('rows').anyOf(ids.map((id) => rowKey(table, id))).distinct().toArray();
  records.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return unpackLog(records).filter((c) => c.table === table && wanted.has(c.rowId));
}
