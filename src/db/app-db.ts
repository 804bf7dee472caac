/**
 * The one schema of the local database. A schema change is a new `version(n)`
 * with an upgrade function and a test that opens n-1, writes rows, opens n and
 * compares; never an edit of an old version.
 *
 * Every field used to sort the tracking table is indexed and always present
 * (IndexedDB leaves rows without the key out of an index, and so out of the
 * sorted table).
 */
import Dexie, { type Table } from 'dexie';
import type { AuditEntry } from '../domain/audit/audit-chain';
import type { Complaint } from '../domain/complaint/record';
import type { Json } from '../domain/merge/field-paths';
import type { Enrolment } from '../domain/auth/statements';
import type { WrappedKey } from '../domain/auth/keys';
import type { StoredContact, StoredCustomer, StoredProduct } from '../domain/masterdata/records';
import { upgradeToDeadlineChains } from './migrations/v3-deadline-chains';
import { upgradeSearchTokens } from './migrations/v5-search-tokens';
import { upgradeReviewPacks } from './migrations/v6-review-packs';
import { upgradeChangePacks } from './migrations/v7-change-packs';
import { CHANGE_LOG_INDEXES, type LogRecord } from './change-log';
import { reviewPackMiddleware } from './review-packs/middleware';
import type { ReviewPack } from './review-packs/pack';

export interface StoredAttachment {
  sha256: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  createdAt: string;
}

export interface SyncedRow {
  id: string;
  _clocks: Record<string, string>;
  deletedAt?: string | null;
  [key: string]: unknown;
}

export interface Person extends SyncedRow {
  name: string;
  departmentId: string;
  role: string;
  phone: string;
  email: string;
  active: boolean;
  /** The login name, lower case; absent for a person without an account. */
  login?: string;
  /** Administrator-signed records of this person's keys, roles and status over time (see domain/auth/statements). */
  enrolments?: Record<string, Enrolment | null>;
  /** The current signing key, wrapped under the person's password; it travels only inside bundles. */
  credential?: StoredCredential | null;
}

export interface StoredCredential {
  keyId: string;
  wrapped: WrappedKey;
  /** Set by a password reset: the person chooses a new password at the next login. */
  mustChange: boolean;
}

export interface Department extends SyncedRow {
  code: string;
  name: string;
  kind: string;
}

export interface SettingRow {
  key: string;
  value: Json;
}

export interface ConflictRow {
  id: string;
  table: string;
  rowId: string;
  path: string;
  values: { hlc: string; station: string; value: Json }[];
  resolvedAt: string | null;
}

export interface BundleReceipt {
  id: string;
  station: string;
  importedAt: string;
  counts: Record<string, number>;
}

export const COMPLAINT_INDEXES = [
  'id', '&number', 'status', 'receivedAt', 'updatedAt', 'customer.name', 'product.name', 'product.batchNo',
  'category', 'grade', 'department', 'ownerId', 'nextDueAt', 'channel', '*searchTokens',
  '[status+receivedAt]', '[category+receivedAt]', '[department+receivedAt]',
].join(', ');

/**
 * Version 3: every sort column also as [column+receivedAt], so a sort by
 * customer (or grade, owner, next deadline …) lists each customer's complaints
 * in receipt order, the same on every page and every station.
 */
export const SECONDARY_SORT_COLUMNS = ['customer.name', 'product.name', 'product.batchNo', 'grade', 'ownerId', 'nextDueAt', 'updatedAt'] as const;
export const COMPLAINT_INDEXES_V3 = [COMPLAINT_INDEXES, ...SECONDARY_SORT_COLUMNS.map((c) => `[${c}+receivedAt]`)].join(', ');

/**
 * Version 4: master data and the contact log; complaints gain the links to
 * their master rows (on top of version 3's indexes, which it must keep).
 */
export const COMPLAINT_INDEXES_V4 = `${COMPLAINT_INDEXES_V3}, customerId, productId`;
export const MASTER_STORES_V4 = {
  complaints: COMPLAINT_INDEXES_V4,
  products: 'id, &code, name, updatedAt',
  customers: 'id, &code, name, updatedAt',
  contacts: 'id, complaintId, at',
};

/**
 * Version 5: what each complaint write costs. A single-column index that is the
 * first part of a [column+receivedAt] index is dropped (Dexie answers where()
 * and orderBy() on it from the compound one); names leave the search tokens and
 * are matched through their distinct values, so the company gets an index;
 * symptom words become tokens (search-tokens.ts). Figures: `npm run bench`, write.*.
 */
export const COMPLAINT_INDEXES_V5 = [
  'id', '&number', 'receivedAt', 'channel', '*searchTokens', 'customer.company', 'customerId', 'productId',
  ...['status', 'category', 'department', ...SECONDARY_SORT_COLUMNS].map((c) => `[${c}+receivedAt]`),
].join(', ');
export const COMPLAINT_INDEXES_CURRENT = COMPLAINT_INDEXES_V5;

/** Version 1 of the schema, frozen: the app's first version and what the upgrade tests start from. */
export const V1_STORES = {
  complaints: COMPLAINT_INDEXES,
  eightD: 'id, complaintId, updatedAt',
  returns: 'id, &number, complaintId, status, updatedAt',
  attachments: 'sha256, createdAt',
  people: 'id, name, departmentId, role',
  departments: 'id, &code',
  config: 'id',
  settings: 'key',
  changes: '++seq, &hlc, [table+rowId], station',
  audit: '++seq, &id, [entity+rowId], at, station',
  conflicts: 'id, [table+rowId], resolvedAt',
  bundleReceipts: 'id, station, importedAt',
};

/** Tables computed from the others: not in backups (a restore's writes rebuild them), never synced. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['reviewPacks']);

export class AppDB extends Dexie {
  complaints!: Table<Complaint, string>;
  eightD!: Table<SyncedRow, string>;
  returns!: Table<SyncedRow, string>;
  attachments!: Table<StoredAttachment, string>;
  people!: Table<Person, string>;
  departments!: Table<Department, string>;
  config!: Table<SyncedRow, string>;
  settings!: Table<SettingRow, string>;
  /** The sync log, in packs of changes (change-log.ts): read and written only through that module. */
  changes!: Table<LogRecord, number>;
  audit!: Table<AuditEntry, number>;
  conflicts!: Table<ConflictRow, string>;
  bundleReceipts!: Table<BundleReceipt, string>;
  products!: Table<StoredProduct, string>;
  customers!: Table<StoredCustomer, string>;
  contacts!: Table<StoredContact, string>;
  /** Derived from the complaints (review-packs/): not synced, not backed up. */
  reviewPacks!: Table<ReviewPack, string>;

  constructor(name = 'complaint-desk') {
    // Strict durability: a write the user saw succeed survives a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(V1_STORES);
    // v2: accounts. People are found by login name; rows without one keep no key in the index.
    this.version(2).stores({ people: 'id, name, departmentId, role, login' });
    // Version 2 is the accounts schema. 3: every complaint gets its deadline chain; sorts get their secondary order.
    this.version(3).stores({ complaints: COMPLAINT_INDEXES_V3 }).upgrade(upgradeToDeadlineChains);
    // v4: new tables start empty; complaints are linked to master rows by hand or by the matching step (masterdata-links).
    this.version(4).stores(MASTER_STORES_V4);
    // v5: fewer indexes and tokens per complaint write; every row's tokens recomputed.
    this.version(5).stores({ complaints: COMPLAINT_INDEXES_V5 }).upgrade(upgradeSearchTokens);
    // v6: the monthly review reads one record per month (review-packs/), kept by the middleware in every complaint write.
    this.version(6).stores({ reviewPacks: 'month' }).upgrade(upgradeReviewPacks);
    // v7: the sync log in packs of changes (change-log.ts); the unused station index goes.
    this.version(7).stores({ changes: CHANGE_LOG_INDEXES }).upgrade(upgradeChangePacks);
    this.use(reviewPackMiddleware);
  }
}
