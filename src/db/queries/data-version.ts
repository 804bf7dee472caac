import type { AppDB } from '../app-db';

/** The data version: the sync log's last sequence number, which every write moves (0 on an empty database). */
export async function dataVersion(db: AppDB): Promise<number> {
  return Number((await db.changes.orderBy('seq').lastKey()) ?? 0);
}
