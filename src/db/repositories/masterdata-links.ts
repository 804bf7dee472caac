/**
 * Links complaints recorded before the master existed (or typed freely) to
 * master rows by name: the customer's name or short name, the product's name,
 * each only when exactly one active master row has it. What it cannot match is
 * returned as a list to review by hand. One transaction; each link is a
 * stamped, audited write like any edit.
 */
import type { AppDB } from '../app-db';
import { authorize } from './authorize';
import { DERIVED_FIELDS, type Complaint } from '../../domain/complaint/record';
import { deriveComplaint } from './complaints';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import type { Station } from './station';

export interface Unmatched {
  id: string;
  number: string;
  customer: string;
  product: string;
}

export interface LinkOutcome {
  customersLinked: number;
  productsLinked: number;
  unmatched: Unmatched[];
}

/** name → id when exactly one row has the name; ambiguous names map to null. */
function uniqueNames(rows: readonly { id: string; names: string[] }[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const r of rows) {
    for (const n of new Set(r.names.map((x) => x.trim()).filter((x) => x !== ''))) out.set(n, out.has(n) && out.get(n) !== r.id ? null : r.id);
  }
  return out;
}

export async function linkComplaintsByName(db: AppDB, station: Station, actor: Actor, now = new Date()): Promise<LinkOutcome> {
  await authorize(db, actor, 'masterdata.edit');
  return db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.customers, db.products], async () => {
    const customers = (await db.customers.toArray()).filter((c) => !c.deletedAt && c.active);
    const products = (await db.products.toArray()).filter((p) => !p.deletedAt && p.active);
    const customerOf = uniqueNames(customers.map((c) => ({ id: c.id, names: [c.name, c.shortName] })));
    const productOf = uniqueNames(products.map((p) => ({ id: p.id, names: [p.name] })));
    const outcome: LinkOutcome = { customersLinked: 0, productsLinked: 0, unmatched: [] };
    const open = (await db.complaints.toArray()).filter((c) => !c.deletedAt && (!c.customerId || !c.productId));
    for (const c of open) {
      const customerId = c.customerId || customerOf.get(c.customer.name.trim()) || '';
      const productId = c.productId || productOf.get(c.product.name.trim()) || '';
      if (customerId !== (c.customerId ?? '') || productId !== (c.productId ?? '')) {
        await writeRecordInTx<Complaint>(db, station, actor, {
          table: 'complaints',
          id: c.id,
          action: 'linkMaster',
          ignore: DERIVED_FIELDS,
          derive: deriveComplaint,
          next: (cur) => ({ ...(cur as Complaint), customerId, productId }),
        }, now.getTime());
        if (customerId && !c.customerId) outcome.customersLinked += 1;
        if (productId && !c.productId) outcome.productsLinked += 1;
      }
      if (!customerId || !productId) outcome.unmatched.push({ id: c.id, number: c.number, customer: customerId ? '' : c.customer.name, product: productId ? '' : c.product.name });
    }
    outcome.unmatched.sort((a, b) => a.number.localeCompare(b.number));
    return outcome;
  });
}
