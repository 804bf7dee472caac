/**
 * Where a complaint write's time goes, for `npm run bench`: the same n derived
 * rows bulk-put into throw-away databases whose complaints store carries more
 * and more of the schema's indexes. Each step's extra time is what that group
 * of indexes costs (IndexedDB does its index work in the browser process, out of
 * reach of the page's JS profiler, so the schema itself is varied). The last
 * figure is the version-4 schema with its name-suffix tokens: the before.
 */
import Dexie from 'dexie';
import type { Complaint } from '../../domain/complaint/record';
import { v4SearchTokens } from '../../domain/complaint/search-tokens-v4';
import { COMPLAINT_INDEXES_CURRENT, COMPLAINT_INDEXES_V4, type AppDB } from '../app-db';
import type { ComplaintInput } from '../../domain/complaint/schema';
import { complaintToInput, createComplaint, updateComplaint } from '../repositories/complaints';
import type { Station } from '../repositories/station';
import type { Actor } from '../repositories/write-record';

const split = (s: string) => s.split(',').map((i) => i.trim());

const STEPS: { key: string; indexes: string[]; rows?: (c: Complaint) => Complaint }[] = [
  { key: 'write.primary_only_ms', indexes: ['id'] },
  { key: 'write.single_indexes_ms', indexes: split(COMPLAINT_INDEXES_CURRENT).filter((i) => !i.startsWith('[') && !i.startsWith('*')) },
  { key: 'write.plus_compound_ms', indexes: split(COMPLAINT_INDEXES_CURRENT).filter((i) => !i.startsWith('*')) },
  { key: 'write.schema_v5_ms', indexes: split(COMPLAINT_INDEXES_CURRENT) },
  { key: 'write.schema_v4_ms', indexes: split(COMPLAINT_INDEXES_V4), rows: (c) => ({ ...c, searchTokens: v4SearchTokens(c) }) },
];

export async function measureWrites(rows: Complaint[]): Promise<Record<string, number>> {
  const out: Record<string, number> = { 'write.rows': rows.length };
  for (const step of STEPS) {
    const db = new Dexie(`bench-write-${step.key}-${Date.now()}`, { chromeTransactionDurability: 'strict' });
    db.version(1).stores({ complaints: step.indexes.join(', ') });
    await db.open();
    const data = step.rows ? rows.map(step.rows) : rows;
    const t0 = performance.now();
    await db.table('complaints').bulkPut(data);
    out[step.key] = Math.round(performance.now() - t0);
    db.close();
    await Dexie.delete(db.name);
  }
  const per = (f: (c: Complaint) => string[]) => Math.round((rows.reduce((n, c) => n + f(c).length, 0) / rows.length) * 10) / 10;
  out['write.v5_tokens_per_row'] = per((c) => c.searchTokens);
  out['write.v4_tokens_per_row'] = per(v4SearchTokens);
  out['write.v5_over_v4'] = Number(((out['write.schema_v5_ms'] ?? NaN) / (out['write.schema_v4_ms'] ?? NaN)).toFixed(2));
  return out;
}

/** One complaint recorded through the repository (validation, number, chain, stamp, log, audit, strict commit): median of `times`. */
export async function measureOneWrite(db: AppDB, station: Station, actor: Actor, input: (i: number) => ComplaintInput, times = 50): Promise<Record<string, number>> {
  const samples: number[] = [];
  for (let i = 0; i <= times; i++) {
    const t0 = performance.now();
    await createComplaint(db, station, actor, input(i));
    if (i > 0) samples.push(performance.now() - t0); // the first one warms up
  }
  samples.sort((a, b) => a - b);
  return { 'complaint.write_ms': Math.round((samples[Math.floor(samples.length / 2)] ?? NaN) * 10) / 10 };
}

/**
 * `complaint.update_plant_ms`: one open complaint of the newest month changed
 * through the repository in the bench's full database (at 100,000 complaints its
 * month's review pack holds ~2,800 rows and is rewritten in the same transaction):
 * median of `times`. The symptom gains or loses a trailing mark, so the row
 * count and every month's size stay as they were.
 */
export async function measurePlantUpdate(db: AppDB, station: Station, actor: Actor, times = 20): Promise<Record<string, number>> {
  const open = (await db.complaints.orderBy('receivedAt').reverse().limit(200).toArray()).filter((c) => !c.deletedAt && c.status !== 'closed' && c.status !== 'rejected');
  const samples: number[] = [];
  for (const c of open.slice(0, times + 1)) {
    const input = complaintToInput(c);
    const symptom = input.details.symptom;
    input.details.symptom = symptom.endsWith(' ·') ? symptom.slice(0, -2) : `${symptom} ·`;
    const t0 = performance.now();
    await updateComplaint(db, station, actor, c.id, input);
    samples.push(performance.now() - t0);
  }
  const timed = samples.slice(1).sort((a, b) => a - b); // the first one warms up
  const pack = await db.reviewPacks.orderBy(':id').last();
  return {
    'complaint.update_plant_ms': Math.round((timed[Math.floor(timed.length / 2)] ?? NaN) * 10) / 10,
    'complaint.update_plant_pack_rows': pack?.rows.length ?? 0,
  };
}
