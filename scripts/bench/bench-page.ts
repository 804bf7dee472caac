/**
 * Runs inside headless Chromium on the app's origin (same IndexedDB as the app):
 * fills the database with N complaints and times the tracking table's reads.
 * The rows are bulk-put directly (the writer's per-row audit is not what is
 * measured here); they are derived exactly as the repository derives them.
 */
import Dexie from 'dexie';
import { ulid } from 'ulid';
import { AppDB } from '../../src/db/app-db';
import { getDb } from '../../src/db/db';
import { deriveComplaint } from '../../src/db/repositories/complaints';
import { ensureStation } from '../../src/db/repositories/station';
import { seedDepartments } from '../../src/db/repositories/org';
import { countRows, loadPage, type TableQuery } from '../../src/db/queries/complaint-table';
import { demoComplaintInput, seededRandom } from '../../src/domain/demo/demo-data';
import { formatComplaintNumber, type Complaint } from '../../src/domain/complaint/record';
import { COMPLAINT_STATUSES } from '../../src/domain/workflow';
import { measureBigImport, measureSync } from '../../src/sync/bench/sync-figures';
import { measureRawParts } from '../../src/sync/bench/raw-parts';
import { measureVerifyChain } from '../../src/sync/bench/verify-figures';
import { BENCH_LOGIN, ensureBenchLogin, measureAuth } from '../../src/db/bench/auth-figures';
import { measureMaster } from '../../src/db/bench/master-figures';
import { measureReview, measureTrackingImport } from '../../src/db/bench/review-figures';
import { readFirstSheet } from '../../src/features/masterdata/excel';
import { measureOneWrite, measurePlantUpdate, measureWrites } from '../../src/db/bench/write-figures';
import { loadDemoData } from '../../src/db/repositories/demo';
import { ACTIONS } from '../../src/domain/auth/permissions';
import { PLANT_CONFIG_ID } from '../../src/domain/config/plant-config';

const CHUNK = 5000;

/** Complaint rows i in [start, end) of an n-row plant spread over three years, derived as the repository derives them. */
function benchRows(start: number, end: number, n: number, rnd: () => number, departments: string[]): Complaint[] {
  const last = Date.parse('2026-11-25T00:00:00Z');
  const rows: Complaint[] = [];
  for (let i = start; i < Math.min(n, end); i++) {
    const receivedAt = last - Math.floor(((n - i) / n) * 3 * 365 * 86_400_000);
    const input = demoComplaintInput(rnd, receivedAt);
    const year = new Date(receivedAt).getUTCFullYear();
    const at = new Date(receivedAt).toISOString();
    rows.push(
      deriveComplaint({
        ...input,
        id: `bench${String(i).padStart(8, '0')}`,
        number: formatComplaintNumber('QA1', year, i + 1),
        station: 'QA1',
        status: COMPLAINT_STATUSES[Math.floor(rnd() * COMPLAINT_STATUSES.length)] ?? 'new',
        department: departments[Math.floor(rnd() * departments.length)] ?? '',
        createdAt: at, createdBy: 'bench', updatedAt: at, updatedBy: 'bench',
        deletedAt: null, searchTokens: [], _clocks: {},
      } as Complaint),
    );
  }
  return rows;
}

async function generate(n: number): Promise<{ ms: number }> {
  const db = getDb();
  const station = await ensureStation(db);
  await seedDepartments(db, station, { id: 'bench', name: 'bench' });
  const departments = (await db.departments.toArray()).map((d) => d.id);
  const rnd = seededRandom(7);
  const t0 = performance.now();
  for (let start = 0; start < n; start += CHUNK) await db.complaints.bulkPut(benchRows(start, start + CHUNK, n, rnd, departments));
  return { ms: performance.now() - t0 };
}

/** The demo plant loaded into a fresh database, as the setup screen does (demo.load_ms). */
async function demo(): Promise<Record<string, number>> {
  const db = new AppDB(`bench-demo-${ulid()}`);
  try {
    await db.open();
    const station = await ensureStation(db);
    await seedDepartments(db, station, { id: 'bench', name: 'bench' });
    const actor = { id: 'bench-admin', name: '基准' };
    await db.people.put({ id: actor.id, _clocks: {}, deletedAt: null, name: actor.name, departmentId: '', role: 'qaManager', phone: '', email: '', active: true });
    await db.config.put({ id: PLANT_CONFIG_ID, _clocks: {}, permissions: { qaManager: [...ACTIONS] } });
    const t0 = performance.now();
    const n = await loadDemoData(db, station, actor);
    return { 'demo.load_ms': Math.round(performance.now() - t0), 'demo.complaints': n };
  } finally {
    await db.delete();
  }
}

/** Per-index write cost on n rows shaped like the plant's, and one complaint through the repository (throw-away databases). */
async function writes(n: number): Promise<Record<string, number>> {
  const out = await measureWrites(benchRows(0, n, n, seededRandom(11), ['dept-QA', 'dept-MK']));
  const db = new AppDB(`bench-one-write-${ulid()}`);
  try {
    await db.open();
    const station = await ensureStation(db);
    const actor = { id: 'bench-p1', name: '基准' };
    // A QA manager allowed every action (as the repository tests seed one): the write is what is timed, not the matrix.
    await db.people.put({ id: actor.id, _clocks: {}, deletedAt: null, name: actor.name, departmentId: 'dept-QA', role: 'qaManager', phone: '', email: '', active: true });
    await db.config.put({ id: PLANT_CONFIG_ID, _clocks: {}, permissions: { qaManager: [...ACTIONS] } });
    const rnd = seededRandom(13);
    const at = Date.parse('2026-11-20T02:00:00Z');
    Object.assign(out, await measureOneWrite(db, station, actor, (i) => demoComplaintInput(rnd, at - i * 3_600_000)));
  } finally {
    await db.delete();
  }
  return out;
}

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

async function measureTable(): Promise<Record<string, number>> {
  const db = getDb();
  const q: TableQuery = { filter: { status: 'investigating' }, sort: 'receivedAt', descending: true };
  const firstPage = await median(20, () => loadPage(db, q, 0, 50));
  const raw = await median(20, () =>
    db.complaints.where('[status+receivedAt]').between(['investigating', Dexie.minKey], ['investigating', Dexie.maxKey]).reverse().limit(50).toArray(),
  );
  const sample = (await db.complaints.offset(4321).limit(1).toArray())[0];
  const searches = [sample?.number.slice(-4) ?? '0042', sample?.product.batchNo ?? 'B2026', '滨海物流', 'hp-200'];
  const search = await median(5, async () => {
    for (const s of searches) await loadPage(db, { filter: { search: s }, sort: 'receivedAt', descending: true }, 0, 50);
  });
  const unfilteredCount = await median(5, () => countRows(db, { filter: {}, sort: 'receivedAt', descending: true }));
  const storeCount = await median(5, () => db.complaints.count());
  return {
    'table.first_page_ms': firstPage,
    'table.raw_indexed_read_ms': raw,
    'table.search_ms': search / searches.length,
    'table.count_all_ms': unfilteredCount,
    'table.count_store_ms': storeCount,
    'table.rows': await db.complaints.count(),
  };
}

/** The sync figures on Chromium's IndexedDB, in throw-away databases next to the app's. */
async function sync(n: number, parts = 'small,big,verify'): Promise<Record<string, number>> {
  const want = new Set(parts.split(','));
  const made: AppDB[] = [];
  try {
    const fresh = async (name: string) => {
      const db = new AppDB(`bench-sync-${name}-${ulid()}`);
      made.push(db);
      await db.open();
      await ensureStation(db);
      return db;
    };
    return {
      ...(want.has('small') ? await measureSync(n, fresh) : {}),
      ...(want.has('big') ? await measureBigImport(fresh) : {}),
      ...(want.has('verify') ? await measureVerifyChain(fresh) : {}),
      ...(want.has('raw') ? await measureRawParts(n, fresh) : {}),
    };
  } finally {
    for (const db of made) await db.delete();
  }
}

/** An old tracking sheet of 10,000 rows imported into an empty database (departments and an allowed QA manager only). */
async function trackingImport(): Promise<Record<string, number>> {
  const db = new AppDB(`bench-tracking-import-${ulid()}`);
  try {
    await db.open();
    const station = await ensureStation(db);
    await seedDepartments(db, station, { id: 'bench', name: 'bench' });
    const actor = { id: 'bench-import', name: '基准' };
    await db.people.put({ id: actor.id, _clocks: {}, deletedAt: null, name: actor.name, departmentId: 'dept-QA', role: 'qaManager', phone: '', email: '', active: true });
    await db.config.put({ id: PLANT_CONFIG_ID, _clocks: {}, permissions: { qaManager: [...ACTIONS] } });
    const figures = await measureTrackingImport(db, station, actor, readFirstSheet);
    return { ...figures, 'excel.import_10k_raw_write_ms': await rawImportWrite(db) };
  } finally {
    await db.delete();
  }
}

/** The floor under the import's write, in the same run: the rows, changes and audit entries it wrote, bulk-added into an empty database in one transaction with nothing computed. */
async function rawImportWrite(from: AppDB): Promise<number> {
  const [rows, changes, audit] = await Promise.all([from.complaints.toArray(), from.changes.toArray(), from.audit.toArray()]);
  const db = new AppDB(`bench-tracking-raw-${ulid()}`);
  try {
    await db.open();
    const t0 = performance.now();
    await db.transaction('rw', [db.complaints, db.changes, db.audit], async () => {
      await db.complaints.bulkAdd(rows);
      await db.changes.bulkAdd(changes.map(({ seq: _seq, ...c }) => c));
      await db.audit.bulkAdd(audit.map(({ seq: _seq, ...a }) => a));
    });
    return performance.now() - t0;
  } finally {
    await db.delete();
  }
}

/** One complaint changed at plant scale, as the bench's administrator (everyone may edit complaints). */
async function plantUpdate(): Promise<Record<string, number>> {
  const db = getDb();
  await ensureBenchLogin(db);
  const station = await ensureStation(db);
  const admin = await db.people.where('login').equals(BENCH_LOGIN).first();
  if (!admin) throw new Error('bench: no administrator');
  return measurePlantUpdate(db, station, { id: admin.id, name: admin.name });
}

declare global {
  interface Window {
    bench: {
      generate: typeof generate; writes: typeof writes; demo: typeof demo; measureTable: typeof measureTable; sync: typeof sync;
      count: () => Promise<number>; auth: () => Promise<Record<string, number>>; ensureLogin: () => Promise<void>; master: typeof measureMaster; review: () => Promise<Record<string, number>>; trackingImport: typeof trackingImport; plantUpdate: typeof plantUpdate;
    };
  }
}
window.bench = {
  generate, writes, demo, measureTable, sync, count: () => getDb().complaints.count(), auth: () => measureAuth(getDb()), ensureLogin: () => ensureBenchLogin(getDb()),
  master: measureMaster, review: () => measureReview(getDb()), trackingImport, plantUpdate,
};
document.title = 'bench ready';
