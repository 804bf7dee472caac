/** A fresh AppDB over fake-indexeddb for a Node test. */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../app-db';
import { ensureStation } from '../repositories/station';
import { emptyComplaintInput, type ComplaintInput } from '../../domain/complaint/schema';

export async function freshDb() {
  const db = new AppDB(`test-${ulid()}`);
  await db.open();
  const station = await ensureStation(db);
  return { db, station, actor: { id: 'p1', name: '张工' } };
}

/** A valid complaint record form, the one the repository and sync tests start from. */
export function sampleComplaintInput(customerName = '华东精密机械有限公司'): ComplaintInput {
  const c = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
  c.customer.name = customerName;
  c.customer.phone = '13812345678';
  c.product.name = '液压泵';
  c.product.batchNo = 'B20261101-03';
  c.product.orderQty = 100;
  c.product.shippedQty = 100;
  c.details.symptom = '泵体漏油';
  c.demand.kinds = ['replace'];
  return c;
}
