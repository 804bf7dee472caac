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
import { dataVersion } from './data-version';

/** Name columns searched by substring; each is the first part of an index (v5 schema). */
const NAME_INDEXES = ['customer.name', 'customer.company', 'product.name'] as const;

/**
 * Distinct names per name index. Reading them walks the whole index in Chromium
 * (about 100 ms at 100,000 rows), so they are kept per database until the sync
 * log moves: every write of a complaint (form, workflow, import, demo) appends to it.
 */
const nameCache = new WeakMap<AppDB, { version: number; names: string[][] }>();

async function distinctNames(db: AppDB): Promise<string[][]> {
  const version = await dataVersion(db);
  const hit = nameCache.get(db);
  if (hit && hit.version === version) return hit.names;
  const names = await Promise.all(NAME_INDEXES.map(async (index) => ((await db.complaints.orderBy(index).uniqueKeys()) as unknown[]).filter((n): n is string => typeof n === 'string' && n !== '')));
  nameCache.set(db, { version, names });
  return names;
}

/** Primary keys of every complaint the text matches (tombstones included: the caller hides them). */
export async function searchKeys(db: AppDB, query: string): Promise<Set<string>> {
  const needle = normalizeSearch(query);
  const out = new Set<string>();
  if (!needle) return out;
  const names = await distinctNames(db);
  const [tokenKeys, ...byName] = await Promise.all([
    db.complaints.where('searchTokens').startsWith(needle).primaryKeys(),
    ...NAME_INDEXES.map(async (index, i) => {
      const hits = (names[i] ?? []).filter((n) => nameMatches(n, needle));
      // One key range per name (anyOf on a compound-backed index steps a cursor through every entry).
      return (await Promise.all(hits.map((n) => db.complaints.where(index).equals(n).primaryKeys()))).flat();
    }),
  ]);
  for (const k of tokenKeys) out.add(k);
  for (const keys of byName) for (const k of keys) out.add(k);
  return out;
}

/** Index keys a walk may step over before reading every match is the cheaper way (a key costs far less than a row). */
export const KEYS_PER_MATCH = 4;

/**
 * The matching rows in the sort order, from the start up to `need` of them, by
 * walking the sort index's keys and then reading only the rows kept — or null
 * when the walk passes KEYS_PER_MATCH keys per match before it has them (few,
 * scattered matches: reading every match is cheaper). No total count is needed
 * (counting 100,000 rows takes longer than most searches). A residual filter (or
 * a tombstone among the rows) needs the rows themselves: then the walk reads values.
 */
export async function walkMatches(db: AppDB, ordered: () => Collection<Complaint, string>, keys: ReadonlySet<string>, need: number, rest: ((c: Complaint) => boolean) | null): Promise<Complaint[] | null> {
  const budget = keys.size * KEYS_PER_MATCH;
  let steps = 0;
  if (!rest) {
    const ids: string[] = [];
    await ordered().until(() => ids.length >= need || steps >= budget).eachPrimaryKey((pk) => {
      steps += 1;
      if (keys.has(pk)) ids.push(pk);
    });
    if (ids.length < need && steps >= budget) return null;
    const rows = (await db.complaints.bulkGet(ids)).filter((c): c is Complaint => !!c && !c.deletedAt);
    if (rows.length === ids.length) return rows;
    steps = 0;
  }
  const found: Complaint[] = [];
  await ordered().until(() => found.length >= need || steps >= budget).each((c) => {
    steps += 1;
    if (keys.has(c.id) && !c.deletedAt && (!rest || rest(c))) found.push(c);
  });
  return found.length < need && steps >= budget ? null : found;
}
