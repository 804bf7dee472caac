/**
 * The sync figures under Node over fake-indexeddb (NOT Chromium's IndexedDB:
 * absolute figures differ). `npm run bench` reports them with a `_node` suffix
 * next to the Chromium ones (scripts/bench/bench-page.ts), which carry the
 * targets.
 *   node scripts/bench-sync.mjs        (bundles this file with esbuild, then runs it under Node)
 */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../../db/app-db';
import { ensureStation } from '../../db/repositories/station';
import { measureBigImport, measureSync } from './sync-figures';

const N = Number(process.env.BENCH_SYNC_ROWS ?? 10_000);

const fresh = async (name: string) => {
  const db = new AppDB(`bench-${name}-${ulid()}`);
  await db.open();
  await ensureStation(db);
  return db;
};
const results = await measureSync(N, fresh);
const big = await measureBigImport(fresh);
console.log(JSON.stringify({ 'sync.engine': 'node+fake-indexeddb', ...results, ...big }, null, 2));
