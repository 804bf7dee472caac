import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { countLogSince } from '../change-log';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { AppDB, V1_STORES } from '../app-db';
import { sampleComplaintInput } from '../test-support/fake-db';
import type { WorkflowComplaint } from '../repositories/workflow-store';

/** Version 1 exactly as it shipped: the stores, no chain on intake. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  return db;
}

function v1Row(id: string, number: string, extra: Record<string, unknown> = {}) {
  return {
    ...sampleComplaintInput(),
    id,
    number,
    station: 'QA1',
    status: 'new',
    createdAt: '2026-11-20T03:00:00.000Z',
    createdBy: '张工',
    updatedAt: '2026-11-20T03:00:00.000Z',
    updatedBy: '张工',
    deletedAt: null,
    category: '',
    grade: '',
    department: '',
    ownerId: '',
    nextDueAt: '',
    searchTokens: [],
    _clocks: { receivedAt: '000000000000001:000000:S' },
    ...extra,
  };
}

describe('schema version 3 upgrade', () => {
  it('gives every untouched complaint its chain and keeps a computed one as it was', async () => {
    const name = `upgrade-${ulid()}`;
    const old = openVersion1(name);
    await old.open();
    const computed = {
      deadlines: { acknowledge: { kind: 'acknowledge', cycle: 1, startedAt: '2026-11-20T02:00:00.000Z', originalDue: '2026-11-23T02:00:00.000Z', slips: {}, completedAt: '2026-11-20T05:00:00.000Z' } },
      deadlineZone: 'Asia/Shanghai',
      status: 'acknowledged',
      _clocks: { 'deadlines.acknowledge.completedAt': '000000000000002:000000:S' },
    };
    await old.table('complaints').bulkAdd([v1Row('01UNTOUCHED0000000000000', 'QA1-2026-0001'), v1Row('01COMPUTED00000000000000', 'QA1-2026-0002', computed)]);
    await old.table('settings').put({ key: 'station', value: { id: '01STATION000000000000000', code: 'QA1', name: 'QA', timeZone: 'Asia/Shanghai' } });
    const before = await old.table('complaints').get('01COMPUTED00000000000000');
    old.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const untouched = (await db.complaints.get('01UNTOUCHED0000000000000')) as WorkflowComplaint;
    expect(untouched.deadlines?.acknowledge?.originalDue).toBe('2026-11-23T02:00:00.000Z');
    expect(untouched.deadlines?.reply?.originalDue).toBeDefined();
    expect(untouched.nextDueAt).toBe('2026-11-23T02:00:00.000Z');
    expect(untouched._clocks).toEqual({ receivedAt: '000000000000001:000000:S' });
    // Search tokens are recomputed by version 5 (its own test); the rest is as it was.
    expect({ ...(await db.complaints.get('01COMPUTED00000000000000')), searchTokens: [] }).toEqual(before);
    expect(await db.complaints.where('nextDueAt').between('2000', '2026-11-24').count()).toBe(1);
    expect(await countLogSince(db.changes, 0)).toBe(0);
    db.close();
  });
});
