/**
 * The import session the worker runs (import-session.ts), in-process: the order
 * of its progress phases, cancelling at each step without a trace in the
 * database, the plan kept from the preview (planned again only when the database
 * moved), and errors crossing the worker boundary with their code.
 */
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport, prepareImport } from './import';
import { ImportSession } from './import-session';
import { createImportClient } from './import-client';
import { deserializeError, serializeError } from './import-protocol';
import { SyncError } from './errors';
import { WRITE_CHUNK } from '../db/chunked-write';
import { bulkPutSyncData, generateSyncData } from './bench/generate';
import type { SyncProgress } from './progress';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';
import { enrol } from './test-support/enrol';

const T0 = new Date('2026-11-20T03:00:00.000Z');

/** A bundle of `complaints` complaints (three changes each: complaint, 8D, return) exported by QA1, and an importing station WH1. */
async function bigBundle(complaints: number) {
  const a = await station('QA1');
  await bulkPutSyncData(a.db, generateSyncData(a.station.id, complaints));
  const out = await buildExport(a.db, { destination: 'usb', mode: 'all', now: T0 });
  const b = await station('WH1');
  await enrol(b, a);
  return { a, b, bytes: out.bytes };
}

const phasesOf = (seen: SyncProgress[]) => seen.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p);

describe('import session (the worker logic)', () => {
  it('reports decoding, planning, then writing, each bar monotonic to its total', async () => {
    const { b, bytes } = await bigBundle(5);
    const session = new ImportSession(b.db);
    const opened: SyncProgress[] = [];
    const preview = await session.open({ bytes }, (p) => opened.push(p));
    expect(preview.newChanges).toBe(15);
    expect(phasesOf(opened)).toEqual(['unzipping', 'hashing', 'validating', 'planning']);
    const applied: SyncProgress[] = [];
    const result = await session.apply({ now: T0.toISOString() }, (p) => applied.push(p));
    expect(result.newChanges).toBe(15);
    expect(phasesOf(applied)).toEqual(['planning', 'writing']);
    for (const seen of [opened, applied]) {
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
      expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    }
  });

  it('cancelled while its one transaction writes, leaves the database as it was; the same session then imports', async () => {
    // More rows than one write chunk, so the cancel falls between two chunks of the open transaction.
    const { b, bytes } = await bigBundle(Math.ceil(WRITE_CHUNK / 2));
    const session = new ImportSession(b.db);
    await session.open({ bytes });
    const before = await fingerprint(b.db);
    const controller = new AbortController();
    let chunks = 0;
    const seen: SyncProgress[] = [];
    const onProgress = (p: SyncProgress) => {
      seen.push(p);
      if (p.phase === 'writing' && p.done > seen.find((q) => q.phase === 'writing')!.done && ++chunks === 1) controller.abort();
    };
    const error = await session.apply({ now: T0.toISOString() }, onProgress, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('cancelled');
    expect(chunks).toBe(1);
    expect(await fingerprint(b.db)).toBe(before);

    const done = await session.apply({ now: T0.toISOString() });
    expect(done.newChanges).toBe(3 * Math.ceil(WRITE_CHUNK / 2));
    expect(await fingerprint(b.db)).not.toBe(before);
  });

  it('cancelled while decoding, stops with nothing kept to apply and nothing written', async () => {
    const { b, bytes } = await bigBundle(3);
    const before = await fingerprint(b.db);
    const session = new ImportSession(b.db);
    const controller = new AbortController();
    const error = await session.open({ bytes }, () => controller.abort(), controller.signal).catch((e: unknown) => e);
    expect((error as SyncError).code).toBe('cancelled');
    await expect(session.apply({})).rejects.toThrow(/apply before open/);
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('cancels through the client (in-process where there are no workers) before the transaction commits', async () => {
    const { b, bytes } = await bigBundle(4);
    const client = createImportClient(b.db);
    expect(client.mode).toBe('in-process');
    await client.open({ bytes });
    const before = await fingerprint(b.db);
    const error = await client.apply({}, (p) => {
      if (p.phase === 'writing') client.cancel();
    }).catch((e: unknown) => e);
    expect((error as SyncError).code).toBe('cancelled');
    expect(await fingerprint(b.db)).toBe(before);
    client.close();
  });

  it('keeps the preview plan when nothing was written since, and plans again when something was', async () => {
    const { b, bytes } = await bigBundle(2);
    const bundle = await decodeBundle(bytes);
    const prepared = await prepareImport(b.db, bundle, T0);
    const unchanged: Record<string, number> = {};
    const first = await applyImport(b.db, bundle, T0, { prepared, timings: unchanged });
    expect(unchanged.replanned).toBe(0);
    expect(unchanged.plan).toBeUndefined();
    expect(first.newChanges).toBe(6);

    // A second bundle, previewed; then a local write; then the import must plan again and still write everything.
    const c = await station('QA2');
    await enrol(b, c);
    for (const name of ['客户甲', '客户乙']) await createComplaint(c.db, c.station, c.actor, sampleComplaint(name), T0);
    const other = await decodeBundle((await buildExport(c.db, { destination: 'usb', mode: 'all', now: T0 })).bytes);
    const stale = await prepareImport(b.db, other, T0);
    await createComplaint(b.db, b.station, b.actor, sampleComplaint('本站客户'), T0);
    const moved: Record<string, number> = {};
    const second = await applyImport(b.db, other, T0, { prepared: stale, timings: moved });
    expect(moved.replanned).toBe(1);
    expect(second.newChanges).toBeGreaterThanOrEqual(2);
    expect(await b.db.complaints.count()).toBe(5);
  });

  it('carries a refusal across the worker boundary with its code and params', () => {
    const back = deserializeError(serializeError(new SyncError('keyTaken', { table: 'complaints', value: 'QA1-2026-0001', station: 'QA1' })));
    expect(back).toBeInstanceOf(SyncError);
    expect((back as SyncError).code).toBe('keyTaken');
    expect((back as SyncError).params.value).toBe('QA1-2026-0001');
    const plain = deserializeError(serializeError(new TypeError('boom')));
    expect(plain).not.toBeInstanceOf(SyncError);
    expect(plain.name).toBe('TypeError');
  });
});
