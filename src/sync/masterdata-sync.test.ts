import { describe, expect, it } from 'vitest';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';
import { importProducts, saveCustomer, saveProduct } from '../db/repositories/masterdata';
import { saveContact } from '../db/repositories/contacts';
import { createComplaint } from '../db/repositories/complaints';
import { sampleComplaintInput } from '../db/test-support/fake-db';
import { buildBackup, readBackupFile } from '../db/backup-file';
import { emptyProductInput } from '../domain/masterdata/product';
import { emptyCustomerInput } from '../domain/masterdata/customer';
import { emptyContactInput } from '../domain/masterdata/contact';
import { productToInput } from '../domain/masterdata/records';
import type { AppDB } from '../db/app-db';

const T0 = new Date('2026-11-25T03:00:00.000Z');

async function transfer(from: AppDB, to: AppDB) {
  const out = await buildExport(from, { destination: 'usb', mode: 'all', now: T0 });
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

const product = (code: string, name: string) => ({ ...emptyProductInput(), code, name, warrantyMonths: 12 });

describe('master data between stations', () => {
  it('merges the same list imported at two stations into one row per code, per field', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await importProducts(a.db, a.station, a.actor, [product('P-001', '液压泵'), product('P-002', '齿轮泵')], T0);
    await importProducts(b.db, b.station, b.actor, [product('P-001', '液压泵'), product('P-003', '叶片泵')], T0);
    const p1 = await a.db.products.get('prd:P-001');
    await saveProduct(a.db, a.station, a.actor, { ...productToInput(p1 as never), warrantyMonths: 24 }, 'prd:P-001', T0);

    await transfer(a.db, b.db);
    await transfer(b.db, a.db);
    for (const db of [a.db, b.db]) {
      const rows = await db.products.orderBy('code').toArray();
      expect(rows.map((r) => `${r.code} ${r.name} ${r.warrantyMonths}`)).toEqual(['P-001 液压泵 24', 'P-002 齿轮泵 12', 'P-003 叶片泵 12']);
      // The derived type-ahead key is rebuilt after the merge.
      expect(rows[2]?.searchText).toContain('ypb');
    }
  });

  it('carries customers and the contact log, and backups hold the new tables', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await saveCustomer(a.db, a.station, a.actor, { ...emptyCustomerInput(), code: 'C01', name: '华东精密机械有限公司' }, undefined, T0);
    const complaint = await createComplaint(a.db, a.station, a.actor, sampleComplaintInput(), T0);
    await saveContact(a.db, a.station, a.actor, { ...emptyContactInput(complaint.id, '2026-11-20T05:00:00.000Z', '王客服'), summary: '已确认' }, undefined, T0);
    const result = await transfer(a.db, b.db);
    expect(result.tables.customers).toEqual({ created: 1, updated: 0 });
    expect(result.tables.contacts).toEqual({ created: 1, updated: 0 });
    expect((await b.db.contacts.toArray()).map((c) => c.summary)).toEqual(['已确认']);

    const backup = readBackupFile((await buildBackup(a.db, T0)).bytes);
    expect(backup.manifest.tables.customers?.rows).toBe(1);
    expect(backup.manifest.tables.contacts?.rows).toBe(1);
    expect(backup.manifest.schemaVersion).toBe(a.db.verno);
  });
});
