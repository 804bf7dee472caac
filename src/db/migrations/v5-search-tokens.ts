/**
 * Schema version 5: search tokens hold code segments and symptom words, no
 * longer every suffix of every name (see domain/complaint/search-tokens). The
 * tokens are derived, never synced, so every station recomputes them the same
 * way, unstamped.
 */
import type { Transaction } from 'dexie';
import { complaintSearchTokens, type SearchableComplaint } from '../../domain/complaint/search-tokens';

export async function upgradeSearchTokens(tx: Transaction): Promise<void> {
  await tx
    .table('complaints')
    .toCollection()
    .modify((row: SearchableComplaint & { searchTokens?: string[] }) => {
      row.searchTokens = complaintSearchTokens({
        number: row.number ?? '',
        customer: { name: row.customer?.name ?? '', company: row.customer?.company ?? '' },
        product: {
          name: row.product?.name ?? '', model: row.product?.model ?? '', batchNo: row.product?.batchNo ?? '',
          serialNo: row.product?.serialNo ?? '', orderNo: row.product?.orderNo ?? '',
        },
        details: { symptom: row.details?.symptom ?? '' },
      });
    });
}
