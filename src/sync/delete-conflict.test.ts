/** A delete that wins over an edit its writer had not seen is flagged, through real export and import. */
import { describe, expect, it } from 'vitest';
import { complaintToInput, createComplaint, updateComplaint } from '../db/repositories/complaints';
import { writeRecord } from '../db/repositories/write-record';
import { DERIVED_FIELDS, type Complaint } from '../domain/complaint/record';
import type { AppDB } from '../db/app-db';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';

const T0 = new Date('2026-11-20T03:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

async function transfer(from: AppDB, to: AppDB, destination: string) {
  const out = await buildExport(from, { destination, mode: 'since', now: T0 });
  await markExported(from, destination, out.toSeq);
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

type S = Awaited<ReturnType<typeof station>>;
const remove = (s: S, id: string, when: Date) =>
  writeRecord<Complaint>(s.db, s.station, s.actor, { table: 'complaints', id, action: 'delete', ignore: DERIVED_FIELDS, next: (c) => ({ ...(c as Complaint), deletedAt: when.toISOString() }) });

describe('delete over an unseen edit', () => {
  it('is the same conflict on both stations; a delete after seeing the edit is none', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await transfer(a.db, b.db, 'b');
    await updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000001' } }, at(1));
    await remove(b, c.id, at(2)); // B's clock is later, B has not seen A's edit

    expect((await transfer(b.db, a.db, 'a')).conflicts).toBe(1);
    expect((await transfer(a.db, b.db, 'b')).conflicts).toBe(1);
    const list = async (db: AppDB) => (await db.conflicts.toArray()).map((k) => ({ id: k.id, path: k.path, values: k.values.map((v) => v.value) }));
    expect(await list(a.db)).toEqual(await list(b.db));
    expect((await list(a.db))[0]).toMatchObject({ path: 'deletedAt', values: [null, expect.any(String)] });
    expect((await a.db.complaints.get(c.id))?.deletedAt).toEqual(expect.any(String));

    const c2 = await createComplaint(a.db, a.station, a.actor, sampleComplaint('另一家公司'), at(3));
    await updateComplaint(a.db, a.station, a.actor, c2.id, { ...complaintToInput(c2), customer: { ...c2.customer, phone: '13900000002' } }, at(4));
    await transfer(a.db, b.db, 'b');
    await remove(b, c2.id, at(5));
    expect((await transfer(b.db, a.db, 'a')).conflicts).toBe(0);
  });
});
