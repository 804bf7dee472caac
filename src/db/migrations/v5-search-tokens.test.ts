/**
 * Version 5 over a version-4 database with data: the v4 schema is declared here
 * as it shipped, complaints are written with their v4 tokens, and the v5 schema
 * must keep every row, recompute the tokens and answer the same searches.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { AppDB, MASTER_STORES_V4, V1_STORES } from '../app-db';
import { v4SearchTokens } from '../../domain/complaint/search-tokens-v4';
import { searchKeys } from '../queries/complaint-search';

function complaint(id: string, number: string, customer: string, product: string, symptom: string) {
  const row = {
    id, number, status: 'new', receivedAt: `2026-11-${id.slice(-2)}T02:00:00.000Z`, updatedAt: '2026-11-20T02:00:00.000Z',
    category: '', grade: '', department: 'dept-QA', ownerId: '', nextDueAt: '', channel: 'hotline', customerId: '', productId: '',
    customer: { name: customer, company: customer }, product: { name: product, model: 'HP-200', batchNo: 'B20261101-03', serialNo: '', orderNo: 'SO-8812' },
    details: { symptom }, deletedAt: null, _clocks: {},
  };
  return { ...row, searchTokens: v4SearchTokens(row) };
}

describe('schema upgrade 4 → 5', () => {
  it('keeps every row, swaps name suffixes for symptom words and finds the same complaints', async () => {
    const name = `upgrade-v5-${ulid()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ ...V1_STORES, people: 'id, name, departmentId, role, login', ...MASTER_STORES_V4 });
    await v4.open();
    const rows = [
      complaint('C11', 'QA1-2026-0001', '华东精密机械有限公司', '液压泵', '泵体接合面漏油'),
      complaint('C12', 'QA1-2026-0002', '苏州恒达电子科技有限公司', '伺服电机', '运行时异响'),
    ];
    await v4.table('complaints').bulkAdd(rows);
    expect(rows[0]!.searchTokens).toContain('精密机械有限公司');
    v4.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const after = await db.complaints.orderBy('id').toArray();
    expect(after.map(({ searchTokens: _, ...rest }) => rest)).toEqual(rows.map(({ searchTokens: _, ...rest }) => rest));
    expect(after[0]!.searchTokens).not.toContain('精密机械有限公司');
    expect(after[0]!.searchTokens).toContain('漏油');
    const found = async (q: string) => [...(await searchKeys(db, q))].sort();
    expect(await found('精密')).toEqual(['C11']);
    expect(await found('有限公司')).toEqual(['C11', 'C12']);
    expect(await found('0002')).toEqual(['C12']);
    expect(await found('漏油')).toEqual(['C11']);
    // Indexes dropped in v5 are still queried through their compound index.
    expect(await db.complaints.where('status').equals('new').count()).toBe(2);
    expect(await db.complaints.orderBy('customer.name').uniqueKeys()).toEqual(['华东精密机械有限公司', '苏州恒达电子科技有限公司']);
    db.close();
  });
});
