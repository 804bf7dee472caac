/**
 * The one way a synced row is written. In a single transaction it reads the row,
 * diffs it leaf by leaf, stamps every changed path with a fresh HLC of this
 * station, writes the row, appends one entry to the sync log and one to the
 * hash-chained audit log. Nothing but IndexedDB is awaited inside: callers
 * validate and hash before they call.
 */
import { ulid } from 'ulid';
import type { Table } from 'dexie';
import type { AppDB } from '../app-db';
import { chainAuditEntry, GENESIS_HASH, type AuditFieldChange } from '../../domain/audit/audit-chain';
import type { SyncTable } from '../../domain/merge/change';
import { diffRecords, getPath, type FieldChange, type JsonObject } from '../../domain/merge/field-paths';
import { decodeHlc, encodeHlc, tickHlc } from '../../domain/merge/hlc';
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
  const ignore = new Set([...req.ignore, '_clocks']);
  const changes = diffRecords(current as JsonObject | undefined, next as unknown as JsonObject, ignore);
  for (const path of req.force ?? []) {
    if (changes.some((c) => c.path === path)) continue;
    const value = getPath(next as unknown as JsonObject, path);
    if (value !== undefined) changes.push({ path, before: value, after: value });
  }
  if (changes.length === 0 && current) return { row: current, changes };

  const lastHlc = decodeHlc(((await db.settings.get('hlc'))?.value as string | undefined) ?? '');
  const hlc = encodeHlc(tickHlc(lastHlc, nowMs, station.id));
  await db.settings.put({ key: 'hlc', value: hlc });

  const clocks = { ...(current?._clocks ?? {}) };
  for (const c of changes) clocks[c.path] = hlc;
  const stamped = { ...next, _clocks: clocks };
  const row = req.derive ? req.derive(stamped) : stamped;
  await table.put(row);

  const at = new Date(nowMs).toISOString();
  await db.changes.add({
    hlc,
    station: station.id,
    table: req.table,
    rowId: req.id,
    fields: Object.fromEntries(changes.map((c) => [c.path, c.after])),
    at,
    actor: actor.name,
    author: actor.id,
  });

  await appendAuditInTx(db, station, actor, {
    entity: req.table,
    rowId: req.id,
    action: req.action,
    changes: changes.map((c) => (SECRET_PATH.test(c.path)
      ? { path: c.path, before: c.before === undefined ? null : '***', after: c.after === null ? null : '***' }
      : { path: c.path, before: c.before ?? null, after: c.after })),
  }, nowMs);
  return { row, changes };
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
  const head = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
  const entry = chainAuditEntry(
    { id: ulid(nowMs), station: station.id, actor: actor.name, at: new Date(nowMs).toISOString(), ...event },
    head,
  );
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
