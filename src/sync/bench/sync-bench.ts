/**
 * Sync figures for `npm run bench`: sync.export_10k_ms, sync.import_10k_ms
 * (decode + validate + merge + one transaction) and sync.raw_bulkput_10k_ms (the
 * same rows and log bulk-put directly: the floor an import cannot beat), for
 * 10,000 complaints with one 8D and one return each. Runs under Node over
 * fake-indexeddb (NOT Chromium's IndexedDB: absolute figures differ; the ratio
 * import / raw is the meaningful one).
 *   node scripts/bench-sync.mjs        (bundles this file with esbuild, then runs it under Node)
 */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../../db/app-db';
import { ensureStation } from '../../db/repositories/station';
import { deriveComplaint } from '../../db/repositories/complaints';
import { DERIVED_FIELDS, type Complaint } from '../../domain/complaint/record';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import type { ChangeRecord, SyncTable } from '../../domain/merge/change';
import { diffRecords, type JsonObject } from '../../domain/merge/field-paths';
import { encodeHlc } from '../../domain/merge/hlc';
import { buildExport } from '../export';
import { decodeBundle } from '../decode';
import { applyImport } from '../import';

const N = Number(process.env.BENCH_SYNC_ROWS ?? 10_000);

interface Generated {
  rows: Map<SyncTable, Record<string, unknown>[]>;
  changes: ChangeRecord[];
}

function generate(stationId: string): Generated {
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
  for (let i = 0; i < N; i++) {
    const id = ulid(wall);
    const input = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
    input.customer.name = `客户${i}有限公司`;
    input.product.name = '液压泵';
    input.details.symptom = `泵体漏油 ${i}`;
    input.demand.kinds = ['replace'];
    const at = new Date(wall).toISOString();
    add('complaints', { ...(input as unknown as JsonObject), id, number: `QA1-2026-${String(i + 1).padStart(5, '0')}`, station: 'QA1', status: 'new', createdAt: at, createdBy: '张工', updatedAt: at, updatedBy: '张工', deletedAt: null, searchTokens: [] }, DERIVED_FIELDS);
    add('eightD', { id: `8d-${id}`, complaintId: id, updatedAt: at, d2: { what: '漏油', where: '接合面' }, d4: { occurrence: '密封圈老化', escape: '未检测' }, actions: { a1: { text: '更换密封圈', owner: '李工', due: '2026-12-01' } } }, new Set());
    add('returns', { id: `rt-${id}`, number: `RT-QA1-2026-${String(i + 1).padStart(5, '0')}`, complaintId: id, status: 'requested', updatedAt: at, lines: { l1: { product: '液压泵', qty: 2, priceFen: 120000 } } }, new Set());
  }
  return { rows, changes };
}

async function fresh(name: string): Promise<AppDB> {
  const db = new AppDB(`bench-${name}-${ulid()}`);
  await db.open();
  await ensureStation(db);
  return db;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, Math.round(performance.now() - t0)];
}

const source = await fresh('a');
const station = (await source.settings.get('station'))?.value as { id: string };
const data = generate(station.id);
const bulkPut = async (db: AppDB) =>
  db.transaction('rw', [db.complaints, db.eightD, db.returns, db.changes], async () => {
    for (const [table, rows] of data.rows) await db.table(table).bulkPut(rows);
    await db.changes.bulkAdd(data.changes);
  });
await bulkPut(source);

const [, raw] = await time(async () => bulkPut(await fresh('raw')));
const [exported, exportMs] = await time(() => buildExport(source, { destination: 'bench', mode: 'all' }));
const target = await fresh('b');
const [bundle, decodeMs] = await time(() => decodeBundle(exported.bytes));
const [, mergeMs] = await time(() => applyImport(target, bundle));
const results = {
  'sync.rows': N,
  'sync.engine': 'node+fake-indexeddb',
  'sync.export_10k_ms': exportMs,
  'sync.bundle_bytes': exported.bytes.length,
  'sync.import_10k_ms': decodeMs + mergeMs,
  'sync.import_decode_ms': decodeMs,
  'sync.import_merge_write_ms': mergeMs,
  'sync.raw_bulkput_10k_ms': raw,
  'sync.import_over_raw': Number(((decodeMs + mergeMs) / raw).toFixed(2)),
};
console.log(JSON.stringify(results, null, 2));
