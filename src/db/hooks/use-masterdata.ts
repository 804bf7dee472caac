/** Live reads of the master data for the pages and the type-ahead pickers. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { StoredContact, StoredCustomer, StoredProduct } from '../../domain/masterdata/records';
import { readCustomerFile, type CustomerFile } from '../queries/customer-file';

export function useProducts(): StoredProduct[] | undefined {
  return useLiveQuery(async () => (await getDb().products.orderBy('code').toArray()).filter((p) => !p.deletedAt), []);
}

export function useCustomers(): StoredCustomer[] | undefined {
  return useLiveQuery(async () => (await getDb().customers.orderBy('code').toArray()).filter((c) => !c.deletedAt), []);
}

export function useCustomer(id: string | undefined): StoredCustomer | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().customers.get(id)) ?? null) : null), [id]);
}

export function useProduct(id: string | undefined): StoredProduct | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().products.get(id)) ?? null) : null), [id]);
}

export function useContactLog(complaintId: string | undefined): StoredContact[] | undefined {
  return useLiveQuery(async () => {
    if (!complaintId) return [];
    const rows = await getDb().contacts.where('complaintId').equals(complaintId).toArray();
    return rows.filter((r) => !r.deletedAt).sort((a, b) => a.at.localeCompare(b.at));
  }, [complaintId]);
}

export function useCustomerFile(customer: StoredCustomer | null | undefined): CustomerFile | undefined {
  return useLiveQuery(async () => (customer ? readCustomerFile(getDb(), customer) : undefined), [customer?.id, customer?.name]);
}
