/**
 * A large, valid bundle from a synthetic station (n complaints with their 8Ds
 * and returns), built with the app's own export over fake-indexeddb. Used by
 * the crash test (e2e/renderer/sync-crash.spec.ts) through
 * scripts/bench-sync-bundle.mjs.
 */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../../db/app-db';
import { ensureStation, updateStation } from '../../db/repositories/station';
import { buildExport } from '../export';
import { bulkPutSyncData, generateSyncData } from './generate';

export async function makeBundle(n: number, now = new Date('2026-11-20T03:00:00.000Z')): Promise<Uint8Array> {
  const db = new AppDB(`bundle-${ulid()}`);
  await db.open();
  const station = await ensureStation(db);
  await updateStation(db, { code: 'GEN', name: '生成站点', timeZone: 'Asia/Shanghai' });
  await bulkPutSyncData(db, generateSyncData(station.id, n));
  const out = await buildExport(db, { destination: 'crash-test', mode: 'all', now });
  db.close();
  return out.bytes;
}
