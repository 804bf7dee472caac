/**
 * Schema version 3: every complaint gets its deadline chain. Before it, a
 * complaint got one only at its first workflow write, so a case nobody had
 * touched was never overdue. The chain is filled unstamped (not a sync change):
 * every station runs the same upgrade on the same rows and computes the same
 * chain from the receipt time and the plant's deadline settings.
 */
import type { Transaction } from 'dexie';
import type { SyncedRow } from '../app-db';
import { PLANT_CONFIG_ID } from '../../domain/config/plant-config';
import { DEFAULT_ZONE } from '../../domain/calendar/zone';
import { configFromRow } from '../repositories/config';
import { chainSetupOf, withInitialChain } from '../repositories/initial-chain';
import type { WorkflowComplaint } from '../repositories/workflow-store';

export async function upgradeToDeadlineChains(tx: Transaction): Promise<void> {
  const config = configFromRow((await tx.table('config').get(PLANT_CONFIG_ID)) as SyncedRow | undefined);
  const station = (await tx.table('settings').get('station'))?.value as { timeZone?: string } | undefined;
  const setup = chainSetupOf(config, station?.timeZone ?? DEFAULT_ZONE);
  await tx
    .table('complaints')
    .toCollection()
    .modify((row: WorkflowComplaint, ref: { value: WorkflowComplaint }) => {
      if (row.deletedAt) return;
      const next = withInitialChain(row, setup);
      if (next !== row) ref.value = next;
    });
}
