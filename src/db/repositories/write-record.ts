/**
 * The one way a synced row is written. In a single transaction it reads the row,
 * diffs it leaf by leaf, stamps every changed path with a fresh HLC of this
 * station, writes the row, appends one entry to the sync log and one to the
 * hash-chained audit log. Nothing but IndexedDB is awaited inside: callers
 * validate and hash before they call.
 */
import { ulid } from 'ulid';
import { pooledRandom } from './pooled-random';
import type { Table } from 'dexie';
import type { AppDB } from '../app-db';
import { chainAuditEntry, GENESIS_HASH, type AuditDraft, type AuditEntry, type AuditFieldChange } from '../../domain/audit/audit-chain';
import type { ChangeRecord } from '../../domain/merge/change';
import type { SyncTable } from '../../domain/merge/change';
import { diffRecords, getPath, type FieldChange, type JsonObject } from '../../domain/merge/field-paths';
import { decodeHlc, encodeHlc, tickHlc } from '../../domain/merge/hlc';
import { WRITE_CHUNK } from '../chunked-write';
import { appendLog } from '../change-log';
import type { Station } from './station';

/** The wrapped private key is no one's reading: the audit trail notes that it changed, not what it holds. */
const SECRET_PATH = /^credential(\.|$)/;

export interface Actor {
  id: string;
  name: string;
}

export interface WriteRequest<T> {
  table: SyncTable;
  id: string;
  action: string;
  /** Builds the next row from the current one (undefined when new). Pure. */
  next: (current: T | undefined) => T;
  /** Recomputes derived fields (search tokens, sort keys) that are never stamped. */
  derive?: (row: T) => T;
  ignore: ReadonlySet<string>;
  /** Paths stamped even when their value does not change (a decision that keeps the current value must still sync). */
  force?: readonly string[];
}

export interface WriteResult<T> {
  row: T;
  changes: FieldChange[];
}

export function tablesForWrite(db: AppDB, table: SyncTable) {
  return [db.table(table), db.changes, db.audit, db.settings];
}

/** The leaf changes of a write: the diff of current → next plus the forced paths. Pure. */
function changesOf<T>(req: WriteRequest<T>, current: T | undefined, next: T): FieldChange[] {
  const ignore = new Set([...req.ignore, '_clocks']);
  const changes = diffRecords(current as JsonObject | undefined, next as unknown as JsonObject, ignore);
  for (const path of req.force ?? []) {
    if (changes.some((c) => c.path === path)) continue;
    const value = getPath(next as unknown as JsonObject, path);
    if (value !== undefined) changes.push({ path, before: value, after: value });
  }
  return changes;
}

interface Stamped<T> {
  row: T;
  change: ChangeRecord;
  event: AuditEvent;
}

/** The row, sync-log entry and audit event of a write stamped with `hlc`. Pure: the single write and the batch share it, so both write the same. */
function stamp<T extends { _clocks: Record<string, string> }>(station: Station, actor: Actor, req: WriteRequest<T>, current: T | undefined, next: T, changes: FieldChange[], hlc: string, nowMs: number): Stamped<T> {
  const clocks = { ...(current?._clocks ?? {}) };
  for (const c of changes) clocks[c.path] = hlc;
  const stamped = { ...next, _clocks: clocks };
  const row = req.derive ? req.derive(stamped) : stamped;
  const change: ChangeRecord = {
    hlc,
    station: station.id,
    table: req.table,
    rowId: req.id,
    fields: Object.fromEntries(changes.map((c) => [c.path, c.after])),
    at: new Date(nowMs).toISOString(),
    actor: actor.name,
    author: actor.id,
  };
  const event: AuditEvent = {
    entity: req.table,
    rowId: req.id,
    action: req.action,
    changes: changes.map((c) => (SECRET_PATH.test(c.path)
      ? { path: c.path, before: c.before === undefined ? null : '***', after: c.after === null ? null : '***' }
      : { path: c.path, before: c.before ?? null, after: c.after })),
  };
  return { row, change, event };
}

const lastHlcIn = async (db: AppDB) => decodeHlc(((await db.settings.get('hlc'))?.value as string | undefined) ?? '');
const auditHeadIn = async (db: AppDB) => ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
const auditDraft = (station: Station, actor: Actor, event: AuditEvent, nowMs: number): AuditDraft => ({ id: ulid(nowMs, pooledRandom), station: station.id, actor: actor.name, at: new Date(nowMs).toISOString(), ...event });

/** Must run inside a rw transaction that includes tablesForWrite(db, table). */
export async function writeRecordInTx<T extends { _clocks: Record<string, string> }>(
  db: AppDB,
  station: Station,
  actor: Actor,
  req: WriteRequest<T>,
  nowMs: number = Date.now(),
): Promise<WriteResult<T>> {
  const table = db.table(req.table) as Table<T, string>;
  const current = await table.get(req.id);
  const next = req.next(current);
  const changes = changesOf(req, current, next);
  if (changes.length === 0 && current) return { row: current, changes };

  const hlc = encodeHlc(tickHlc(await lastHlcIn(db), nowMs, station.id));
  await db.settings.put({ key: 'hlc', value: hlc });
  const { row, change, event } = stamp(station, actor, req, current, next, changes, hlc, nowMs);
  await table.put(row);
  await appendLog(db.changes, [change]);
  await appendAuditInTx(db, station, actor, event, nowMs);
  return { row, changes };
}

/**
 * Many creations of rows in one table, written as a row-by-row sequence of
 * writeRecordInTx would write them (the same rows, sync-log entries, HLCs and
 * audit chain, in the same order) but with a handful of requests instead of
 * six per row: the clock and the chain head are read once, every row is
 * stamped and chained in memory, and the rows, changes and audit entries go
 * in chunked bulk writes. `reqs` is walked lazily, so a caller may allocate
 * per row (numbers, ids) in the same order as row by row. Every id must be
 * new (a fresh ULID): nothing current is read. Must run inside a rw
 * transaction that includes tablesForWrite(db, table).
 */
export async function createRecordsInTx<T extends { _clocks: Record<string, string> }>(
  db: AppDB,
  station: Station,
  actor: Actor,
  table: SyncTable,
  reqs: Iterable<WriteRequest<T>>,
  nowMs: number = Date.now(),
  onChunk: (written: number) => void = () => {},
  chunk: number = WRITE_CHUNK,
): Promise<T[]> {
  let last = await lastHlcIn(db);
  let head = await auditHeadIn(db);
  const target = db.table(table) as Table<T, string>;
  const all: T[] = [];
  const iterator = reqs[Symbol.iterator]();
  // Stamps and chains the next chunk in memory (pure CPU, nothing awaited).
  const prepare = () => {
    const rows: T[] = [];
    const changes: ChangeRecord[] = [];
    const entries: AuditEntry[] = [];
    while (rows.length < chunk) {
      const r = iterator.next();
      if (r.done) break;
      const req = r.value;
      if (req.table !== table) throw new Error(`createRecordsInTx: ${req.table} in a batch of ${table}`);
      const next = req.next(undefined);
      const tick = tickHlc(last, nowMs, station.id);
      last = tick;
      const stamped = stamp(station, actor, req, undefined, next, changesOf(req, undefined, next), encodeHlc(tick), nowMs);
      const entry = chainAuditEntry(auditDraft(station, actor, stamped.event, nowMs), head);
      head = entry.hash;
      rows.push(stamped.row);
      changes.push(stamped.change);
      entries.push(entry);
    }
    return { rows, changes, entries };
  };
  // add, not put: a row that exists already is a bug, and fails the whole transaction.
  const write = async (part: ReturnType<typeof prepare>) => {
    await Promise.all([target.bulkAdd(part.rows), appendLog(db.changes, part.changes), db.audit.bulkAdd(part.entries)]);
    onChunk(part.rows.length);
  };
  // The next chunk is stamped while IndexedDB stores the one before (its requests are already sent):
  // the CPU work and the database's work overlap. Requests are sent in chunk order, so the
  // sync log's and the audit log's sequence numbers follow the rows' order.
  let part = prepare();
  while (part.rows.length > 0) {
    const sent = write(part);
    all.push(...part.rows);
    part = prepare();
    await sent;
  }
  if (all.length === 0) return all;
  await db.settings.bulkPut([{ key: 'hlc', value: encodeHlc(last as NonNullable<typeof last>) }, { key: 'auditHead', value: head }]);
  return all;
}

export interface AuditEvent {
  entity: string;
  rowId: string;
  action: string;
  changes: AuditFieldChange[];
}

/**
 * Appends one entry to this station's hash-chained audit log. Must run inside a
 * rw transaction over audit and settings. Used by every write, and alone for
 * events that change no row (login, failed login, lock).
 */
export async function appendAuditInTx(db: AppDB, station: Station, actor: Actor, event: AuditEvent, nowMs: number = Date.now()): Promise<void> {
  const entry = chainAuditEntry(auditDraft(station, actor, event, nowMs), await auditHeadIn(db));
  await db.audit.add(entry);
  await db.settings.put({ key: 'auditHead', value: entry.hash });
}

/** One write in its own transaction. */
export async function writeRecord<T extends { _clocks: Record<string, string> }>(
  db: AppDB,
  station: Station,
  actor: Actor,
  req: WriteRequest<T>,
): Promise<WriteResult<T>> {
  return db.transaction('rw', tablesForWrite(db, req.table), async () => await writeRecordInTx(db, station, actor, req));
}
