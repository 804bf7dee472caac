/** Several stations (one fake-indexeddb database each) with distinct codes, and a sample complaint. */
import { freshDb } from '../../db/test-support/fake-db';
import { updateStation } from '../../db/repositories/station';
import { emptyComplaintInput, type ComplaintInput } from '../../domain/complaint/schema';

export async function station(code: string) {
  const s = await freshDb();
  const updated = await updateStation(s.db, { code, name: `站点 ${code}`, timeZone: 'Asia/Shanghai' });
  return { ...s, station: updated };
}

export function sampleComplaint(name = '华东精密机械有限公司'): ComplaintInput {
  const c = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
  c.customer.name = name;
  c.customer.phone = '13812345678';
  c.product.name = '液压泵';
  c.product.batchNo = 'B20261101-03';
  c.product.orderQty = 100;
  c.product.shippedQty = 100;
  c.details.symptom = '泵体漏油';
  c.demand.kinds = ['replace'];
  return c;
}
