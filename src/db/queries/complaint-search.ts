/**
 * The tracking table's free-text search, planned on keys before any row is read:
 * 1. code segments and symptom words: the multi-entry `searchTokens` index by prefix;
 * 2. customer, company and product names: their distinct values, read from the
 *    indexes that sort by them (one cursor step per distinct name), matched by
 *    substring, then the rows holding a matching name by key;
 * 3. the page: a small match set is read and sorted; a large one is found by
 *    walking the sort order and keeping matches, so "有限" over 100,000 rows
 *    reads a page's worth of rows, not all of its matches.
 */
import type { Collection } from 'dexie';
import type { AppDB } from '../app-db';
import type { Complaint } from '../../domain/complaint/record';
import { nameMatches, normalizeSearch } from '../../domain/complaint/search-tokens';

/** Name columns searched by substring; each is the first part of an index (v5 schema). */
const NAME_INDEXES = ['customer.name', 'customer.company', 'product.name'] as const;

/** Primary keys of every complaint the text matches (tombstones included: the caller hides them). */
export async function searchKeys(db: AppDB, query: string): Promise<Set<string>> {
  const needle = normalizeSearch(query);
  const out = new Set<string>();
  if (!needle) return out;
  const [tokenKeys, ...byName] = await Promise.all([
    db.complaints.where('searchTokens').startsWith(needle).primaryKeys(),
    ...NAME_INDEXES.map(async (index) => {
      const names = (await db.complaints.orderBy(index).uniqueKeys()) as string[];
      const hits = names.filter((n) => typeof n === 'string' && n !== '' && nameMatches(n, needle));
      // One key range per name (anyOf on a compound-backed index steps a cursor through every entry).
      return (await Promise.all(hits.map((n) => db.complaints.where(index).equals(n).primaryKeys()))).flat();
    }),
  ]);
  for (const k of tokenKeys) out.add(k);
  for (const keys of byName) for (const k of keys) out.add(k);
  return out;
}

/** Whether walking the sort order (reading ~need × total / matches rows) is cheaper than reading every match. */
export function walkIsCheaper(matches: number, total: number, need: number): boolean {
  return matches > 0 && (need * total) / matches < matches;
}

/**
 * The matching rows in the sort order, from the start up to `need` of them — or
 * null when reading all matches is cheaper. The walk reads the sort index's keys
 * only and then the rows it kept; a residual filter (or a tombstone among them)
 * needs the rows themselves, so then the walk reads values.
 */
export async function walkMatches(db: AppDB, ordered: () => Collection<Complaint, string>, keys: ReadonlySet<string>, need: number, total: number, rest: ((c: Complaint) => boolean) | null): Promise<Complaint[] | null> {
  if (!walkIsCheaper(keys.size, total, need)) return null;
  if (!rest) {
    const ids: string[] = [];
    await ordered().until(() => ids.length >= need).eachPrimaryKey((pk) => {
      if (keys.has(pk)) ids.push(pk);
    });
    const rows = (await db.complaints.bulkGet(ids)).filter((c): c is Complaint => !!c && !c.deletedAt);
    if (rows.length === ids.length) return rows;
  }
  return ordered().filter((c) => keys.has(c.id) && !c.deletedAt && (!rest || rest(c))).limit(need).toArray();
}
