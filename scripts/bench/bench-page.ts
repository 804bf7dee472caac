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
import { measureAuth } from '../../src/db/bench/auth-figures';

const CHUNK = 5000;

async function generate(n: number): Promise<{ ms: number }> {
  const db = getDb();
  const station = await ensureStation(db);
  await seedDepartments(db, station, { id: 'bench', name: 'bench' });
  const departments = (await db.departments.toArray()).map((d) => d.id);
  const rnd = seededRandom(7);
  const end = Date.parse('2026-11-25T00:00:00Z');
  const t0 = performance.now();
  for (let start = 0; start < n; start += CHUNK) {
    const rows: Complaint[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      const receivedAt = end - Math.floor(((n - i) / n) * 3 * 365 * 86_400_000);
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
    await db.complaints.bulkPut(rows);
  }
  return { ms: performance.now() - t0 };
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
async function sync(n: number): Promise<Record<string, number>> {
  const made: AppDB[] = [];
  try {
    const fresh = async (name: string) => {
      const db = new AppDB(`bench-sync-${name}-${ulid()}`);
      made.push(db);
      await db.open();
      await ensureStation(db);
      return db;
    };
    return { ...(await measureSync(n, fresh)), ...(await measureBigImport(fresh)) };
  } finally {
    for (const db of made) await db.delete();
  }
}

declare global {
  interface Window {
    bench: { generate: typeof generate; measureTable: typeof measureTable; sync: typeof sync; count: () => Promise<number>; auth: () => Promise<Record<string, number>> };
  }
}
window.bench = { generate, measureTable, sync, count: () => getDb().complaints.count(), auth: () => measureAuth(getDb()) };
document.title = 'bench ready';
