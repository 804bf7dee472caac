/**
 * Version 7 over a version-6 database with a log: the v6 log is declared here
 * as it shipped (one change a record, unique HLC, [table+rowId]), real changes
 * are written into it with their seqs, and opening it as version 7 must keep
 * every change under its seq, answer the log's queries, and continue the seq.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { AppDB, COMPLAINT_INDEXES_V5, MASTER_STORES_V4, V1_STORES } from '../app-db';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { createComplaint, updateComplaint, complaintToInput } from '../repositories/complaints';
import { appendLog, countLogSince, knownHlcs, readLog, readLogOfRows } from '../change-log';

describe('schema upgrade 6 → 7', () => {
  it('turns every change of the log into a pack of one under the same seq', async () => {
    const s = await freshDb();
    const a = await createComplaint(s.db, s.station, s.actor, sampleComplaintInput('杭州机电'));
    await updateComplaint(s.db, s.station, s.actor, a.id, { ...complaintToInput(a), details: { ...a.details, symptom: '泵体漏油' } });
    const b = await createComplaint(s.db, s.station, s.actor, sampleComplaintInput('苏州精工'));
    const log = await readLog(s.db.changes);
    s.db.close();
    // As version 6 stored them: gaps in seq (an aborted write) stay gaps.
    const singles = log.map((c, i) => ({ ...c, seq: i * 2 + 1 }));

    const name = `upgrade-v7-${ulid()}`;
    const v6 = new Dexie(name);
    v6.version(6).stores({ ...V1_STORES, people: 'id, name, departmentId, role, login', ...MASTER_STORES_V4, complaints: COMPLAINT_INDEXES_V5, reviewPacks: 'month' });
    await v6.open();
    await v6.table('changes').bulkAdd(singles);
    // A record that is no change (hand-edited): dropped, not read as one.
    await v6.table('changes').add({ seq: 1000, note: 'not a change' });
    v6.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await readLog(db.changes)).toEqual(singles);
    expect(await db.changes.count()).toBe(singles.length);
    expect(await countLogSince(db.changes, 2)).toBe(singles.length - 1);
    expect(await knownHlcs(db.changes, [...log.map((c) => c.hlc), 'unknown'])).toEqual(new Set(log.map((c) => c.hlc)));
    expect((await readLogOfRows(db.changes, 'complaints', [a.id])).map((c) => c.seq)).toEqual(singles.filter((c) => c.table === 'complaints' && c.rowId === a.id).map((c) => c.seq));
    expect(await readLogOfRows(db.changes, 'complaints', [b.id])).toHaveLength(1);
    // The log continues after the highest seq the old one had used.
    await appendLog(db.changes, [{ ...log[0]!, hlc: `${log[0]!.hlc}-next` }]);
    expect((await readLog(db.changes)).at(-1)?.seq).toBeGreaterThan(1000);
    db.close();
  });
});
