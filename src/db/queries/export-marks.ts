/**
 * Export marks: for each destination, the last change-log sequence number an
 * export 'since' has carried there (local settings, never synced). Moved only
 * after the file was saved (markExported), so a cancelled save loses nothing.
 */
import type { AppDB } from '../app-db';
import { countLogSince } from '../change-log';

const lastExportKey = (destination: string) => `sync.lastExport:${destination}`;

/**
 * Where a manual export goes. "Since the last export" is counted per destination:
 * a station that carries bundles to two others on one stick must not skip, for
 * the second, what it already gave the first. `FILE_DESTINATION` is "any
 * station"; a known station has its own mark. The sync folder keeps its own.
 */
export const FILE_DESTINATION = 'file';
export const stationDestination = (stationId: string) => `station:${stationId}`;

/** The mark of a destination: 0 when nothing was exported there yet. */
export async function lastExportedSeq(db: AppDB, destination: string): Promise<number> {
  return ((await db.settings.get(lastExportKey(destination)))?.value as number | undefined) ?? 0;
}

/** How many changes of the log an export 'since' to this destination would carry. */
export async function pendingSince(db: AppDB, destination: string): Promise<number> {
  const from = await lastExportedSeq(db, destination);
  return countLogSince(db.changes, from);
}

export async function markExported(db: AppDB, destination: string, toSeq: number): Promise<void> {
  await db.settings.put({ key: lastExportKey(destination), value: toSeq });
}
