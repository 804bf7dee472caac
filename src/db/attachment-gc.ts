/**
 * Rule 1 of domain/attachments/retention.ts applied to this database: reads
 * every record table, collects the hashes they name, and deletes the attachment
 * rows no record names (past the grace time). A read-only pass decides first:
 * most starts have nothing to drop, and a read-write scan of every table held
 * the stores the first screen reads. Only when something is to be written does
 * one rw transaction read everything again and write, so a record written
 * meanwhile cannot lose a file it just pointed to. Housekeeping by the app, not
 * a person's edit: nothing is synced (attachments are not in the change log)
 * and nothing a person could see changes.
 */
import type { Table } from 'dexie';
import type { AppDB } from './app-db';
import { attachmentsToDrop, collectHashes, type UnreferencedSince } from '../domain/attachments/retention';

/** Local to this station (settings is not synced): since when each unnamed file has been unnamed. */
export const UNREFERENCED_SINCE_KEY = 'attachmentsUnreferencedSince';

/** Histories and the store itself: what a file once was, not what a record points to now. */
const NOT_RECORDS = new Set(['attachments', 'changes', 'audit', 'bundleReceipts', 'reviewPacks']);

/** What the clean-up would do now, read in the caller's transaction; `write` says whether anything changes. */
async function plan(db: AppDB, records: readonly Table[], now: Date): Promise<{ drop: string[]; since: UnreferencedSince; write: boolean }> {
  const stored: { sha256: string; createdAt: string }[] = [];
  await db.attachments.each((a) => stored.push({ sha256: a.sha256, createdAt: a.createdAt }));
  const since = ((await db.settings.get(UNREFERENCED_SINCE_KEY))?.value ?? {}) as UnreferencedSince;
  // No file stored and none remembered: the records need not be read at all.
  if (stored.length === 0 && Object.keys(since).length === 0) return { drop: [], since, write: false };
  const referenced = new Set<string>();
  for (const table of records) {
    await table.each((row: unknown) => {
      // The clean-up's own record names the unnamed files: it is not a pointer.
      if (table.name !== 'settings' || (row as { key?: string }).key !== UNREFERENCED_SINCE_KEY) collectHashes(row, referenced);
    });
  }
  const result = attachmentsToDrop(stored, referenced, since, now);
  return { ...result, write: result.drop.length > 0 || JSON.stringify(result.since) !== JSON.stringify(since) };
}

export async function pruneUnreferencedAttachments(db: AppDB, now = new Date()): Promise<string[]> {
  const records = db.tables.filter((t) => !NOT_RECORDS.has(t.name));
  const tables = [...records, db.attachments];
  const dry = await db.transaction('r', tables, () => plan(db, records, now));
  if (!dry.write) return [];
  return db.transaction('rw', tables, async () => {
    // Read again under the write lock: what the read-only pass saw may have changed since.
    const result = await plan(db, records, now);
    if (!result.write) return [];
    await db.attachments.bulkDelete(result.drop);
    await db.settings.put({ key: UNREFERENCED_SINCE_KEY, value: result.since as never });
    return result.drop;
  });
}
