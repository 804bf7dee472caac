/**
 * Imports the valid rows of an old tracking sheet as complaints, all in one
 * transaction (nothing half-written). A row whose duplicate key matches a
 * complaint already stored (imported earlier or entered by hand) is skipped
 * and reported, so importing the same sheet twice adds nothing.
 */
import type { AppDB } from '../app-db';
import { localDate, parseInstant } from '../../domain/calendar/zone';
import type { ComplaintInput } from '../../domain/complaint/schema';
import { keysOfComplaint } from '../../domain/review/tracking-import';
import { authorize } from './authorize';
import { createComplaintsInTx } from './complaints';
import type { Station } from './station';
import { tablesForWrite, type Actor } from './write-record';

export interface ImportRow {
  row: number;
  input: ComplaintInput;
  key: string;
}

export interface ImportOutcome {
  imported: number;
  skipped: { row: number; code: string }[];
}

export async function importTrackingRows(db: AppDB, station: Station, actor: Actor, rows: readonly ImportRow[], now = new Date()): Promise<ImportOutcome> {
  await authorize(db, actor, 'complaint.edit');
  if (rows.length === 0) return { imported: 0, skipped: [] };
  const times = rows.map((r) => r.input.receivedAt).sort();
  // A day either side: the keys compare local days, stored instants are UTC.
  const from = new Date(parseInstant(times[0] as string) - 86_400_000).toISOString();
  const to = new Date(parseInstant(times.at(-1) as string) + 86_400_000).toISOString();
  return db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.attachments, db.config], async () => {
    const existing = new Set<string>();
    for (const c of await db.complaints.where('receivedAt').between(from, to, true, true).toArray()) {
      if (c.deletedAt) continue;
      for (const k of keysOfComplaint(c, localDate(parseInstant(c.receivedAt), station.timeZone))) existing.add(k);
    }
    const fresh = rows.filter((r) => !existing.has(r.key));
    const skipped = rows.filter((r) => existing.has(r.key)).map((r) => ({ row: r.row, code: 'import.err.duplicateExisting' }));
    await createComplaintsInTx(db, station, actor, fresh.map((r) => r.input), now);
    return { imported: fresh.length, skipped };
  });
}
