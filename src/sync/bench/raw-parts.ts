/**
 * Where the raw write of a sync import goes, for `npm run bench` (BENCH_SYNC_PARTS=raw):
 * the generated rows of each table bulk-put alone into a fresh app database, and
 * the change log one change to a record into stores with more and more of its
 * indexes (schema versions 1–6), then in packs as version 7 stores it
 * (`sync.raw.changes_packed_ms`, the log's share of `sync.raw_bulkput_10k_ms`).
 */
import Dexie from 'dexie';
import type { AppDB } from '../../db/app-db';
import { V1_STORES } from '../../db/app-db';
import { CHANGE_LOG_INDEXES, packChanges } from '../../db/change-log';
import { generateSyncData } from './generate';
import type { FreshDb } from './sync-figures';

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return Math.round(performance.now() - t0);
}

/** The change log one change to a record (schema versions 1–6), with more and more of its indexes, then in packs (version 7, db/change-log.ts). */
const CHANGE_SCHEMAS: [string, string, boolean][] = [
  ['sync.raw.changes_primary_only_ms', '++seq', false],
  ['sync.raw.changes_plus_hlc_ms', '++seq, &hlc', false],
  ['sync.raw.changes_schema_ms', V1_STORES.changes, false],
  ['sync.raw.changes_packed_ms', CHANGE_LOG_INDEXES, true],
];

export async function measureRawParts(n: number, fresh: FreshDb): Promise<Record<string, number>> {
  const source = await fresh('raw-parts-source');
  const station = (await source.settings.get('station'))?.value as { id: string };
  const data = generateSyncData(station.id, n);
  const out: Record<string, number> = {};
  for (const [table, rows] of data.rows) {
    const db: AppDB = await fresh(`raw-${table}`);
    out[`sync.raw.${table}_ms`] = await time(() => db.transaction('rw', db.table(table), () => db.table(table).bulkPut(rows)));
  }
  for (const [key, schema, packed] of CHANGE_SCHEMAS) {
    const db = new Dexie(`bench-raw-changes-${Date.now()}`, { chromeTransactionDurability: 'strict' });
    db.version(1).stores({ changes: schema });
    await db.open();
    out[key] = await time(() => db.table('changes').bulkAdd(packed ? packChanges(data.changes) : data.changes));
    db.close();
    await Dexie.delete(db.name);
  }
  const bytes = (rows: unknown[]) => rows.reduce<number>((s, r) => s + JSON.stringify(r).length, 0);
  for (const [table, rows] of data.rows) out[`sync.raw.${table}_json_bytes_per_row`] = Math.round(bytes(rows) / rows.length);
  out['sync.raw.changes_json_bytes_per_change'] = Math.round(bytes(data.changes) / data.changes.length);
  return out;
}
