/**
 * Writes of products and customers (master data), through the stamped writer.
 * Codes are unique (the index says so too); a clash is refused with the code
 * named. An import writes every row in one transaction or none.
 */
import type { Table } from 'dexie';
import type { AppDB } from '../app-db';
import { authorize } from './authorize';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { customerInputSchema, type CustomerInput } from '../../domain/masterdata/customer';
import { productInputSchema, type ProductInput } from '../../domain/masterdata/product';
import { masterRowId } from '../../domain/masterdata/fields';
import {
  customerFields,
  deriveCustomerSearch,
  deriveProductSearch,
  MASTER_DERIVED_FIELDS,
  productFields,
  type StoredCustomer,
  type StoredProduct,
} from '../../domain/masterdata/records';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import type { Station } from './station';

type MasterTable = 'products' | 'customers';
type Stored<K extends MasterTable> = K extends 'products' ? StoredProduct : StoredCustomer;
type Input<K extends MasterTable> = K extends 'products' ? ProductInput : CustomerInput;

const KINDS = {
  products: { schema: productInputSchema, fields: productFields, derive: deriveProductSearch },
  customers: { schema: customerInputSchema, fields: customerFields, derive: deriveCustomerSearch },
} as const;

export interface SaveOutcome<T> {
  row: T;
  created: boolean;
}

/** Inside a transaction over tablesForWrite(db, table). `id` undefined: a new row, unless `byCode` finds the code. */
async function saveInTx<K extends MasterTable>(
  db: AppDB, station: Station, actor: Actor, table: K, data: Input<K>, id: string | undefined, byCode: boolean, now: Date,
): Promise<SaveOutcome<Stored<K>>> {
  const rows = db.table(table) as Table<Stored<K>, string>;
  const clash = await rows.where('code').equals(data.code).first();
  if (clash && clash.id !== id && !byCode) throw new ValidationError([{ path: 'code', code: 'validation.duplicateCode' }]);
  const rowId = id ?? clash?.id ?? masterRowId(table, data.code);
  const current = await rows.get(rowId);
  if (id && (!current || current.deletedAt)) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
  if (current && current.code !== data.code) throw new ValidationError([{ path: 'code', code: 'validation.codeFixed' }]);
  // A row of this code deleted earlier keeps its id: the new one takes it over, not a second row.
  const at = now.toISOString();
  const kind = KINDS[table];
  const { row } = await writeRecordInTx<Stored<K>>(db, station, actor, {
    table,
    id: rowId,
    action: current ? 'update' : 'create',
    ignore: MASTER_DERIVED_FIELDS,
    derive: (r) => kind.derive(r),
    next: (cur) => ({
      ...(cur ?? { id: rowId, createdAt: at, createdBy: actor.name, searchText: '', _clocks: {} }),
      deletedAt: null,
      ...(kind.fields as (i: Input<K>, p: Stored<K> | undefined) => object)(data, cur),
      updatedAt: at,
      updatedBy: actor.name,
    }) as Stored<K>,
  }, now.getTime());
  return { row, created: !current };
}

async function save<K extends MasterTable>(db: AppDB, station: Station, actor: Actor, table: K, input: unknown, id: string | undefined, now: Date): Promise<Stored<K>> {
  await authorize(db, actor, 'masterdata.edit');
  const data = parseOrThrow(KINDS[table].schema, input) as Input<K>;
  return db.transaction('rw', tablesForWrite(db, table), async () => (await saveInTx(db, station, actor, table, data, id, false, now)).row);
}

export function saveProduct(db: AppDB, station: Station, actor: Actor, input: ProductInput, id?: string, now = new Date()): Promise<StoredProduct> {
  return save(db, station, actor, 'products', input, id, now);
}

export function saveCustomer(db: AppDB, station: Station, actor: Actor, input: CustomerInput, id?: string, now = new Date()): Promise<StoredCustomer> {
  return save(db, station, actor, 'customers', input, id, now);
}

/** Deactivated rows stay (complaints point at them) but are no longer offered in the forms. */
async function setActive(db: AppDB, station: Station, actor: Actor, table: MasterTable, id: string, active: boolean, now: Date): Promise<void> {
  await authorize(db, actor, 'masterdata.edit');
  await db.transaction('rw', tablesForWrite(db, table), async () => {
    await writeRecordInTx<StoredProduct | StoredCustomer>(db, station, actor, {
      table,
      id,
      action: active ? 'activate' : 'deactivate',
      ignore: MASTER_DERIVED_FIELDS,
      next: (cur) => {
        if (!cur || cur.deletedAt) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
        return { ...cur, active, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
  });
}

export function setProductActive(db: AppDB, station: Station, actor: Actor, id: string, active: boolean, now = new Date()): Promise<void> {
  return setActive(db, station, actor, 'products', id, active, now);
}

export function setCustomerActive(db: AppDB, station: Station, actor: Actor, id: string, active: boolean, now = new Date()): Promise<void> {
  return setActive(db, station, actor, 'customers', id, active, now);
}

export interface ImportOutcome {
  created: number;
  updated: number;
}

/**
 * Rows already validated by the sheet reader. A code already in the master
 * updates that row (export, edit, import back); a code twice in the rows is
 * refused. All rows in one transaction: a failure writes nothing.
 */
async function importRows<K extends MasterTable>(db: AppDB, station: Station, actor: Actor, table: K, inputs: readonly unknown[], now: Date): Promise<ImportOutcome> {
  await authorize(db, actor, 'masterdata.edit');
  const data = inputs.map((i) => parseOrThrow(KINDS[table].schema, i) as Input<K>);
  const seen = new Set<string>();
  for (const d of data) {
    if (seen.has(d.code)) throw new ValidationError([{ path: 'code', code: 'validation.duplicateCode' }]);
    seen.add(d.code);
  }
  return db.transaction('rw', tablesForWrite(db, table), async () => {
    const outcome: ImportOutcome = { created: 0, updated: 0 };
    for (const d of data) {
      const { created } = await saveInTx(db, station, actor, table, d, undefined, true, now);
      if (created) outcome.created += 1;
      else outcome.updated += 1;
    }
    return outcome;
  });
}

export function importProducts(db: AppDB, station: Station, actor: Actor, inputs: readonly ProductInput[], now = new Date()): Promise<ImportOutcome> {
  return importRows(db, station, actor, 'products', inputs, now);
}

export function importCustomers(db: AppDB, station: Station, actor: Actor, inputs: readonly CustomerInput[], now = new Date()): Promise<ImportOutcome> {
  return importRows(db, station, actor, 'customers', inputs, now);
}
