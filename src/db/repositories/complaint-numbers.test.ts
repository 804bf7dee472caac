/** Complaint numbers never clash when a station changes its code: two stations, syncing, one changing codes. */
import { describe, expect, it } from 'vitest';
import { createComplaint } from './complaints';
import { updateStation } from './station';
import { ValidationError } from '../../domain/common/validation-error';
import { buildExport } from '../../sync/export';
import { decodeBundle } from '../../sync/decode';
import { applyImport } from '../../sync/import';
import { station } from '../../sync/test-support/stations';
import { enrolEachOther } from '../../sync/test-support/enrol';
import { sampleComplaintInput } from '../test-support/fake-db';
import type { AppDB } from '../app-db';

const T0 = new Date('2026-11-25T03:00:00.000Z');

async function transfer(from: AppDB, to: AppDB) {
  const out = await buildExport(from, { destination: 'usb', mode: 'all', now: T0 });
  await applyImport(to, await decodeBundle(out.bytes), T0);
}

async function numbersOf(db: AppDB) {
  return (await db.complaints.orderBy('number').toArray()).map((c) => c.number);
}

async function refusal(p: Promise<unknown>) {
  const e = await p.catch((x: unknown) => x);
  if (!(e instanceof ValidationError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e.issues.map((i) => `${i.path}:${i.code}`);
}

describe('complaint numbers across a station code change', () => {
  it('refuses a code another station numbers with, and never reissues a number of its own earlier code', async () => {
    const a = await station('QA1');
    const b = await station('QA2');
    await enrolEachOther(a, b);
    const create = async (s: typeof a) => (await createComplaint(s.db, s.station, s.actor, sampleComplaintInput(), T0)).number;
    expect([await create(a), await create(a)]).toEqual(['QA1-2026-0001', 'QA1-2026-0002']);
    expect(await create(b)).toBe('QA2-2026-0001');
    await transfer(a.db, b.db);
    await transfer(b.db, a.db);

    // A cannot take B's code, and B cannot take A's: each would repeat the other's numbers.
    expect(await refusal(updateStation(a.db, { code: 'QA2', name: 'A', timeZone: 'Asia/Shanghai' }))).toEqual(['code:validation.stationCodeTaken']);
    expect(await refusal(updateStation(b.db, { code: 'QA1', name: 'B', timeZone: 'Asia/Shanghai' }))).toEqual(['code:validation.stationCodeTaken']);

    // A moves to a fresh code, numbers from 1 there, and back on its old code continues after what it issued.
    a.station = await updateStation(a.db, { code: 'QA3', name: 'A', timeZone: 'Asia/Shanghai' });
    expect(await create(a)).toBe('QA3-2026-0001');
    a.station = await updateStation(a.db, { code: 'QA1', name: 'A', timeZone: 'Asia/Shanghai' });
    expect(await create(a)).toBe('QA1-2026-0003');

    // A's old code, once seen by B, stays A's even while A uses another code.
    await transfer(a.db, b.db);
    expect(await refusal(updateStation(b.db, { code: 'QA3', name: 'B', timeZone: 'Asia/Shanghai' }))).toEqual(['code:validation.stationCodeTaken']);
    await transfer(b.db, a.db);
    const all = await numbersOf(a.db);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(['QA1-2026-0001', 'QA1-2026-0002', 'QA1-2026-0003', 'QA2-2026-0001', 'QA3-2026-0001']);
    expect(await numbersOf(b.db)).toEqual(all);
  });

  it('a fresh code numbers from 1, beside the other station\'s numbers it holds', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaintInput(), T0);
    await transfer(a.db, b.db);
    b.station = await updateStation(b.db, { code: 'WH2', name: 'B', timeZone: 'Asia/Shanghai' });
    expect((await createComplaint(b.db, b.station, b.actor, sampleComplaintInput(), T0)).number).toBe('WH2-2026-0001');
  });
});
