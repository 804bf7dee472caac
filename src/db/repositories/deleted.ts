/**
 * Deleted records and their restore. A deletion is the tombstone field
 * `deletedAt` (it syncs like any other field, see domain/merge/change); the
 * records stay in their tables, hidden. A restore is a new write of
 * `deletedAt: null` by a person allowed to delete records, so it syncs and
 * wins over the deletion everywhere, and the audit trail names who did it.
 */
import type { AppDB, SyncedRow } from '../app-db';
import type { SyncTable } from '../../domain/merge/change';
import { ValidationError } from '../../domain/common/validation-error';
import { authorize } from './authorize';
import { writeRecord, type Actor } from './write-record';
import type { Station } from './station';

/** Tables whose records a person looks for by number, code or name. */
export const RESTORABLE_TABLES = ['complaints', 'returns', 'eightD', 'products', 'customers', 'contacts', 'people', 'departments'] as const satisfies readonly SyncTable[];
export type RestorableTable = (typeof RESTORABLE_TABLES)[number];

export interface DeletedRecord {
  table: RestorableTable;
  id: string;
  /** Number, code or name as people know the record. */
  label: string;
  deletedAt: string;
}

function labelOf(row: SyncedRow): string {
  for (const key of ['number', 'code', 'name', 'complaintId'] as const) if (typeof row[key] === 'string' && row[key] !== '') return row[key] as string;
  return row.id;
}

/** Every deleted record, newest deletion first. */
export async function listDeleted(db: AppDB): Promise<DeletedRecord[]> {
  const out: DeletedRecord[] = [];
  for (const table of RESTORABLE_TABLES) {
    const rows = (await db.table(table).filter((r: SyncedRow) => typeof r.deletedAt === 'string' && r.deletedAt !== '').toArray()) as SyncedRow[];
    for (const r of rows) out.push({ table, id: r.id, label: labelOf(r), deletedAt: String(r.deletedAt) });
  }
  return out.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}

export async function restoreDeleted(db: AppDB, station: Station, actor: Actor, table: RestorableTable, id: string): Promise<void> {
  await authorize(db, actor, 'record.delete');
  if (!(RESTORABLE_TABLES as readonly string[]).includes(table)) throw new ValidationError([{ path: 'table', code: 'validation.notFound' }]);
  const current = (await db.table(table).get(id)) as SyncedRow | undefined;
  if (!current?.deletedAt) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
  await writeRecord<SyncedRow>(db, station, actor, {
    table,
    id,
    action: 'restore',
    next: (row) => ({ ...(row ?? current), deletedAt: null }),
    ignore: new Set(),
  });
}
