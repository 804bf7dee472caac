/**
 * Large exports in parts: every file stays under the shell's transfer limit, each
 * part is a bundle of its own that imports alone and in any order, and together
 * they give the other station exactly what one file would have.
 */
import { describe, expect, it } from 'vitest';
import { countLogSince } from '../db/change-log';
import { createComplaint } from '../db/repositories/complaints';
import { storeAttachment } from '../db/repositories/attachments';
import type { AppDB } from '../db/app-db';
import { isSyncBundlePath, MAX_TRANSFER_BYTES } from '../platform/desktop-api';
import { buildExport, PART_ATTACHMENT_BYTES, prepareExport } from './export';
import { DEFAULT_LIMITS } from './limits';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { ownSubfolder, pullFromFolder, pushToFolder, type SyncFolder } from './sync-folder';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';
import { enrol } from './test-support/enrol';

const NOW = new Date('2026-11-25T08:00:00.000Z');
const KB = 1024;

/** Bytes that do not compress (photos do not either), from a small seeded generator. */
function noise(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A complaint with `n` distinct 100 KB "photos" (random bytes: they do not compress). */
async function stationWithPhotos(code: string, n: number) {
  const s = await station(code);
  const input = sampleComplaint();
  for (let i = 0; i < n; i++) {
    const bytes = noise(100 * KB, i + 1);
    const ref = await storeAttachment(s.db, new File([bytes], `照片${i}.jpg`, { type: 'image/jpeg' }), NOW);
    input.attachments[ref.sha256] = ref;
  }
  await createComplaint(s.db, s.station, s.actor, input, NOW);
  return s;
}

/** Synced content of a station, without the local bookkeeping that differs by import path. */
async function contentOf(db: AppDB) {
  const strip = (rows: Record<string, unknown>[]) => rows.map(({ _clocks: _c, ...r }) => r);
  const attachments = (await db.attachments.orderBy('sha256').toArray()).map(({ blob, ...meta }) => ({ ...meta, bytes: blob.size }));
  return { complaints: strip(await db.complaints.toArray()), attachments, changes: await countLogSince(db.changes, 0) };
}

describe('exports in parts', () => {
  it('keeps every part under the transfer limit with the default part size', () => {
    expect(PART_ATTACHMENT_BYTES + 40 * 1024 * 1024).toBeLessThanOrEqual(MAX_TRANSFER_BYTES);
    expect(MAX_TRANSFER_BYTES).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFileBytes);
  });

  it('splits by attachment bytes; the parts import alone, in reverse order, to what one file gives', async () => {
    const a = await stationWithPhotos('QA1', 5);
    const job = await prepareExport(a.db, { destination: 'usb', mode: 'all', now: NOW, partBytes: 250 * KB });
    expect(job.parts).toBe(3);
    expect(job.attachments).toBe(5);
    const parts = [];
    for (let k = 1; k <= job.parts; k++) parts.push(await job.build(k));
    expect(job.baseName).toMatch(/^QA1-\d{8}-\d{6}$/);
    expect(parts.map((p) => p.fileName)).toEqual([1, 2, 3].map((k) => `${job.baseName}-${k}of3.ckd`));
    expect(parts.map((p) => p.attachments)).toEqual([2, 2, 1]);
    for (const p of parts) expect(p.bytes.length).toBeLessThan(250 * KB + 20 * KB);

    const decoded = await Promise.all(parts.map((p) => decodeBundle(p.bytes)));
    expect(decoded.map((d) => d.changes.length)).toEqual([job.changes, 0, 0]);
    // Later parts carry no audit piece (the head only); the first carries the chain.
    expect(decoded.map((d) => d.audit === null)).toEqual([false, true, true]);

    const b = await station('WH1');
    await enrol(b, a);
    for (const d of [...decoded].reverse()) await applyImport(b.db, d, NOW);
    const whole = await station('MK1');
    await enrol(whole, a);
    await applyImport(whole.db, await decodeBundle((await buildExport(a.db, { destination: 'x', mode: 'all', now: NOW })).bytes), NOW);
    expect(await contentOf(b.db)).toEqual(await contentOf(whole.db));
    expect((await contentOf(b.db)).attachments).toHaveLength(5);

    // Importing the parts again changes nothing.
    const before = await fingerprint(b.db);
    for (const d of decoded) expect((await applyImport(b.db, d, NOW)).attachmentsNew).toBe(0);
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('a file larger than the part size gets a part of its own; a small export stays one file', async () => {
    const a = await stationWithPhotos('QA1', 2);
    const job = await prepareExport(a.db, { destination: 'usb', mode: 'all', now: NOW, partBytes: 50 * KB });
    expect(job.parts).toBe(2);
    const small = await prepareExport(a.db, { destination: 'usb', mode: 'all', now: NOW });
    expect(small.parts).toBe(1);
    expect((await small.build(1)).fileName).toMatch(/^QA1-\d{8}-\d{6}\.ckd$/);
    await expect(small.build(2)).rejects.toThrow(RangeError);
  });

  it('pushes the parts of a large change to the sync folder under names the shell accepts, and the other station pulls them all', async () => {
    const files = new Map<string, Uint8Array>();
    const folder: SyncFolder = {
      list: async () => [...files].map(([path, b]) => ({ path, size: b.length })),
      read: async (path) => files.get(path) ?? new Uint8Array(),
      writeOwn: async (sub, name, bytes) => void files.set(`${sub}/${name}`, bytes),
    };
    const a = await stationWithPhotos('QA1', 3);
    const pushed = await pushToFolder(a.db, a.station, folder, { now: NOW, partBytes: 150 * KB });
    expect(pushed?.split(', ')).toHaveLength(3);
    for (const path of files.keys()) {
      expect(path.startsWith(`${ownSubfolder(a.station)}/`)).toBe(true);
      expect(isSyncBundlePath(path), path).toBe(true);
    }
    const b = await station('WH1');
    await enrol(b, a);
    const pulled = await pullFromFolder(b.db, b.station, folder);
    expect(pulled.imported).toHaveLength(3);
    expect(await b.db.attachments.count()).toBe(3);
    expect(await b.db.complaints.count()).toBe(1);
    // The mark moved after the last part: nothing more to push.
    expect(await pushToFolder(a.db, a.station, folder, { now: NOW })).toBeNull();
  });
});
