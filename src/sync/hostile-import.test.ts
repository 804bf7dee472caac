/**
 * Hostile bundles that are well-formed files but ask for what no station may
 * do: rows the tracking table cannot show, clocks in the future, changes in
 * this station's name, changes by someone whose role does not allow them, and
 * mass deletions nobody confirmed. Each is refused with its own code, naming
 * where, and leaves the database exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { PLANT_CONFIG_ID } from '../domain/config/plant-config';
import { decodeHlc, encodeHlc } from '../domain/merge/hlc';
import { decodeBundle } from './decode';
import { applyImport, previewImport } from './import';
import { SyncError, type SyncErrorCode } from './errors';
import { changeLine, TEST_LIMITS } from './__fixtures__/hostile';
import { signedBundle } from './__fixtures__/signed';
import { enrolHostile } from './test-support/enrol';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';

const HOSTILE_STATION = '01JHOSTILESTATION00000000X';
const HOUR = 3_600_000;
let counter = 0;
/** A clock `aheadMs` from the real wall clock, unique per call. */
const hlcAt = (aheadMs: number, stationId = HOSTILE_STATION) => encodeHlc({ wall: Date.now() + aheadMs, counter: ++counter, station: stationId });

/** A station holding one complaint, the procedure's default matrix, and people of several roles. */
async function target() {
  const s = await station('WH1');
  await s.db.config.put({ id: PLANT_CONFIG_ID, _clocks: {} });
  for (const [id, role] of [['pe', 'qaEngineer'], ['pa', 'admin'], ['pm', 'marketingManager']] as const) {
    await s.db.people.put({ id, _clocks: {}, deletedAt: null, name: `${role}-name`, departmentId: 'dept-QA', role, phone: '', email: '', active: true });
  }
  const complaint = await createComplaint(s.db, s.station, { id: 'pa', name: 'admin-name' }, sampleComplaint());
  await enrolHostile(s, { id: 'pa', name: 'admin-name' });
  return { ...s, complaint };
}

type Line = Record<string, unknown>;
const line = (patch: Line): string => JSON.stringify({ ...changeLine(1), hlc: hlcAt(1000), ...patch });
const bundleOf = async (lines: string[], manifest: (m: Record<string, unknown>) => unknown = (m) => ({ ...m, createdAt: new Date().toISOString() })) =>
  decodeBundle(await signedBundle({ lines, manifest }), { limits: TEST_LIMITS });

async function refusal(db: Parameters<typeof applyImport>[0], lines: string[], opts: Parameters<typeof applyImport>[3] = {}): Promise<SyncError> {
  const before = await fingerprint(db);
  const bundle = await bundleOf(lines);
  const e = await applyImport(db, bundle, new Date(), opts).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SyncError);
  expect(await fingerprint(db)).toBe(before);
  return e as SyncError;
}

describe('rows as merged', () => {
  it('refuses a complaint whose customer becomes null, naming the record and the field', async () => {
    const t = await target();
    const e = await refusal(t.db, [line({ rowId: t.complaint.id, fields: { customer: null }, author: 'pa' })]);
    expect(e.code).toBe('badRow');
    expect(e.params).toMatchObject({ table: 'complaints', row: t.complaint.number, path: 'customer', problem: 'wrongType' });
  });

  it('refuses text over the field’s length and a required field emptied', async () => {
    const t = await target();
    expect((await refusal(t.db, [line({ rowId: t.complaint.id, fields: { 'customer.name': '客'.repeat(101) } })])).params).toMatchObject({ path: 'customer.name', problem: 'tooLong' });
    expect((await refusal(t.db, [line({ rowId: t.complaint.id, fields: { 'details.symptom': '' } })])).params).toMatchObject({ path: 'details.symptom', problem: 'missing' });
  });

  it('refuses an attachment reference that names a path or a program', async () => {
    const t = await target();
    const ref = (name: string) => ({ sha256: 'a'.repeat(64), name, type: 'image/jpeg', size: 3, addedAt: '2026-11-20T03:00:00.000Z' });
    expect((await refusal(t.db, [line({ rowId: t.complaint.id, fields: { [`attachments.${'a'.repeat(64)}`]: ref('setup.exe') } })])).params).toMatchObject({ problem: 'executable' });
    expect((await refusal(t.db, [line({ rowId: t.complaint.id, fields: { [`attachments.${'a'.repeat(64)}`]: ref('../../photo.jpg') } })])).params).toMatchObject({ problem: 'unsafeName' });
  });

  it('keeps HTML in a text field as the text it is', async () => {
    const t = await target();
    const html = '<img src=x onerror="alert(1)"><b>漏油</b>';
    await applyImport(t.db, await bundleOf([line({ rowId: t.complaint.id, fields: { 'details.symptom': html } })]));
    expect((await t.db.complaints.get(t.complaint.id))?.details.symptom).toBe(html);
  });
});

describe('clocks', () => {
  it('refuses a change stamped 48 h ahead of the bundle and of this station, naming the station and the time', async () => {
    const t = await target();
    const e = await refusal(t.db, [line({ hlc: hlcAt(48 * HOUR) })]);
    expect(e.code).toBe('futureClock');
    expect(e.params).toMatchObject({ station: 'QA9', line: 1, hours: 24 });
    expect(Date.parse(String(e.params.at))).toBeGreaterThan(Date.now() + 47 * HOUR);
  });

  it('refuses the year 9999', async () => {
    const t = await target();
    const far = encodeHlc({ wall: Date.parse('9999-12-31T00:00:00.000Z'), counter: 0, station: HOSTILE_STATION });
    expect((await refusal(t.db, [line({ hlc: far })])).code).toBe('futureClock');
  });

  it('takes a clock 20 h ahead, keeps the local clock within wall time plus the margin, and does not trust a creation time in the future', async () => {
    const t = await target();
    await applyImport(t.db, await bundleOf([line({ hlc: hlcAt(20 * HOUR), rowId: t.complaint.id, fields: { 'customer.phone': '13900000001' } })]));
    const clock = decodeHlc(String((await t.db.settings.get('hlc'))?.value));
    expect(clock?.wall).toBeGreaterThan(Date.now() + 19 * HOUR);
    expect(clock?.wall).toBeLessThanOrEqual(Date.now() + 24 * HOUR);
    // A forged bundle claims it was made three days from now: its changes are still judged by this station's clock.
    const ahead = 3 * 24 * HOUR;
    const before = await fingerprint(t.db);
    const forged = await bundleOf([line({ hlc: hlcAt(ahead), rowId: t.complaint.id, fields: { 'customer.phone': '13900000003' } })], (m) => ({ ...m, createdAt: new Date(Date.now() + ahead).toISOString() }));
    await expect(applyImport(t.db, forged)).rejects.toMatchObject({ code: 'futureClock' });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a change stamped with this station’s own id', async () => {
    const t = await target();
    const own = t.station.id;
    const e = await refusal(t.db, [line({ station: own, hlc: hlcAt(1000, own) })]);
    expect(e.code).toBe('ownStationChange');
  });
});

describe('authors', () => {
  const cases: [string, Line, SyncErrorCode][] = [
    ['a threshold change by a QA engineer', { table: 'config', rowId: PLANT_CONFIG_ID, fields: { 'approval.managerAboveFen': 1 }, author: 'pe' }, 'notPermitted'],
    ['a permission matrix change by a marketing manager', { table: 'config', rowId: PLANT_CONFIG_ID, fields: { 'permissions.qaEngineer': ['people.manage'] }, author: 'pm' }, 'notPermitted'],
    ['a new general manager created by a QA engineer', { table: 'people', rowId: 'NEWGM000001', fields: { name: '假总经理', departmentId: 'dept-QA', role: 'generalManager', phone: '', email: '', active: true }, author: 'pe' }, 'notPermitted'],
    ['a role change by a marketing manager', { table: 'people', rowId: 'pe', fields: { role: 'admin' }, author: 'pm' }, 'notPermitted'],
    ['a deletion by a QA engineer', { fields: { deletedAt: '2026-11-20T03:00:00.000Z' }, author: 'pe' }, 'notPermitted'],
    ['a deletion by a person this station does not know', { fields: { deletedAt: '2026-11-20T03:00:00.000Z' }, author: 'nobody' }, 'notPermitted'],
    ['a QA engineer who makes himself administrator in the same bundle', { table: 'people', rowId: 'pe', fields: { role: 'admin' }, author: 'pe' }, 'notPermitted'],
    ['a QA engineer who grants his own role more rights in the matrix', { table: 'config', rowId: PLANT_CONFIG_ID, fields: { 'permissions.qaEngineer': ['record.delete', 'people.manage', 'settings.manage'] }, author: 'pe' }, 'notPermitted'],
    ['a person the bundle creates as administrator, creating themselves', { table: 'people', rowId: 'SELFMADE0001', fields: { name: '自封管理员', departmentId: 'dept-QA', role: 'admin', phone: '', email: '', active: true }, author: 'SELFMADE0001' }, 'notPermitted'],
    ['a deletion without an author (an old bundle)', { fields: { deletedAt: '2026-11-20T03:00:00.000Z' } }, 'authorMissing'],
  ];
  it.each(cases)('refuses %s and lists it', async (_name, patch, code) => {
    const t = await target();
    const e = await refusal(t.db, [line({ rowId: t.complaint.id, ...patch })]);
    expect(e.code).toBe(code);
    if (code === 'notPermitted') expect(String(e.params.list)).toContain('#1');
  });

  it('takes the same threshold change from an administrator, and ordinary edits without an author', async () => {
    const t = await target();
    await applyImport(t.db, await bundleOf([line({ table: 'config', rowId: PLANT_CONFIG_ID, fields: { 'approval.managerAboveFen': 150_000 }, author: 'pa' })]));
    await applyImport(t.db, await bundleOf([line({ rowId: t.complaint.id, fields: { 'customer.phone': '13900000002' } })]));
    expect((await t.db.complaints.get(t.complaint.id))?.customer.phone).toBe('13900000002');
  });
});

describe('many deletions', () => {
  it('lists them, refuses them unconfirmed or confirmed by someone not allowed, applies them confirmed by an administrator', async () => {
    const t = await target();
    const ids = [t.complaint.id];
    for (let i = 0; i < 11; i++) ids.push((await createComplaint(t.db, t.station, { id: 'pa', name: 'admin-name' }, sampleComplaint(`客户${i}`))).id);
    const lines = ids.map((id, i) => JSON.stringify({ ...changeLine(i + 1), hlc: hlcAt(1000 + i), rowId: id, fields: { deletedAt: new Date().toISOString() }, author: 'pa' }));
    const bundle = await bundleOf(lines);
    const preview = await previewImport(t.db, bundle);
    expect(preview.destructive).toHaveLength(12);
    expect(preview.destructive[0]).toMatchObject({ table: 'complaints', kind: 'deleted' });
    expect(preview.confirmAbove).toBe(10);
    expect((await refusal(t.db, lines)).params).toMatchObject({ count: 12, max: 10 });
    expect((await refusal(t.db, lines, { confirmedBy: { id: 'pe', name: 'qaEngineer-name' } })).code).toBe('destructiveUnconfirmed');
    await applyImport(t.db, bundle, new Date(), { confirmedBy: { id: 'pa', name: 'admin-name' } });
    expect((await t.db.complaints.toArray()).filter((c) => !c.deletedAt)).toHaveLength(0);
    const confirmations = (await t.db.audit.toArray()).filter((a) => a.action === 'sync.confirmDestructive');
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]?.actor).toBe('admin-name');
    expect(confirmations[0]?.changes).toHaveLength(12);
  });
});
