/**
 * The tracking table's reads. Each filter + sort is planned onto an index so the
 * first page is a bounded index read, never a scan of 100,000 rows:
 * - free text → keys first (complaint-search.ts), then a page of rows;
 * - an equality filter with the default sort → a compound [field+receivedAt] range;
 * - otherwise → the sort column's own index, remaining filters applied on the cursor.
 */
import Dexie, { type Collection } from 'dexie';
import type { AppDB } from '../app-db';
import type { Complaint } from '../../domain/complaint/record';
import { searchKeys, walkMatches } from './complaint-search';
import { dataVersion } from './data-version';

export const SORTABLE_COLUMNS = {
  number: 'number',
  receivedAt: 'receivedAt',
  customer: 'customer.name',
  product: 'product.name',
  batch: 'product.batchNo',
  category: 'category',
  grade: 'grade',
  status: 'status',
  department: 'department',
  owner: 'ownerId',
  nextDue: 'nextDueAt',
  updatedAt: 'updatedAt',
} as const;
export type SortColumn = keyof typeof SORTABLE_COLUMNS;

export interface TableFilter {
  status?: string;
  category?: string;
  department?: string;
  ownerId?: string;
  customer?: string;
  /** Product name contains (like customer); grade and channel are equalities. Applied on the cursor. */
  product?: string;
  grade?: string;
  channel?: string;
  /** Inclusive ISO instants on receivedAt. */
  receivedFrom?: string;
  receivedTo?: string;
  search?: string;
  overdueAt?: string;
}

export interface TableQuery {
  filter: TableFilter;
  sort: SortColumn;
  descending: boolean;
}

export type TableRow = Pick<Complaint, 'id' | 'number' | 'receivedAt' | 'status' | 'category' | 'grade' | 'department' | 'ownerId' | 'nextDueAt' | 'channel'> & {
  customer: string;
  product: string;
  batch: string;
  symptom: string;
};

/** Above this many matches a search's count is the number of matching keys (index-only, like the unfiltered count). */
const EXACT_COUNT_LIMIT = 2000;

export function toRow(c: Complaint): TableRow {
  return {
    id: c.id,
    number: c.number,
    receivedAt: c.receivedAt,
    status: c.status,
    category: c.category ?? '',
    grade: c.grade ?? '',
    department: c.department ?? '',
    ownerId: c.ownerId ?? '',
    nextDueAt: c.nextDueAt ?? '',
    channel: c.channel,
    customer: c.customer.name,
    product: c.product.name,
    batch: c.product.batchNo,
    symptom: c.details.symptom,
  };
}

const COMPOUND_EQUALITY = ['status', 'category', 'department'] as const;

function residualFilter(f: TableFilter, used: ReadonlySet<string>): ((c: Complaint) => boolean) | null {
  const tests: ((c: Complaint) => boolean)[] = [];
  if (f.status && !used.has('status')) tests.push((c) => c.status === f.status);
  if (f.category && !used.has('category')) tests.push((c) => c.category === f.category);
  if (f.department && !used.has('department')) tests.push((c) => c.department === f.department);
  if (f.ownerId) tests.push((c) => c.ownerId === f.ownerId);
  if (f.customer) {
    const needle = f.customer.trim().toLowerCase();
    tests.push((c) => c.customer.name.toLowerCase().includes(needle) || c.customer.company.toLowerCase().includes(needle));
  }
  if (f.product) {
    const needle = f.product.trim().toLowerCase();
    tests.push((c) => c.product.name.toLowerCase().includes(needle));
  }
  if (f.grade) tests.push((c) => c.grade === f.grade);
  if (f.channel) tests.push((c) => c.channel === f.channel);
  if (!used.has('range')) {
    if (f.receivedFrom) tests.push((c) => c.receivedAt >= (f.receivedFrom as string));
    if (f.receivedTo) tests.push((c) => c.receivedAt <= (f.receivedTo as string));
  }
  if (f.overdueAt) tests.push((c) => c.nextDueAt !== '' && (c.nextDueAt as string) < (f.overdueAt as string) && c.status !== 'closed' && c.status !== 'rejected');
  if (tests.length === 0) return null;
  return (c) => tests.every((t) => t(c));
}

/** Lower bound of real instants in the nextDueAt index: above '' (no open deadline), below any year. */
const OVERDUE_FLOOR = '0';

/** Open complaints whose earliest open deadline is before `now`: the header's count, an index range read. */
export async function countOverdue(db: AppDB, now: string): Promise<number> {
  return db.complaints
    .where('nextDueAt')
    .between(OVERDUE_FLOOR, now, true, false)
    .filter((c) => !c.deletedAt && c.status !== 'closed' && c.status !== 'rejected')
    .count();
}

/** The index a sort reads: ties broken by the receipt time wherever the column repeats. */
function sortIndex(sort: SortColumn): string {
  const column = SORTABLE_COLUMNS[sort];
  if (sort === 'number' || sort === 'receivedAt') return column;
  return `[${column}+receivedAt]`;
}

/** An ordered collection for a query without free text. */
function plan(db: AppDB, q: TableQuery): Collection<Complaint, string> {
  const f = q.filter;
  const from = f.receivedFrom ?? Dexie.minKey;
  const to = f.receivedTo ?? Dexie.maxKey;
  const used = new Set<string>();
  let coll: Collection<Complaint, string>;
  const eq = COMPOUND_EQUALITY.find((k) => f[k]);
  if (q.sort === 'receivedAt' && eq) {
    used.add(eq).add('range');
    coll = db.complaints.where(`[${eq}+receivedAt]`).between([f[eq], from], [f[eq], to], true, true);
  } else if (q.sort === 'nextDue' && f.overdueAt) {
    // The overdue view: a bounded range of the nextDueAt index ('' = no open deadline sorts before any instant).
    coll = db.complaints.where('[nextDueAt+receivedAt]').between([OVERDUE_FLOOR, Dexie.minKey], [f.overdueAt, Dexie.minKey], true, false);
  } else if (q.sort === 'receivedAt' && (f.receivedFrom || f.receivedTo)) {
    used.add('range');
    coll = db.complaints.where('receivedAt').between(from, to, true, true);
  } else {
    coll = db.complaints.orderBy(sortIndex(q.sort));
  }
  if (q.descending) coll = coll.reverse();
  const rest = residualFilter(f, used);
  return rest ? coll.filter(rest) : coll;
}

function compareBy(sort: SortColumn, descending: boolean) {
  const path = SORTABLE_COLUMNS[sort].split('.');
  const key = (c: Complaint): string => String(path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], c) ?? '');
  return (a: Complaint, b: Complaint) => {
    const x = key(a);
    const y = key(b);
    const r = x < y ? -1 : x > y ? 1 : a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? -r : r;
  };
}

async function readMatches(db: AppDB, keys: ReadonlySet<string>, q: TableQuery, rest: ((c: Complaint) => boolean) | null): Promise<Complaint[]> {
  const rows = await db.complaints.bulkGet([...keys]);
  return rows.filter((c): c is Complaint => !!c && !c.deletedAt && (!rest || rest(c))).sort(compareBy(q.sort, q.descending));
}

async function searchPage(db: AppDB, q: TableQuery, offset: number, limit: number): Promise<Complaint[]> {
  const keys = await searchKeys(db, q.filter.search ?? '');
  const rest = residualFilter(q.filter, new Set());
  const ordered = () => (q.descending ? db.complaints.orderBy(sortIndex(q.sort)).reverse() : db.complaints.orderBy(sortIndex(q.sort)));
  const walked = await walkMatches(db, ordered, keys, offset + limit, rest);
  return (walked ?? (await readMatches(db, keys, q, rest))).slice(offset, offset + limit);
}

export interface TablePage {
  rows: TableRow[];
  offset: number;
}

export async function loadPage(db: AppDB, q: TableQuery, offset: number, limit: number): Promise<TablePage> {
  if (q.filter.search?.trim()) return { rows: (await searchPage(db, q, offset, limit)).map(toRow), offset };
  const rows = await plan(db, q).offset(offset).limit(limit).toArray();
  // Tombstoned rows (deleted at another station) keep their index entries; they are
  // hidden here rather than filtered on the cursor, so unfiltered counts stay index-only.
  return { rows: rows.filter((c) => !c.deletedAt).map(toRow), offset };
}

/**
 * A page and the data version it was read at, in one read transaction, so the
 * pair is consistent: the tracking table reads its first page this way before
 * it knows the version, instead of after (#18).
 */
export async function loadPageWithVersion(db: AppDB, q: TableQuery, offset: number, limit: number): Promise<{ version: number; page: TablePage }> {
  return db.transaction('r', [db.changes, db.complaints], async () => {
    const version = await dataVersion(db);
    return { version, page: await loadPage(db, q, offset, limit) };
  });
}

/** Every row of a query in its order, for the Excel/CSV export and the print view (not the grid: it pages). */
export async function loadAllRows(db: AppDB, q: TableQuery): Promise<TableRow[]> {
  if (q.filter.search?.trim()) return (await readMatches(db, await searchKeys(db, q.filter.search), q, residualFilter(q.filter, new Set()))).map(toRow);
  return (await plan(db, q).toArray()).filter((c) => !c.deletedAt).map(toRow);
}

export async function countRows(db: AppDB, q: TableQuery): Promise<number> {
  if (q.filter.search?.trim()) {
    const keys = await searchKeys(db, q.filter.search);
    const rest = residualFilter(q.filter, new Set());
    if (!rest && keys.size > EXACT_COUNT_LIMIT) return keys.size;
    return (await readMatches(db, keys, q, rest)).length;
  }
  return plan(db, q).count();
}
