/**
 * Schema version 6: the review packs (db/review-packs/pack.ts), built from
 * every complaint once. From then on the pack middleware keeps them.
 */
import type { Transaction } from 'dexie';
import type { ReviewRow } from '../../domain/review/row';
import { packRowOf, packsOfRows, REVIEW_PACKS } from '../review-packs/pack';

export async function upgradeReviewPacks(tx: Transaction): Promise<void> {
  // Flattened as the cursor goes: the complaints themselves are never all in memory.
  const rows: ReviewRow[] = [];
  await tx.table('complaints').each((c: unknown) => {
    const row = packRowOf(c);
    if (row) rows.push(row);
  });
  await tx.table(REVIEW_PACKS).bulkPut(packsOfRows(rows));
}
