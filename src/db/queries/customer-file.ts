/**
 * What a customer's file (客户页) shows: the complaints linked to the customer
 * or recorded under its exact name before the link existed, their returns, and
 * the contact log across them. Reads only through indexes: customerId,
 * customer.name, returns by complaintId, contacts by complaintId.
 */
import type { AppDB } from '../app-db';
import type { Complaint } from '../../domain/complaint/record';
import type { StoredContact, StoredCustomer } from '../../domain/masterdata/records';
import type { StoredReturn } from '../repositories/returns-row';

export interface CustomerFile {
  complaints: Complaint[];
  returns: StoredReturn[];
  contacts: StoredContact[];
}

export async function readCustomerFile(db: AppDB, customer: Pick<StoredCustomer, 'id' | 'name'>): Promise<CustomerFile> {
  return db.transaction('r', [db.complaints, db.returns, db.contacts], async () => {
    const [linked, namedKeys] = await Promise.all([
      db.complaints.where('customerId').equals(customer.id).toArray(),
      db.complaints.where('customer.name').equals(customer.name).primaryKeys(),
    ]);
    const byId = new Map<string, Complaint>();
    for (const c of linked) byId.set(c.id, c);
    // Linked complaints mostly carry the name too: read only the others.
    const named = (await db.complaints.bulkGet(namedKeys.filter((k) => !byId.has(k)))).filter((c): c is Complaint => c !== undefined);
    // A complaint under this name but linked to another master row belongs to that one.
    for (const c of named) if (!c.customerId || c.customerId === customer.id) byId.set(c.id, c);
    const complaints = [...byId.values()].filter((c) => !c.deletedAt).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    const ids = complaints.map((c) => c.id);
    const [returns, contacts] = await Promise.all([
      db.returns.where('complaintId').anyOf(ids).toArray() as unknown as Promise<StoredReturn[]>,
      db.contacts.where('complaintId').anyOf(ids).toArray(),
    ]);
    return {
      complaints,
      returns: returns.filter((r) => !r.deletedAt).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      contacts: contacts.filter((c) => !c.deletedAt).sort((a, b) => b.at.localeCompare(a.at)),
    };
  });
}
