/**
 * Synthetic sync data for the bench and the crash test: n complaints with one
 * 8D and one return each, as rows (derived like the repository derives them)
 * plus the change log a station would have written for them. Deterministic for
 * a given station id and n.
 */
import { ulid } from 'ulid';
import { deriveComplaint } from '../../db/repositories/complaints';
import { DERIVED_FIELDS, type Complaint } from '../../domain/complaint/record';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import type { ChangeRecord, SyncTable } from '../../domain/merge/change';
import { diffRecords, type JsonObject } from '../../domain/merge/field-paths';
import { encodeHlc } from '../../domain/merge/hlc';
import type { AppDB } from '../../db/app-db';
import { appendLog } from '../../db/change-log';
import { RETURN_DERIVED_FIELDS } from '../../db/repositories/returns-row';

export interface GeneratedSyncData {
  rows: Map<SyncTable, Record<string, unknown>[]>;
  changes: ChangeRecord[];
}

export function generateSyncData(stationId: string, n: number): GeneratedSyncData {
  const rows = new Map<SyncTable, Record<string, unknown>[]>([['complaints', []], ['eightD', []], ['returns', []]]);
  const changes: ChangeRecord[] = [];
  let wall = 1_764_000_000_000;
  const add = (table: SyncTable, data: JsonObject, ignore: ReadonlySet<string>) => {
    const hlc = encodeHlc({ wall: wall++, counter: 0, station: stationId });
    const diff = diffRecords(undefined, data, new Set([...ignore, '_clocks']));
    const clocks = Object.fromEntries(diff.map((d) => [d.path, hlc]));
    const row = { ...data, _clocks: clocks };
    rows.get(table)?.push(table === 'complaints' ? deriveComplaint(row as unknown as Complaint) : row);
    changes.push({ hlc, station: stationId, table, rowId: String(data.id), fields: Object.fromEntries(diff.map((d) => [d.path, d.after])), at: new Date(wall).toISOString(), actor: '张工' });
  };
  for (let i = 0; i < n; i++) {
    const id = ulid(wall);
    const input = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
    input.customer.name = `客户${i}有限公司`;
    input.product.name = '液压泵';
    input.details.symptom = `泵体漏油 ${i}`;
    input.demand.kinds = ['replace'];
    const at = new Date(wall).toISOString();
    add('complaints', { ...(input as unknown as JsonObject), id, number: `QA1-2026-${String(i + 1).padStart(5, '0')}`, station: 'QA1', status: 'new', createdAt: at, createdBy: '张工', updatedAt: at, updatedBy: '张工', deletedAt: null, searchTokens: [] }, DERIVED_FIELDS);
    add('eightD', { id: `8d-${id}`, complaintId: id, updatedAt: at, d2: { what: '漏油', where: '接合面' }, d4: { occurrence: '密封圈老化', escape: '未检测' }, actions: { a1: { text: '更换密封圈', owner: '李工', due: '2026-12-01' } } }, new Set());
    add('returns', { id: `rt-${id}`, number: `RT-QA1-2026-${String(i + 1).padStart(5, '0')}`, complaintId: id, status: 'requested', updatedAt: at, lines: { l1: { product: '液压泵', qty: 2, priceFen: 120000 } } }, RETURN_DERIVED_FIELDS);
  }
  return { rows, changes };
}

/** The rows and their log in one transaction, directly: the floor an import cannot beat. */
export async function bulkPutSyncData(db: AppDB, data: GeneratedSyncData): Promise<void> {
  await db.transaction('rw', [db.complaints, db.eightD, db.returns, db.changes], async () => {
    for (const [table, rows] of data.rows) await db.table(table).bulkPut(rows);
    await appendLog(db.changes, data.changes);
  });
}
