/**
 * The sync figures of `npm run bench`, for any IndexedDB (Chromium's in the bench
 * page, fake-indexeddb under Node): export of n complaints with their 8Ds and
 * returns, import of that bundle into a fresh station (decode + validate + merge
 * + one transaction), and the raw bulk-put of the same rows and log.
 */
import type { AppDB } from '../../db/app-db';
import { buildExport } from '../export';
import { decodeBundle } from '../decode';
import { applyImport, previewImport } from '../import';
import { createImportClient } from '../import-client';
import { bulkPutSyncData, generateSyncData } from './generate';
import { enrolStation, ensureStationKey } from '../../db/repositories/station-keys';
import type { Station } from '../../db/repositories/station';

/**
 * The target enrols the source, as an administrator would before the first import
 * (a bench administrator, through the repository), so the figures time the real path.
 */
async function enrolSource(target: AppDB, source: AppDB): Promise<void> {
  const from = (await source.settings.get('station'))?.value as unknown as Station;
  const here = (await target.settings.get('station'))?.value as unknown as Station;
  const key = await ensureStationKey(source);
  const admin = { id: 'bench-admin', name: 'bench' };
  await target.people.put({ id: admin.id, _clocks: {}, deletedAt: null, name: admin.name, departmentId: 'dept-QA', role: 'admin', phone: '', email: '', active: true });
  await enrolStation(target, here, admin, { id: from.id, code: from.code, name: from.name, publicKey: key.publicKey });
}

export type FreshDb = (name: string) => Promise<AppDB>;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, Math.round(performance.now() - t0)];
}

export async function measureSync(n: number, fresh: FreshDb): Promise<Record<string, number>> {
  const source = await fresh('source');
  const station = (await source.settings.get('station'))?.value as { id: string };
  const data = generateSyncData(station.id, n);
  await bulkPutSyncData(source, data);

  const [, raw] = await time(async () => bulkPutSyncData(await fresh('raw'), data));
  // The station key is made once per installation, not per export: outside the timing.
  await ensureStationKey(source);
  const [exported, exportMs] = await time(() => buildExport(source, { destination: 'bench', mode: 'all' }));
  const target = await fresh('target');
  await enrolSource(target, source);
  const [bundle, decodeMs] = await time(() => decodeBundle(exported.bytes));
  // The plan alone (reads + merge + derive, no writes), as the preview computes it: where the import's extra time goes.
  const [, planMs] = await time(() => previewImport(target, bundle));
  const timings: Record<string, number> = {};
  const [, mergeMs] = await time(() => applyImport(target, bundle, new Date(), { timings }));
  return {
    ...phaseFigures('sync.import_10k', timings),
    'sync.rows': n,
    'sync.export_10k_ms': exportMs,
    'sync.bundle_bytes': exported.bytes.length,
    'sync.import_10k_ms': decodeMs + mergeMs,
    'sync.import_decode_ms': decodeMs,
    'sync.import_merge_write_ms': mergeMs,
    'sync.import_plan_only_ms': planMs,
    'sync.raw_bulkput_10k_ms': raw,
    'sync.import_over_raw': Number(((decodeMs + mergeMs) / raw).toFixed(2)),
  };
}

/** Changes the 50k figure imports (issue #14: ≤ 10,000 ms in Chromium). */
export const BIG_IMPORT_CHANGES = 50_000;

/**
 * Decode + validate + merge + write of one bundle of about 50,000 changes into a
 * fresh station: `sync.import_50k_changes_ms`, with the count it really held.
 */
export async function measureBigImport(fresh: FreshDb): Promise<Record<string, number>> {
  const source = await fresh('big-source');
  const station = (await source.settings.get('station'))?.value as { id: string };
  const perRow = generateSyncData(station.id, 1).changes.length;
  const data = generateSyncData(station.id, Math.ceil(BIG_IMPORT_CHANGES / perRow));
  await bulkPutSyncData(source, data);
  const exported = await buildExport(source, { destination: 'bench-big', mode: 'all' });
  const target = await fresh('big-target');
  // As the import card runs it: decode and preview in the import worker (in-process under Node), then apply.
  await enrolSource(target, source);
  const client = createImportClient(target);
  const frames = watchFrames();
  try {
    const [, openMs] = await time(() => client.open({ bytes: exported.bytes }));
    const [, applyMs] = await time(() => client.apply({}));
    const maxFrame = frames.stop();
    return {
      'sync.import_50k_changes_ms': openMs + applyMs,
      'sync.import_50k_changes_count': exported.changes,
      'sync.import_50k.open_ms': openMs,
      'sync.import_50k.apply_ms': applyMs,
      'sync.import_50k.in_worker': client.mode === 'worker' ? 1 : 0,
      ...(maxFrame === null ? {} : { 'sync.import_max_frame_ms': maxFrame, 'sync.import_max_frame_at_ms': frames.maxAt() }),
    };
  } finally {
    client.close();
  }
}

/** `prefix.<phase>_ms` for each phase an import timed. */
function phaseFigures(prefix: string, timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [`${prefix}.${k}_ms`, Math.round(v)]));
}

/**
 * The longest gap between two animation frames while something runs (the page's
 * main thread blocked that long); null where there are no frames (Node).
 */
export function watchFrames(): { stop: () => number | null; maxAt: () => number } {
  if (typeof requestAnimationFrame !== 'function') return { stop: () => null, maxAt: () => NaN };
  const start = performance.now();
  let last = start;
  let max = 0;
  let at = 0;
  let running = true;
  const tick = (t: number) => {
    if (t - last > max) [max, at] = [t - last, last - start];
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      running = false;
      return Math.round(Math.max(max, performance.now() - last));
    },
    /** When the longest gap began, ms after the watch started. */
    maxAt: () => Math.round(at),
  };
}
