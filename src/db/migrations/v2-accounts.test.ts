/**
 * Version 2 (accounts): a database of version 1 with people, complaints and an
 * 8D signed by hash only opens at version 2 with every row as it was; its people
 * have no login until the first administrator is created, and the old signature
 * reads as signed before accounts existed.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, V1_STORES } from '../app-db';
import { accountsExist } from '../repositories/accounts';
import { verifyAll } from '../repositories/signing';
import { eightDStatement } from '../../domain/eightd/signature';


const legacySignature = {
  id: '01LEGACYSIG000000000000000', slot: 'approved', name: '张工', role: '质量经理', personId: 'p1',
  at: '2026-10-01T10:00:00+08:00', timeZone: 'Asia/Shanghai', meaning: '批准', hash: 'a'.repeat(64),
};

describe('schema version 2 (accounts)', () => {
  it('keeps every row of version 1; people get no login until an administrator exists; old signatures read as legacy', async () => {
    const name = `v1-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.open();
    const person = { id: 'p1', _clocks: { name: 'h' }, deletedAt: null, name: '张工', departmentId: 'dept-QA', role: 'qaManager', phone: '', email: '', active: true };
    await old.table('people').put(person);
    await old.table('eightD').put({ id: '8d-c1', complaintId: 'c1', _clocks: {}, signatures: { [legacySignature.id]: legacySignature } });
    await old.table('settings').put({ key: 'station', value: { id: '01STATION0000000000000000', code: 'QA1', name: '质量部', timeZone: 'Asia/Shanghai' } });
    old.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.people.get('p1')).toEqual(person);
    expect(await db.people.where('login').above('').count()).toBe(0);
    expect(await accountsExist(db)).toBe(false);
    const stored = (await db.eightD.get('8d-c1'))?.signatures as Record<string, typeof legacySignature>;
    const sig = stored[legacySignature.id]!;
    expect(await verifyAll(db, [{ statement: eightDStatement('8d-c1', { ...sig, slot: 'approved' }), proof: undefined }])).toEqual([{ state: 'legacy' }]);
    db.close();
  });
});
