/**
 * Keeps the review packs (pack.ts) in step with the complaints: every write
 * transaction that can write complaints also gets the packs' store, and every
 * complaint mutation (put, add, delete, clear) rewrites the packs of the
 * months its rows left and entered, in that same transaction. So repositories,
 * sync import, restore, demo load, tracking import and upgrades all keep them
 * without knowing: there is no write path that forgets.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ReviewRow } from '../../domain/review/row';
import { packMonth, packRowOf, receivedOf, repack, REVIEW_PACKS, type ReviewPack } from './pack';

const COMPLAINTS = 'complaints';
const NOTHING: readonly unknown[] = [];

/** Whether this transaction can write the packs (not in the upgrades before the packs' version, which fills them). */
function reachesPacks(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return !!names && names.contains(REVIEW_PACKS) && names.contains(COMPLAINTS);
}

const idOf = (row: unknown): string | undefined => {
  const id = (row as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
};

async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'deleteRange') return (await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result;
  const keys = req.type === 'delete' ? req.keys : req.values.map(idOf);
  return (await table.getMany({ trans: req.trans, keys: keys.filter((k) => k !== undefined) })).filter((r) => r !== undefined);
}

/** The rows this mutation wrote (failed operations of a bulk write wrote nothing). */
function rowsAfter(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type !== 'put' && req.type !== 'add') return [];
  return req.values.filter((_, i) => !res.failures[i]);
}

/** The ids the mutation touched: the packs drop them, then take the written rows back. */
function touchedIds(req: DBCoreMutateRequest, res: DBCoreMutateResponse, before: readonly unknown[]): Set<string> {
  if (req.type === 'deleteRange') return new Set(before.map(idOf).filter((id) => id !== undefined));
  if (req.type === 'delete') return new Set(req.keys.filter((k): k is string => typeof k === 'string'));
  return new Set(rowsAfter(req, res).map(idOf).filter((id) => id !== undefined));
}

async function updatePacks(packs: DBCoreTable, trans: DBCoreTransaction, before: readonly unknown[], after: readonly unknown[], touched: ReadonlySet<string>): Promise<void> {
  const entering = new Map<string, ReviewRow[]>();
  // Each month's change of `stored`: a complaint leaves the month it was in and enters the one it is in now.
  const delta = new Map<string, number>();
  const shift = (month: string, by: number) => delta.set(month, (delta.get(month) ?? 0) + by);
  for (const old of before) {
    const at = receivedOf(old);
    const id = idOf(old);
    if (at !== undefined && id !== undefined && touched.has(id)) shift(packMonth(at), -1);
  }
  for (const c of after) {
    const at = receivedOf(c);
    if (at === undefined) continue;
    shift(packMonth(at), 1);
    const row = packRowOf(c);
    if (!row) continue;
    const list = entering.get(packMonth(at));
    if (list) list.push(row);
    else entering.set(packMonth(at), [row]);
  }
  if (delta.size === 0) return;
  const keys = [...delta.keys()];
  const current = (await packs.getMany({ trans, keys })) as (ReviewPack | undefined)[];
  const put: ReviewPack[] = [];
  const gone: string[] = [];
  keys.forEach((month, i) => {
    const stored = (current[i]?.stored ?? 0) + (delta.get(month) ?? 0);
    if (stored > 0) put.push({ month, stored, rows: repack(current[i]?.rows ?? [], touched, entering.get(month) ?? []) });
    else if (current[i]) gone.push(month);
  });
  if (put.length > 0) await packs.mutate({ type: 'put', trans, values: put });
  if (gone.length > 0) await packs.mutate({ type: 'delete', trans, keys: gone });
}

export const reviewPackMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReviewPacks',
  create: (down) => {
    const hasPacks = down.schema.tables.some((t) => t.name === REVIEW_PACKS);
    return {
      transaction(stores, mode, options) {
        const widened = hasPacks && mode === 'readwrite' && stores.includes(COMPLAINTS) && !stores.includes(REVIEW_PACKS) ? [...stores, REVIEW_PACKS] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== COMPLAINTS || !hasPacks) return table;
        return {
          ...table,
          async mutate(req) {
            if (!reachesPacks(req.trans)) return table.mutate(req);
            // An add writes only keys that were absent (an existing key fails and writes nothing): nothing was there
            // before it. Not awaited then: a mutation must start in the caller's tick, where Dexie's zone still holds its transaction.
            const before = req.type === 'add' ? NOTHING : await rowsBefore(table, req);
            const res = await table.mutate(req);
            await updatePacks(down.table(REVIEW_PACKS), req.trans, before, rowsAfter(req, res), touchedIds(req, res, before));
            return res;
          },
        };
      },
    };
  },
};
