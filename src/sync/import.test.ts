import { describe, expect, it } from 'vitest';
import { createComplaint, complaintToInput, updateComplaint } from '../db/repositories/complaints';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport, previewImport } from './import';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';
import { SyncError } from './errors';
import { keepConflictValue } from './resolve-conflict';
import type { AppDB } from '../db/app-db';

const T0 = new Date('2026-11-20T03:00:00.000Z');

async function transfer(from: AppDB, to: AppDB, mode: 'all' | 'since' = 'all', destination = 'usb') {
  const out = await buildExport(from, { destination, mode, now: T0 });
  await markExported(from, destination, out.toSeq);
  const bundle = await decodeBundle(out.bytes);
  return { out, bundle, result: await applyImport(to, bundle, T0) };
}

async function dataOf(db: AppDB) {
  const complaints = await db.complaints.toArray();
  return complaints.map(({ _clocks: _c, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function conflictsOf(db: AppDB) {
  return (await db.conflicts.toArray()).map(({ resolvedAt: _r, ...c }) => c).sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('export → import between stations', () => {
  it('copies a complaint with its number and derived search tokens, and a replay changes nothing', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const { bundle, result } = await transfer(a.db, b.db);
    expect(result.tables.complaints).toEqual({ created: 1, updated: 0 });
    const copy = await b.db.complaints.get(c.id);
    expect(copy?.number).toBe('QA1-2026-0001');
    expect(copy?.searchTokens).toContain('qa1-2026-0001');
    expect(await dataOf(b.db)).toEqual(await dataOf(a.db));

    const before = await fingerprint(b.db);
    const again = await applyImport(b.db, bundle, T0);
    expect(again.newChanges).toBe(0);
    expect(again.importedBefore).toBe(T0.toISOString());
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('previews without writing', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const out = await buildExport(a.db, { destination: 'usb', mode: 'all', now: T0 });
    const before = await fingerprint(b.db);
    const preview = await previewImport(b.db, await decodeBundle(out.bytes), T0);
    expect(preview).toMatchObject({ newChanges: 1, conflicts: 0, station: { code: 'QA1' }, importedBefore: null });
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('keeps a concurrent edit of one field as the same conflict on both stations, with the same winner', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    await transfer(a.db, b.db);
    const editPhone = (phone: string) => ({ ...complaintToInput(c), customer: { ...c.customer, phone } });
    await updateComplaint(a.db, a.station, a.actor, c.id, editPhone('13900000111'), new Date(T0.getTime() + 1000));
    await updateComplaint(b.db, b.station, b.actor, c.id, editPhone('13900000222'), new Date(T0.getTime() + 2000));
    const toB = await transfer(a.db, b.db, 'since');
    expect(toB.result.conflicts).toBeGreaterThan(0);
    await transfer(b.db, a.db, 'since');
    expect(await dataOf(a.db)).toEqual(await dataOf(b.db));
    const ca = await conflictsOf(a.db);
    expect(ca).toEqual(await conflictsOf(b.db));
    const phone = ca.find((k) => k.path === 'customer.phone');
    expect(phone?.values.map((v) => v.value)).toEqual(['13900000111', '13900000222']);
    expect((await a.db.complaints.get(c.id))?.customer.phone).toBe('13900000222');

    // Keeping the losing value is a new write that syncs and wins everywhere.
    const conflict = ca.find((k) => k.path === 'customer.phone');
    await keepConflictValue(a.db, a.station, a.actor, conflict?.id ?? '', 0, new Date(T0.getTime() + 5000));
    expect((await a.db.complaints.get(c.id))?.customer.phone).toBe('13900000111');
    expect((await a.db.conflicts.get(conflict?.id ?? ''))?.resolvedAt).toBeTruthy();
    await transfer(a.db, b.db, 'since');
    expect((await b.db.complaints.get(c.id))?.customer.phone).toBe('13900000111');
  });

  it('does not flag an edit made after seeing the other station’s edit', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    await transfer(a.db, b.db);
    await updateComplaint(b.db, b.station, b.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000333' } }, new Date(T0.getTime() + 1000));
    await transfer(b.db, a.db);
    expect(await a.db.conflicts.count()).toBe(0);
    expect((await a.db.complaints.get(c.id))?.customer.phone).toBe('13900000333');
  });

  it('exports only what changed since the last export to that destination', async () => {
    const a = await station('QA1');
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const first = await buildExport(a.db, { destination: 'usb', mode: 'since', now: T0 });
    await markExported(a.db, 'usb', first.toSeq);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('乙公司'), T0);
    const second = await buildExport(a.db, { destination: 'usb', mode: 'since', now: T0 });
    const other = await buildExport(a.db, { destination: 'folder', mode: 'since', now: T0 });
    expect([first.changes, second.changes, other.changes]).toEqual([1, 1, 2]);
    expect(second.fileName).toMatch(/^QA1-\d{8}-\d{6}\.ckd$/);
  });

  it('refuses a station’s own bundle', async () => {
    const a = await station('QA1');
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const out = await buildExport(a.db, { destination: 'usb', mode: 'all', now: T0 });
    await expect(applyImport(a.db, await decodeBundle(out.bytes))).rejects.toMatchObject({ code: 'ownBundle' });
  });

  it('round-trips an encrypted bundle and tells a wrong passphrase apart', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const out = await buildExport(a.db, { destination: 'usb', mode: 'all', passphrase: '正确的口令', now: T0 });
    await expect(decodeBundle(out.bytes)).rejects.toMatchObject({ code: 'passphraseRequired' });
    await expect(decodeBundle(out.bytes, { passphrase: 'wrong' })).rejects.toBeInstanceOf(SyncError);
    await expect(decodeBundle(out.bytes, { passphrase: 'wrong' })).rejects.toMatchObject({ code: 'wrongPassphrase' });
    const bundle = await decodeBundle(out.bytes, { passphrase: '正确的口令' });
    expect((await applyImport(b.db, bundle)).newChanges).toBe(1);
  });
});
