/**
 * The bulk import of an old tracking sheet writes exactly what creating the
 * same complaints one at a time writes (rows, numbers, change log, HLCs, the
 * audit chain), and nothing at all when any part of it fails. ULIDs are made
 * deterministic while a run is compared, so both databases can be compared
 * whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLog } from '../change-log';
import type * as UlidModule from 'ulid';

const fakeUlid = vi.hoisted(() => ({ next: -1 }));
vi.mock('ulid', async (importOriginal) => {
  const real = await importOriginal<typeof UlidModule>();
  // Crockford base 32, 26 characters, in creation order; the real one when no run is being compared.
  return { ...real, ulid: (t?: number) => (fakeUlid.next < 0 ? real.ulid(t) : `01TEST${String(fakeUlid.next++).padStart(20, '0')}`) };
});

import { freshDb } from '../test-support/fake-db';
import { createComplaint } from './complaints';
import { importTrackingRows, type ImportRow } from './tracking-import';
import type { AppDB } from '../app-db';
import type { Station } from './station';
import { readTrackingRows, proposeMapping } from '../../domain/review/tracking-import';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import type { Cell } from '../../domain/masterdata/sheet';

const NOW = new Date('2026-11-25T03:00:00.000Z');

afterEach(() => {
  fakeUlid.next = -1;
});

/** Rows over two years, interleaved, every fourth with the customer's own number. */
function sheetRows(n: number, station: Station, receivedBy: string): ImportRow[] {
  const sheet: Cell[][] = [['投诉日期', '客户名称', '产品名称', '批号', '问题描述', '客诉编号', '处理结果', '数量']];
  for (let i = 0; i < n; i++) {
    const day = i % 3 === 0 ? `2025-12-${String(1 + (i % 28)).padStart(2, '0')}` : `2026-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}`;
    sheet.push([day, `客户${i % 7}`, `产品${i % 5}`, `B${i}`, `泵体漏油，第 ${i} 件`, i % 4 === 0 ? `REF-${i}` : '', i % 2 ? '已退货' : '', i % 6]);
  }
  const read = readTrackingRows(sheet, 0, proposeMapping(sheet[0] ?? []), { now: NOW, zone: station.timeZone, receivedBy });
  return read.flatMap((r) => (r.input && r.key ? [{ row: r.row, input: r.input, key: r.key }] : []));
}

/** Two databases in the same state: a complaint created earlier and a number a restored backup took. */
async function twinDbs() {
  const a = await freshDb();
  const b = await freshDb();
  await b.db.settings.put({ key: 'station', value: a.station });
  for (const { db } of [a, b]) {
    fakeUlid.next = 900_000;
    const [first] = sheetRows(1, a.station, a.actor.name);
    await createComplaint(db, a.station, a.actor, { ...first!.input, customer: { ...first!.input.customer, name: '早先的客户' } }, NOW);
    const taken = (await db.complaints.toArray())[0]!;
    await db.complaints.put({ ...taken, id: '01TAKEN0000000000000000000', number: 'QA1-2026-0004' });
    fakeUlid.next = -1;
  }
  return { a: a.db, b: b.db, station: a.station, actor: a.actor };
}

async function dump(db: AppDB) {
  return {
    complaints: await db.complaints.orderBy('id').toArray(),
    // The same changes in the same order; a bulk write stores them in packs, so under fewer seqs (db/change-log).
    changes: (await readLog(db.changes)).map(({ seq: _seq, ...c }) => c),
    audit: await db.audit.orderBy('seq').toArray(),
    settings: (await db.settings.toArray()).sort((x, y) => (x.key < y.key ? -1 : 1)),
  };
}

describe('importing an old tracking sheet in bulk', () => {
  it('writes what creating the same complaints one at a time writes', async () => {
    const { a, b, station, actor } = await twinDbs();
    const rows = sheetRows(40, station, actor.name);
    expect(rows).toHaveLength(40);

    fakeUlid.next = 0;
    const outcome = await importTrackingRows(a, station, actor, rows, NOW);
    fakeUlid.next = 0;
    for (const r of rows) await createComplaint(b, station, actor, r.input, NOW);
    fakeUlid.next = -1;

    expect(outcome).toEqual({ imported: 40, skipped: [] });
    const [bulk, single] = [await dump(a), await dump(b)];
    expect(bulk.complaints).toHaveLength(42);
    expect(bulk).toEqual(single);
    // Numbers run on per year and skip the one a restored backup took.
    const numbers = bulk.complaints.map((c) => c.number);
    expect(numbers).toContain('QA1-2025-0015');
    expect(numbers).toContain('QA1-2026-0027');
    expect(numbers).not.toContain('QA1-2026-0028');
    expect(numbers.filter((n) => n === 'QA1-2026-0004')).toHaveLength(1);
    expect(verifyAuditChain(bulk.audit)).toMatchObject({ ok: true });
  });

  it('skips the rows already stored the second time, with the same reason per row', async () => {
    const { a, station, actor } = await twinDbs();
    const rows = sheetRows(12, station, actor.name);
    expect((await importTrackingRows(a, station, actor, rows.slice(0, 5), NOW)).imported).toBe(5);
    const before = await dump(a);
    const again = await importTrackingRows(a, station, actor, rows, NOW);
    expect(again.imported).toBe(7);
    expect(again.skipped).toEqual(rows.slice(0, 5).map((r) => ({ row: r.row, code: 'import.err.duplicateExisting' })));
    const after = await dump(a);
    expect(after.complaints).toHaveLength(before.complaints.length + 7);
    expect(verifyAuditChain(after.audit)).toMatchObject({ ok: true });
  });

  it('writes nothing when a write fails after the first chunks went in', async () => {
    const { a, station, actor } = await twinDbs();
    const rows = sheetRows(2500, station, actor.name);
    const before = await dump(a);
    // The 2,200th complaint's id (two ids a row: the complaint's, then its audit entry's) is taken: its chunk fails after two chunks were added.
    fakeUlid.next = 0;
    const clash = `01TEST${String(2 * 2199).padStart(20, '0')}`;
    await a.complaints.put({ ...before.complaints[0]!, id: clash, number: 'QA1-2030-0001' });
    const withClash = await dump(a);
    await expect(importTrackingRows(a, station, actor, rows, NOW)).rejects.toThrow();
    fakeUlid.next = -1;
    expect(await dump(a)).toEqual(withClash);
  });
});
