import { describe, expect, it } from 'vitest';
import { complaintToInput, createComplaint, updateComplaint } from '../db/repositories/complaints';
import { countLogSince } from '../db/change-log';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { keepConflictValue } from './resolve-conflict';
import { sampleComplaint, station } from './test-support/stations';
import { enrol, enrolEachOther, type TestStation } from './test-support/enrol';
import type { AppDB } from '../db/app-db';

const T0 = new Date('2026-11-20T03:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

async function transfer(from: AppDB, to: AppDB, destination: string, mode: 'all' | 'since' = 'since') {
  const out = await buildExport(from, { destination, mode, now: T0 });
  await markExported(from, destination, out.toSeq);
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

const openConflicts = async (db: AppDB) => (await db.conflicts.toArray()).filter((c) => c.resolvedAt === null);

/** A and B edit the phone concurrently and exchange: both list the same conflict; B's later value wins. */
async function conflicted(alsoTo?: TestStation) {
  const a = await station('QA1');
  const b = await station('WH1');
  await enrolEachOther(a, b);
  if (alsoTo) await enrolEachOther(a, b, alsoTo);
  const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
  await transfer(a.db, b.db, 'b', 'all');
  if (alsoTo) await transfer(a.db, alsoTo.db, 'x', 'all');
  const phone = (p: string) => ({ ...complaintToInput(c), customer: { ...c.customer, phone: p } });
  await updateComplaint(a.db, a.station, a.actor, c.id, phone('13900000007'), at(1));
  await updateComplaint(b.db, b.station, b.actor, c.id, phone('13900000009'), at(2));
  await transfer(a.db, b.db, 'b');
  await transfer(b.db, a.db, 'a');
  const [conflict] = await openConflicts(a.db);
  if (!conflict) throw new Error('no conflict');
  expect(await openConflicts(b.db)).toHaveLength(1);
  return { a, b, c, conflict };
}

describe('a conflict resolved at one station is resolved at every station that imports the resolution', () => {
  it('keeping the losing value at A settles it at B', async () => {
    const { a, b, c, conflict } = await conflicted();
    await keepConflictValue(a.db, a.station, a.actor, conflict.id, 0, at(10));
    expect(await openConflicts(a.db)).toEqual([]);
    const preview = await transfer(a.db, b.db, 'b');
    expect(preview.conflicts).toBe(0);
    expect(await openConflicts(b.db)).toEqual([]);
    expect((await b.db.conflicts.get(conflict.id))?.resolvedAt).toBe(T0.toISOString());
    expect((await b.db.complaints.get(c.id))?.customer.phone).toBe('13900000007');
  });

  it('keeping the value already applied is a write too, and settles it at B', async () => {
    const { a, b, c, conflict } = await conflicted();
    const before = await countLogSince(a.db.changes, 0);
    await keepConflictValue(a.db, a.station, a.actor, conflict.id, 1, at(10));
    expect(await countLogSince(a.db.changes, 0)).toBe(before + 1);
    await transfer(a.db, b.db, 'b');
    expect(await openConflicts(b.db)).toEqual([]);
    expect((await b.db.complaints.get(c.id))?.customer.phone).toBe('13900000009');
  });

  it('a third station that receives the conflict and its resolution together never lists it open', async () => {
    const { a, conflict } = await conflicted();
    await keepConflictValue(a.db, a.station, a.actor, conflict.id, 0, at(10));
    const c3 = await station('QA2');
    await enrol(c3, a);
    await transfer(a.db, c3.db, 'c', 'all');
    expect((await c3.db.conflicts.toArray()).map((k) => [k.id, k.resolvedAt !== null])).toEqual([[conflict.id, true]]);
  });

  it('an edit made without seeing both values does not settle it', async () => {
    // A third station that saw only the creation edits the phone later: a new concurrent write, not a decision.
    const c3 = await station('QA2');
    const { b, c, conflict } = await conflicted(c3);
    await updateComplaint(c3.db, c3.station, c3.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000003' } }, at(20));
    await transfer(c3.db, b.db, 'b3', 'all');
    expect((await openConflicts(b.db)).map((k) => k.id)).toContain(conflict.id);
  });
});
