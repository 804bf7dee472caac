import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { countLogSince, readLogOfRows } from '../change-log';
import { ValidationError } from '../../domain/common/validation-error';
import { emptyCustomerInput } from '../../domain/masterdata/customer';
import { emptyContactInput } from '../../domain/masterdata/contact';
import { emptyProductInput, type ProductInput } from '../../domain/masterdata/product';
import { productToInput } from '../../domain/masterdata/records';
import { importProducts, saveCustomer, saveProduct, setProductActive } from './masterdata';
import { contactsOf, saveContact } from './contacts';
import { createComplaint } from './complaints';

const NOW = new Date('2026-11-25T08:00:00.000Z');
const pump = (code = 'P-001', over: Partial<ProductInput> = {}): ProductInput => ({ ...emptyProductInput(), code, name: '液压泵', shelfLifeDays: 365, ...over });

async function codesOf(e: unknown): Promise<string[]> {
  if (!(e instanceof ValidationError)) throw e;
  return e.issues.map((i) => `${i.path}:${i.code}`);
}

describe('products and customers', () => {
  it('saves a product with its characteristics, stamped, logged and audited', async () => {
    const { db, station, actor } = await freshDb();
    const p = await saveProduct(db, station, actor, pump('p-001', { characteristics: [{ id: 'c1', name: '外径', unit: 'mm', lower: 9.9, upper: 10.1, order: 0 }] }), undefined, NOW);
    expect(p.id).toBe('prd:P-001');
    expect(p.code).toBe('P-001');
    expect(p.characteristics).toEqual({ c1: { id: 'c1', name: '外径', unit: 'mm', lower: 9.9, upper: 10.1, order: 0 } });
    expect(p.searchText).toContain('yyb');
    expect(p._clocks['characteristics.c1.lower']).toBeDefined();
    expect(p._clocks.searchText).toBeUndefined();
    expect((await readLogOfRows(db.changes, 'products', [p.id])).length).toBe(1);
    expect(await db.audit.where('[entity+rowId]').equals(['products', p.id]).count()).toBe(1);
  });

  it('refuses a second product with the same code, however it is typed', async () => {
    const { db, station, actor } = await freshDb();
    await saveProduct(db, station, actor, pump('P-001'));
    const e = await saveProduct(db, station, actor, pump(' p-001 ', { name: '另一个' })).catch((x: unknown) => x);
    expect(await codesOf(e)).toEqual(['code:validation.duplicateCode']);
    expect(await db.products.count()).toBe(1);
  });

  it('keeps the code of an existing row', async () => {
    const { db, station, actor } = await freshDb();
    const p = await saveProduct(db, station, actor, pump('P-001'));
    const e = await saveProduct(db, station, actor, pump('P-002'), p.id).catch((x: unknown) => x);
    expect(await codesOf(e)).toEqual(['code:validation.codeFixed']);
  });

  it('edits and deactivates, removing a characteristic as a tombstone', async () => {
    const { db, station, actor } = await freshDb();
    const p = await saveProduct(db, station, actor, pump('P-001', { characteristics: [{ id: 'c1', name: '外径', unit: 'mm', lower: 1, upper: 2, order: 0 }] }));
    const edited = await saveProduct(db, station, actor, { ...productToInput(p), name: '液压泵 A', characteristics: [] }, p.id);
    expect(edited.characteristics).toEqual({ c1: null });
    await setProductActive(db, station, actor, p.id, false);
    expect((await db.products.get(p.id))?.active).toBe(false);
  });

  it('refuses a negative shelf life with the field named', async () => {
    const { db, station, actor } = await freshDb();
    const e = await saveProduct(db, station, actor, pump('P-001', { shelfLifeDays: -3 })).catch((x: unknown) => x);
    expect(await codesOf(e)).toEqual(['shelfLifeDays:validation.nonNegative']);
  });

  it('imports all rows or none; a known code updates its row', async () => {
    const { db, station, actor } = await freshDb();
    await saveProduct(db, station, actor, pump('P-001'));
    expect(await importProducts(db, station, actor, [pump('P-001', { name: '液压泵 新' }), pump('P-002')])).toEqual({ created: 1, updated: 1 });
    expect((await db.products.get('prd:P-001'))?.name).toBe('液压泵 新');

    const before = await countLogSince(db.changes, 0);
    const e = await importProducts(db, station, actor, [pump('P-003'), pump('P-003')]).catch((x: unknown) => x);
    expect(await codesOf(e)).toEqual(['code:validation.duplicateCode']);
    const bad = await importProducts(db, station, actor, [pump('P-004'), pump('P-005', { warrantyMonths: 601 })]).catch((x: unknown) => x);
    expect(await codesOf(bad)).toEqual(['warrantyMonths:validation.warrantyMax']);
    expect(await db.products.count()).toBe(2);
    expect(await countLogSince(db.changes, 0)).toBe(before);
  });

  it('saves a customer with contact persons', async () => {
    const { db, station, actor } = await freshDb();
    const c = await saveCustomer(db, station, actor, {
      ...emptyCustomerInput(), code: 'C01', name: '华东精密机械有限公司', shortName: '华东精密', keyAccount: true,
      contacts: [{ id: 'k1', name: '张三', position: '采购经理', phone: '13800138000', email: '', order: 0 }],
    });
    expect(c.id).toBe('cus:C01');
    expect(c.contacts.k1?.name).toBe('张三');
    expect(c.searchText).toContain('hdjm');
  });
});

describe('contact log', () => {
  it('records contacts of a complaint and refuses one dated before the receipt', async () => {
    const { db, station, actor } = await freshDb();
    const complaint = await createComplaint(db, station, actor, sampleComplaintInput(), NOW);
    const entry = { ...emptyContactInput(complaint.id, '2026-11-20T05:00:00.000Z', '王客服'), summary: '电话确认已收到投诉' };
    await saveContact(db, station, actor, entry, undefined, NOW);
    const e = await saveContact(db, station, actor, { ...entry, at: '2026-11-19T05:00:00.000Z' }, undefined, NOW).catch((x: unknown) => x);
    expect(await codesOf(e)).toEqual(['at:validation.contactBeforeReceipt']);
    const log = await contactsOf(db, complaint.id);
    expect(log.map((c) => c.summary)).toEqual(['电话确认已收到投诉']);
    expect(await readLogOfRows(db.changes, 'contacts', [log[0]?.id ?? ''])).toHaveLength(1);
  });
});
