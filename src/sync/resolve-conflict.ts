/**
 * Resolving a sync conflict: "keep this value" is a new local write of the
 * chosen value (stamped, logged and audited like any edit, so it syncs and
 * wins over both concurrent values, even when it is the value already
 * applied) and the conflict is marked resolved here; every station that
 * imports the write marks it resolved too (settled-conflicts.ts).
 */
import type { AppDB } from '../db/app-db';
import type { SyncTable } from '../domain/merge/change';
import { DERIVED_FIELDS } from '../domain/complaint/record';
import { setPath, type Json, type JsonObject } from '../domain/merge/field-paths';
import { deriveRow, type DeriveContext } from './derive';
import { configFromRow } from '../db/repositories/config';
import { chainSetupOf } from '../db/repositories/initial-chain';
import { RETURN_DERIVED_FIELDS } from '../db/repositories/returns-row';
import { MASTER_DERIVED_FIELDS } from '../domain/masterdata/records';
import { PLANT_CONFIG_ID } from '../domain/config/plant-config';
import type { MergeableRow } from '../domain/merge/apply-change';
import { tablesForWrite, writeRecordInTx, type Actor } from '../db/repositories/write-record';
import type { Station } from '../db/repositories/station';

const NOTHING: ReadonlySet<string> = new Set();
/** Derived fields per table: recomputed, never stamped (the same sets the repositories pass). */
const IGNORED: Partial<Record<SyncTable, ReadonlySet<string>>> = {
  complaints: DERIVED_FIELDS, returns: RETURN_DERIVED_FIELDS, products: MASTER_DERIVED_FIELDS, customers: MASTER_DERIVED_FIELDS,
};

export async function keepConflictValue(db: AppDB, station: Station, actor: Actor, conflictId: string, valueIndex: number, now = new Date()): Promise<void> {
  const conflict = await db.conflicts.get(conflictId);
  const chosen = conflict?.values[valueIndex];
  if (!conflict || !chosen) return;
  const table = conflict.table as SyncTable;
  await db.transaction('rw', [...tablesForWrite(db, table), db.conflicts, db.config], async () => {
    const config = configFromRow(await db.config.get(PLANT_CONFIG_ID));
    const ctx: DeriveContext = { approval: config.approval, chain: chainSetupOf(config, station.timeZone) };
    await writeRecordInTx<MergeableRow>(db, station, actor, {
      table,
      id: conflict.rowId,
      action: 'sync.keepValue',
      ignore: IGNORED[table] ?? NOTHING,
      derive: (row) => deriveRow(table, row, ctx),
      // Keeping the value already applied is a decision too: stamped, so every station that imports it settles the conflict.
      force: [conflict.path],
      next: (current) => setPath((current ?? { id: conflict.rowId, _clocks: {} }) as unknown as JsonObject, conflict.path, chosen.value as Json) as unknown as MergeableRow,
    }, now.getTime());
    await db.conflicts.update(conflictId, { resolvedAt: now.toISOString() });
  });
}
