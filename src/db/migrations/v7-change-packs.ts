/**
 * Schema version 7: the sync log in packs (db/change-log.ts). Every record of
 * the older log is one change; it becomes a pack of one under the same seq, so
 * export marks ("since seq n") keep their meaning. Written in place, record by
 * record: the log is never all in memory.
 */
import type { Transaction } from 'dexie';
import { asLogRecord } from '../change-log';

export async function upgradeChangePacks(tx: Transaction): Promise<void> {
  await tx
    .table('changes')
    .toCollection()
    .modify((row: unknown, ref: { value: unknown }) => {
      // The app never wrote a record that is not a change; one that is not (hand-edited) is dropped (null deletes), not half-read later.
      ref.value = asLogRecord(row);
    });
}
