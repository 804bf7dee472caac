import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import type { WorkflowComplaint } from '../db/repositories/workflow-store';
import { transitionComplaint } from '../db/repositories/workflow';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';
import type { AppDB } from '../db/app-db';

const T0 = new Date('2026-11-20T03:00:00.000Z');

async function transfer(from: AppDB, to: AppDB) {
  const out = await buildExport(from, { destination: 'usb', mode: 'all', now: T0 });
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

/** What a station before version 3 wrote: the creation without the chain. */
async function asOldStation(db: AppDB) {
  await db.changes.toCollection().modify((r) => {
    for (const c of r.pack) c.fields = Object.fromEntries(Object.entries(c.fields).filter(([p]) => !p.startsWith('deadline')));
  });
}

describe('an imported complaint has its deadline chain', () => {
  it('fills the receipt chain of a complaint recorded without one, unstamped', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    await asOldStation(a.db);
    await transfer(a.db, b.db);
    const copy = (await b.db.complaints.get(c.id)) as WorkflowComplaint;
    expect(copy.deadlines?.acknowledge?.originalDue).toBe('2026-11-23T02:00:00.000Z');
    expect(copy.nextDueAt).toBe('2026-11-23T02:00:00.000Z');
    expect(Object.keys(copy._clocks).some((p) => p.startsWith('deadlines'))).toBe(false);
  });

  it('completes a filled deadline from a step relayed by another station', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    await transfer(a.db, b.db);
    await transitionComplaint(b.db, b.station, b.actor, c.id, { to: 'acknowledged' }, new Date(T0.getTime() + 60_000));
    await transfer(b.db, a.db);
    const back = (await a.db.complaints.get(c.id)) as WorkflowComplaint;
    expect(back.status).toBe('acknowledged');
    expect(back.deadlines?.acknowledge?.completedAt).toBe('2026-11-20T03:01:00.000Z');
    expect(back.nextDueAt).toBe(back.deadlines?.reply?.originalDue);
  });
});
