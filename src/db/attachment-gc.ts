/**
 * Rule 1 of domain/attachments/retention.ts applied to this database: one rw
 * transaction reads every record table, collects the hashes they name, and
 * deletes the attachment rows no record names (past the grace time), so a
 * record written meanwhile cannot lose a file it just pointed to. Housekeeping
 * by the app, not a person's edit: nothing is synced (attachments are not in the
 * change log) and nothing a person could see changes.
 */
import type { AppDB } from './app-db';
import { attachmentsToDrop, collectHashes, type UnreferencedSince } from '../domain/attachments/retention';

/** Local to this station (settings is not synced): since when each unnamed file has been unnamed. */
export const UNREFERENCED_SINCE_KEY = 'attachmentsUnreferencedSince';

/** Histories and the store itself: what a file once was, not what a record points to now. */
const NOT_RECORDS = new Set(['attachments', 'changes', 'audit', 'bundleReceipts']);

export async function pruneUnreferencedAttachments(db: AppDB, now = new Date()): Promise<string[]> {
  const records = db.tables.filter((t) => !NOT_RECORDS.has(t.name));
  return db.transaction('rw', [...records, db.attachments], async () => {
    const referenced = new Set<string>();
    for (const table of records) {
      await table.each((row: unknown) => {
        // The clean-up's own record names the unnamed files: it is not a pointer.
        if (table.name !== 'settings' || (row as { key?: string }).key !== UNREFERENCED_SINCE_KEY) collectHashes(row, referenced);
      });
    }
    const stored: { sha256: string; createdAt: string }[] = [];
    await db.attachments.each((a) => stored.push({ sha256: a.sha256, createdAt: a.createdAt }));
    const since = ((await db.settings.get(UNREFERENCED_SINCE_KEY))?.value ?? {}) as UnreferencedSince;
    const result = attachmentsToDrop(stored, referenced, since, now);
    await db.attachments.bulkDelete(result.drop);
    if (JSON.stringify(result.since) !== JSON.stringify(since)) await db.settings.put({ key: UNREFERENCED_SINCE_KEY, value: result.since as never });
    return result.drop;
  });
}
