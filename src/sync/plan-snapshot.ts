/**
 * What an import's plan read of the database, reduced to a few keys that any
 * write in between would move: the last entry of the sync log and of the audit
 * trail (every repository write appends to both in its transaction), the
 * settings (station, clock, trust roots, the chains seen), and the number of
 * conflicts, attachments and receipts (written by imports and the collector).
 *
 * The plan is computed once, in a read transaction; the write transaction reads
 * this again and recomputes the plan only when it differs. Recomputing it
 * always (the merge, derivation and row checks of 50,000 changes, twice) was
 * half an import's time. IndexedDB reads only: it runs inside transactions.
 */
import type { AppDB } from '../db/app-db';
import { canonicalJson } from '../domain/common/canonical-json';

export async function readPlanSnapshot(db: AppDB): Promise<string> {
  const [lastChange, lastAudit, settings, conflicts, attachments, receipts] = await Promise.all([
    db.changes.orderBy(':id').reverse().limit(1).primaryKeys(),
    db.audit.orderBy(':id').reverse().limit(1).primaryKeys(),
    db.settings.toArray(),
    db.conflicts.count(),
    db.attachments.count(),
    db.bundleReceipts.count(),
  ]);
  return canonicalJson({ lastChange, lastAudit, settings, conflicts, attachments, receipts });
}
