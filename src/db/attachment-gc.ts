/**
 * Rule 1 of domain/attachments/retention.ts applied to this database: one rw
 * transaction reads every record table, collects the hashes they name, and
 * deletes the attachment rows no record names (past the grace time), so a
 * record written meanwhile cannot lose a file it just pointed to. Housekeeping
 * by the app, not a person's edit: nothing is synced (attachments are not in the
 * change log) and nothing a person could see changes.
 */
import type { AppDB } from './app-db';
import { attachmentsToDrop, collectHashes } from '../domain/attachments/retention';

/** Histories and the store itself: what a file once was, not what a record points to now. */
const NOT_RECORDS = new Set(['attachments', 'changes', 'audit', 'bundleReceipts']);

export async function pruneUnreferencedAttachments(db: AppDB, now = new Date()): Promise<string[]> {
  const records = db.tables.filter((t) => !NOT_RECORDS.has(t.name));
  return db.transaction('rw', [...records, db.attachments], async () => {
    const referenced = new Set<string>();
    for (const table of records) await table.each((row: unknown) => collectHashes(row, referenced));
    const stored: { sha256: string; createdAt: string }[] = [];
    await db.attachments.each((a) => stored.push({ sha256: a.sha256, createdAt: a.createdAt }));
    const drop = attachmentsToDrop(stored, referenced, now);
    await db.attachments.bulkDelete(drop);
    return drop;
  });
}
