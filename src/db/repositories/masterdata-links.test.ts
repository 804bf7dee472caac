import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { countLogSince } from '../change-log';
import { createComplaint } from './complaints';
import { saveCustomer, saveProduct } from './masterdata';
import { linkComplaintsByName } from './masterdata-links';
import { emptyCustomerInput } from '../../domain/masterdata/customer';
import { emptyProductInput } from '../../domain/masterdata/product';

const NOW = new Date('2026-11-25T08:00:00.000Z');

describe('linking existing complaints to the master by name', () => {
  it('links exact and short names, leaves unknown and ambiguous names for review, and is idempotent', async () => {
    const { db, station, actor } = await freshDb();
    await saveCustomer(db, station, actor, { ...emptyCustomerInput(), code: 'C01', name: '华东精密机械有限公司', shortName: '华东精密' }, undefined, NOW);
    await saveCustomer(db, station, actor, { ...emptyCustomerInput(), code: 'C02', name: '苏州精工', shortName: '精工' }, undefined, NOW);
    await saveCustomer(db, station, actor, { ...emptyCustomerInput(), code: 'C03', name: '无锡精工', shortName: '精工' }, undefined, NOW);
    await saveProduct(db, station, actor, { ...emptyProductInput(), code: 'P-001', name: '液压泵' }, undefined, NOW);
    const full = await createComplaint(db, station, actor, sampleComplaintInput('华东精密机械有限公司'), NOW);
    const short = await createComplaint(db, station, actor, sampleComplaintInput('华东精密'), NOW);
    const ambiguous = await createComplaint(db, station, actor, sampleComplaintInput('精工'), NOW);
    const unknown = await createComplaint(db, station, actor, sampleComplaintInput('不认识的公司'), NOW);

    const outcome = await linkComplaintsByName(db, station, actor, NOW);
    expect(outcome.customersLinked).toBe(2);
    expect(outcome.productsLinked).toBe(4);
    expect(outcome.unmatched.map((u) => [u.number, u.customer, u.product])).toEqual([
      [ambiguous.number, '精工', ''],
      [unknown.number, '不认识的公司', ''],
    ]);
    expect((await db.complaints.get(full.id))?.customerId).toBe('cus:C01');
    expect((await db.complaints.get(short.id))?.customerId).toBe('cus:C01');
    expect((await db.complaints.get(short.id))?.productId).toBe('prd:P-001');
    expect(await db.audit.where('[entity+rowId]').equals(['complaints', short.id]).count()).toBe(2);

    const changes = await countLogSince(db.changes, 0);
    const again = await linkComplaintsByName(db, station, actor, NOW);
    expect(again.customersLinked + again.productsLinked).toBe(0);
    expect(await countLogSince(db.changes, 0)).toBe(changes);
  });
});
