/**
 * Schema version 6: the review packs (db/review-packs/pack.ts), built from
 * every complaint once. From then on the pack middleware keeps them.
 */
import type { Transaction } from 'dexie';
import { packEntryOf, packsOf, REVIEW_PACKS, type PackEntry } from '../review-packs/pack';

export async function upgradeReviewPacks(tx: Transaction): Promise<void> {
  // Flattened as the cursor goes: the complaints themselves are never all in memory.
  const entries: (PackEntry | undefined)[] = [];
  await tx.table('complaints').each((c: unknown) => {
    entries.push(packEntryOf(c));
  });
  await tx.table(REVIEW_PACKS).bulkPut(packsOf(entries));
}
