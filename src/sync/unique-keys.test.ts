import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { saveDepartment } from '../db/repositories/org';
import type { AppDB } from '../db/app-db';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport, previewImport } from './import';
import { SyncError } from './errors';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';

const T0 = new Date('2026-11-20T03:00:00.000Z');

async function bundleOf(db: AppDB) {
  return decodeBundle((await buildExport(db, { destination: 'usb', mode: 'all', now: T0 })).bytes);
}

async function refusal(p: Promise<unknown>): Promise<SyncError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(SyncError);
  return e as SyncError;
}

describe('unique numbers and codes on import', () => {
  it('names the complaint number two stations with one code both gave out, in the preview and on import, and writes nothing', async () => {
    const a = await station('QA1');
    const b = await station('QA1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('甲公司'), T0);
    await createComplaint(b.db, b.station, b.actor, sampleComplaint('乙公司'), T0);
    const bundle = await bundleOf(a.db);
    const before = await fingerprint(b.db);

    const inPreview = await refusal(previewImport(b.db, bundle, T0));
    expect(inPreview.code).toBe('keyTaken');
    expect(inPreview.params).toEqual({ table: 'complaints', value: 'QA1-2026-0001', station: 'QA1' });
    expect((await refusal(applyImport(b.db, bundle, T0))).code).toBe('keyTaken');
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('warns of a shared station code before any number clashes, and imports', async () => {
    const a = await station('QA1');
    const b = await station('QA1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    const bundle = await bundleOf(a.db);
    expect((await previewImport(b.db, bundle, T0)).sameStationCode).toBe(true);
    expect((await applyImport(b.db, bundle, T0)).newChanges).toBeGreaterThan(0);
    expect(await b.db.complaints.count()).toBe(1);

    const c = await station('WH1');
    await enrolEachOther(c, a);
    expect((await previewImport(c.db, bundle, T0)).sameStationCode).toBe(false);
  });

  it('names a department code that each station created on its own', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await saveDepartment(a.db, a.station, a.actor, { code: 'QC', name: '品管课', kind: 'quality' });
    await saveDepartment(b.db, b.station, b.actor, { code: 'QC', name: '品质课', kind: 'quality' });
    const e = await refusal(previewImport(b.db, await bundleOf(a.db), T0));
    expect(e.params).toMatchObject({ table: 'departments', value: 'QC' });
  });

  it('lets the same row through again: a replayed or updated row keeps its own number', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T0);
    await applyImport(b.db, await bundleOf(a.db), T0);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('丙公司'), T0);
    const second = await applyImport(b.db, await bundleOf(a.db), T0);
    expect(second.tables.complaints).toEqual({ created: 1, updated: 0 });
    expect(await b.db.complaints.count()).toBe(2);
  });
});
