/**
 * Version 4 (master data, contact log, complaint links) over a version-1
 * database: the old version is declared here as it shipped, rows are written
 * with it, and the current schema must open them unchanged.
 */
import 'fake-indexeddb/auto';
import { countLogSince } from './change-log';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { AppDB, V1_STORES } from './app-db';


describe('schema upgrade 1 → current', () => {
  it('keeps every row of version 1 and adds empty master tables and the complaint links', async () => {
    const name = `upgrade-${ulid()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    const complaint = { id: 'C1', number: 'QA1-2026-0001', status: 'new', receivedAt: '2026-11-20T02:00:00.000Z', customer: { name: '华东' }, product: { name: '泵' }, searchTokens: ['华东'], _clocks: {} };
    await v1.table('complaints').add(complaint);
    await v1.table('departments').add({ id: 'dept-QA', code: 'QA', name: '质量部', kind: 'quality', _clocks: {} });
    await v1.table('settings').put({ key: 'seq:QA1:2026', value: 1 });
    await v1.table('changes').add({ hlc: 'h1', station: 'S', table: 'complaints', rowId: 'C1', fields: {}, at: '', actor: '' });
    v1.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(7);
    // Version 3 adds each complaint's deadline chain (its own test); everything version 1 held is kept.
    // Version 5 recomputes the search tokens (tested below).
    expect(await db.complaints.toArray()).toEqual([expect.objectContaining({ ...complaint, searchTokens: ['qa1-2026-0001', '2026', '0001'] })]);
    expect(await db.departments.get('dept-QA')).toMatchObject({ code: 'QA' });
    expect(await db.settings.get('seq:QA1:2026')).toEqual({ key: 'seq:QA1:2026', value: 1 });
    expect(await countLogSince(db.changes, 0)).toBe(1);
    expect(await db.products.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    // The new indexes answer queries.
    await db.complaints.update('C1', { customerId: 'cus:C01' });
    expect(await db.complaints.where('customerId').equals('cus:C01').primaryKeys()).toEqual(['C1']);
    await db.products.add({ id: 'prd:P1', code: 'P1' } as never);
    await expect(db.products.add({ id: 'prd:P1b', code: 'P1' } as never)).rejects.toThrow();
    db.close();
  });
});
