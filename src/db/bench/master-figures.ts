/**
 * Figures for `npm run bench` (#15): `master.pick_ms`, one keystroke of the
 * type-ahead over 20,000 products and 5,000 customers (the picker's own
 * matching, both lists, worst of a few queries, a query matching nothing
 * scans everything); `customer.page_ms`, reading a customer's file with 2,000
 * complaints and counting its figures, as the customer page does. Runs in the
 * browser, in a throw-away database next to the app's.
 */
import { ulid } from 'ulid';
import { AppDB } from '../app-db';
import { readCustomerFile } from '../queries/customer-file';
import { deriveComplaint } from '../repositories/complaints';
import { customerFigures } from '../../domain/masterdata/customer-file';
import { deriveCustomerSearch, deriveProductSearch, type StoredCustomer, type StoredProduct } from '../../domain/masterdata/records';
import { emptyCustomerInput } from '../../domain/masterdata/customer';
import { emptyProductInput } from '../../domain/masterdata/product';
import { pickMatches } from '../../domain/masterdata/search';
import { demoComplaintInput, seededRandom } from '../../domain/demo/demo-data';
import { formatComplaintNumber, type Complaint } from '../../domain/complaint/record';

const PRODUCTS = 20_000;
const CUSTOMERS = 5_000;
const CASES = 2_000;
const SYLLABLES = '华东精密机械液压泵轴承电子科技有限公司深圳苏州常州南京滨海远大恒达齿轮阀门传感器'.split('');
const META = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'bench', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'bench', deletedAt: null, _clocks: {} };

function name(rnd: () => number, length: number): string {
  return Array.from({ length }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
}

async function median(times: number, fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  await fn();
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export async function measureMaster(): Promise<Record<string, number>> {
  const db = new AppDB(`bench-master-${ulid()}`);
  await db.open();
  try {
    const rnd = seededRandom(15);
    const products = Array.from({ length: PRODUCTS }, (_, i) => deriveProductSearch({
      ...emptyProductInput(), ...META, id: `p${i}`, code: `P${String(i).padStart(6, '0')}`, name: name(rnd, 6), spec: `HP-${i % 500}`, characteristics: {}, searchText: '',
    }) as StoredProduct);
    const customers = Array.from({ length: CUSTOMERS }, (_, i) => deriveCustomerSearch({
      ...emptyCustomerInput(), ...META, id: `c${i}`, code: `C${String(i).padStart(5, '0')}`, name: name(rnd, 8), contacts: {}, searchText: '',
    }) as StoredCustomer);
    await db.products.bulkPut(products);
    await db.customers.bulkPut(customers);
    // The picker holds the lists the page read once; a keystroke filters them.
    const heldProducts = await db.products.orderBy('code').toArray();
    const heldCustomers = await db.customers.orderBy('code').toArray();
    const queries = ['P0123', 'hdjm', '液压', 'zz-nothing-matches'];
    let pick = 0;
    for (const q of queries) pick = Math.max(pick, await median(9, () => [pickMatches(heldProducts, q, 20), pickMatches(heldCustomers, q, 20)]));

    const customer = customers[0]!;
    const end = Date.parse('2026-11-25T00:00:00Z');
    const cases: Complaint[] = Array.from({ length: CASES }, (_, i) => {
      const receivedAt = end - (CASES - i) * 86_400_000;
      const at = new Date(receivedAt).toISOString();
      const input = demoComplaintInput(rnd, receivedAt);
      return deriveComplaint({
        ...input, customer: { ...input.customer, name: customer.name }, customerId: customer.id,
        id: `k${String(i).padStart(6, '0')}`, number: formatComplaintNumber('QA1', new Date(receivedAt).getUTCFullYear(), i + 1), station: 'QA1',
        status: i % 5 === 0 ? 'investigating' : 'closed', department: '', createdAt: at, createdBy: 'bench', updatedAt: at, updatedBy: 'bench',
        deletedAt: null, searchTokens: [], _clocks: {},
      } as Complaint);
    });
    await db.complaints.bulkPut(cases);
    const page = await median(5, async () => {
      const file = await readCustomerFile(db, customer);
      return customerFigures(file.complaints, file.returns, new Date(end));
    });
    return { 'master.pick_ms': pick, 'customer.page_ms': page };
  } finally {
    db.close();
    await db.delete();
  }
}
