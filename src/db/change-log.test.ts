import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../domain/merge/change';
import { appendLog, asLogRecord, countLogSince, knownHlcs, packChanges, readLog, readLogOfRows, unpackLog, writeLogInChunks } from './change-log';
import { freshDb } from './test-support/fake-db';

const change = (i: number, rowId = `R${i % 7}`): ChangeRecord => ({ hlc: `h${String(i).padStart(5, '0')}`, station: 'S', table: i % 2 ? 'complaints' : 'eightD', rowId, fields: { n: i }, at: '2026-12-01T00:00:00.000Z', actor: '张工' });

describe('the sync log in packs', () => {
  it('packs a run of changes in order, each row named once per pack, and unpacks it unchanged', () => {
    const changes = Array.from({ length: 250 }, (_, i) => change(i));
    const packs = packChanges(changes, 100);
    expect(packs.map((p) => p.pack.length)).toEqual([100, 100, 50]);
    expect(packs.map((p) => p.extra)).toEqual([99, 99, 49]);
    expect(packChanges([change(1)])[0]).not.toHaveProperty('extra');
    expect(packs[0]?.hlcs).toEqual(changes.slice(0, 100).map((c) => c.hlc));
    expect(packs[0]?.rows).toHaveLength(new Set(changes.slice(0, 100).map((c) => `${c.table}/${c.rowId}`)).size);
    expect(unpackLog(packs)).toEqual(changes);
    expect(unpackLog(packs.map((p, i) => ({ ...p, seq: i + 1 }))).map((c) => c.seq)).toEqual(changes.map((_, i) => Math.floor(i / 100) + 1));
  });

  it('reads a record of an older schema as a pack of one and refuses what is no change', () => {
    const old = { ...change(3), seq: 9 };
    expect(asLogRecord(old)).toEqual({ seq: 9, pack: [change(3)], hlcs: [old.hlc], rows: [`complaints\u0000R3`] });
    // A pack's index fields come from its changes, whatever the row claimed.
    expect(asLogRecord({ seq: 2, pack: [change(1)], hlcs: ['forged'], rows: [] })).toEqual({ seq: 2, pack: [change(1)], hlcs: [change(1).hlc], rows: ['complaints\u0000R1'] });
    for (const bad of [null, 'x', [], { seq: 1 }, { seq: 1, pack: [] }, { seq: 1, pack: [{ hlc: 1 }] }, { seq: 1.5, ...change(1) }, { seq: 1, pack: 'x' }]) expect(asLogRecord(bad)).toBeNull();
  });

  it('writes in chunks inside one transaction and answers the import and export queries', async () => {
    const { db } = await freshDb();
    const base = await countLogSince(db.changes, 0);
    const changes = Array.from({ length: 2345 }, (_, i) => change(i, `R${i % 500}`));
    const chunks: number[] = [];
    await db.transaction('rw', db.changes, () => writeLogInChunks(db.changes, changes, (n) => chunks.push(n)));
    expect(chunks).toEqual([1000, 1000, 345]);
    expect(await countLogSince(db.changes, 0)).toBe(base + 2345);
    expect((await readLog(db.changes)).slice(-2345).map(({ seq: _s, ...c }) => c)).toEqual(changes);
    expect(await knownHlcs(db.changes, [change(7).hlc, change(2344).hlc, 'h99999'])).toEqual(new Set([change(7).hlc, change(2344).hlc]));
    const ofRow = await readLogOfRows(db.changes, 'complaints', ['R1', 'R3']);
    expect(ofRow.map((c) => c.hlc)).toEqual(changes.filter((c) => c.table === 'complaints' && (c.rowId === 'R1' || c.rowId === 'R3')).map((c) => c.hlc));
    // An HLC is stored once: a second write of a known change fails the transaction, and nothing of it stays.
    await expect(db.transaction('rw', db.changes, () => writeLogInChunks(db.changes, [change(99999), change(5)], () => {}))).rejects.toThrow();
    expect(await countLogSince(db.changes, 0)).toBe(base + 2345);
    // Counted from keys, the same as reading every pack after any mark, with packs of one among them.
    await db.transaction('rw', db.changes, () => appendLog(db.changes, [change(90001)]));
    await db.transaction('rw', db.changes, () => appendLog(db.changes, [change(90002), change(90003)]));
    const log = await readLog(db.changes);
    for (const mark of [0, ...new Set(log.map((c) => c.seq ?? 0))]) expect(await countLogSince(db.changes, mark)).toBe(log.filter((c) => (c.seq ?? 0) > mark).length);
  });
});
