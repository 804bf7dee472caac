/**
 * The stored master rows and contact-log entries. Lists that two stations may
 * edit at once (characteristics, contact persons) are kept as maps keyed by
 * item id (see eightd/keyed). `searchText` is derived on every write and merge,
 * never stamped or synced.
 */
import { listOf, mapOf } from '../eightd/keyed';
import type { ContactInput } from './contact';
import type { Characteristic, ProductInput } from './product';
import type { CustomerContact, CustomerInput } from './customer';
import { masterSearchText } from './search';

export const MASTER_DERIVED_FIELDS: ReadonlySet<string> = new Set(['searchText', '_clocks']);

interface RowMeta {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  _clocks: Record<string, string>;
  [key: string]: unknown;
}

export type StoredProduct = Omit<ProductInput, 'characteristics'> & RowMeta & {
  characteristics: Record<string, Characteristic | null>;
  searchText: string;
};

export type StoredCustomer = Omit<CustomerInput, 'contacts'> & RowMeta & {
  contacts: Record<string, CustomerContact | null>;
  searchText: string;
};

export type StoredContact = ContactInput & RowMeta;

export function productToInput(p: StoredProduct): ProductInput {
  const { code, name, spec, drawingNo, drawingRev, unit, shelfLifeDays, warrantyMonths, ourProduct, unitPriceFen, productionLine, active } = p;
  return { code, name, spec, drawingNo, drawingRev, unit, shelfLifeDays, warrantyMonths, ourProduct, unitPriceFen, productionLine, active, characteristics: listOf(p.characteristics) };
}

export function customerToInput(c: StoredCustomer): CustomerInput {
  const { code, name, shortName, keyAccount, industry, address, salesOwner, complaintNumberFormat, active } = c;
  return { code, name, shortName, keyAccount, industry, address, salesOwner, complaintNumberFormat, active, contacts: listOf(c.contacts) };
}

export function productFields(input: ProductInput, previous: StoredProduct | undefined) {
  return { ...input, characteristics: mapOf(input.characteristics, previous?.characteristics) };
}

export function customerFields(input: CustomerInput, previous: StoredCustomer | undefined) {
  return { ...input, contacts: mapOf(input.contacts, previous?.contacts) };
}

/** Tolerates a partial row (an edit merged before its creation arrived). */
export function deriveProductSearch<T extends Record<string, unknown>>(row: T): T {
  const s = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : '');
  return { ...row, searchText: masterSearchText([s('code'), s('name'), s('spec'), s('drawingNo')]) };
}

export function deriveCustomerSearch<T extends Record<string, unknown>>(row: T): T {
  const s = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : '');
  return { ...row, searchText: masterSearchText([s('code'), s('name'), s('shortName')]) };
}
