/** A fresh AppDB over fake-indexeddb for a Node test. */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../app-db';
import { ensureStation } from '../repositories/station';
import { ACTIONS } from '../../domain/auth/permissions';
import { PLANT_CONFIG_ID } from '../../domain/config/plant-config';
import { emptyComplaintInput, type ComplaintInput } from '../../domain/complaint/schema';

/**
 * The person most repository tests act as: a QA manager whom the test plant's
 * matrix allows every action, so that each test exercises its own subject.
 * The permission tests (authorize.test.ts) use the procedure's defaults instead.
 */
export const TEST_ACTOR = { id: 'p1', name: '张工' };

export async function freshDb(options: { allowAll?: boolean } = {}) {
  const db = new AppDB(`test-${ulid()}`);
  await db.open();
  const station = await ensureStation(db);
  await seedTestPeople(db, [TEST_ACTOR], options.allowAll !== false);
  return { db, station, actor: TEST_ACTOR };
}

/** Test people as QA managers (raw rows, the same at every station of a test), optionally allowed every action. */
export async function seedTestPeople(db: AppDB, people: readonly { id: string; name: string }[], allowAll = true): Promise<void> {
  for (const p of people) await db.people.put({ id: p.id, _clocks: {}, deletedAt: null, name: p.name, departmentId: 'dept-QA', role: 'qaManager', phone: '', email: '', active: true });
  if (allowAll) await db.config.put({ id: PLANT_CONFIG_ID, _clocks: {}, permissions: { qaManager: [...ACTIONS] } });
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
