import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { ProgressReporter, type SyncProgress } from './progress';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';

const T0 = new Date('2026-11-20T03:00:00.000Z');

/** Every report has the same total, done never decreases, and the last one is done = total. */
function expectMonotonicToTotal(seen: SyncProgress[]) {
  expect(seen.length).toBeGreaterThan(1);
  const total = seen[0]?.total;
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < seen.length; i++) {
    expect(seen[i]?.total, `report ${i}`).toBe(total);
    if (i > 0) expect(seen[i]?.done, `report ${i}`).toBeGreaterThanOrEqual(seen[i - 1]?.done ?? 0);
  }
  expect(seen.at(-1)?.done).toBe(total);
}

describe('sync progress', () => {
  it('reports chunked work in order, monotonic, ending at total', async () => {
    const seen: SyncProgress[] = [];
    const p = new ProgressReporter((x) => seen.push(x), [['hashing', 30], ['validating', 70]]);
    await p.chunked('hashing', [1, 2, 3, 4, 5, 6, 7], 3, () => undefined);
    await p.report('validating', 0.5);
    await p.report('hashing', 0.2); // a late report of an earlier phase does not move the bar back
    p.finish('validating');
    expect(seen.map((s) => s.done)).toEqual([13, 26, 30, 65, 65, 100]);
    expect(seen.map((s) => s.phase)).toEqual(['hashing', 'hashing', 'hashing', 'validating', 'hashing', 'validating']);
    expectMonotonicToTotal(seen);
  });

  it('export, decode and import each report monotonic progress that ends at total', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    for (let i = 0; i < 3; i++) await createComplaint(a.db, a.station, a.actor, sampleComplaint(`客户${i}`), T0);

    const exported: SyncProgress[] = [];
    const out = await buildExport(a.db, { destination: 'usb', mode: 'all', passphrase: '口令', now: T0, onProgress: (p) => exported.push(p) });
    expectMonotonicToTotal(exported);
    expect(exported.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'zipping', 'encrypting']));

    const decoded: SyncProgress[] = [];
    const bundle = await decodeBundle(out.bytes, { passphrase: '口令', onProgress: (p) => decoded.push(p) });
    expectMonotonicToTotal(decoded);
    expect(decoded.map((p) => p.phase)).toEqual(expect.arrayContaining(['decrypting', 'unzipping', 'hashing', 'validating']));

    const written: SyncProgress[] = [];
    const result = await applyImport(b.db, bundle, T0, { onProgress: (p) => written.push(p) });
    expect(result.newChanges).toBe(3);
    expectMonotonicToTotal(written);
    // The plan (reads, merge, signature checks) is a phase of its own before the transaction writes.
    expect([...new Set(written.map((p) => p.phase))]).toEqual(['planning', 'writing']);
  });

  it('reports nothing without a callback', async () => {
    const p = new ProgressReporter(undefined, [['writing', 1]]);
    await p.report('writing', 0.5);
    p.finish('writing');
    expect(p.total).toBe(1);
  });
});
