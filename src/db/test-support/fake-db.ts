/** A fresh AppDB over fake-indexeddb for a Node test. */
import 'fake-indexeddb/auto';
import { ulid } from 'ulid';
import { AppDB } from '../app-db';
import { ensureStation } from '../repositories/station';

export async function freshDb() {
  const db = new AppDB(`test-${ulid()}`);
  await db.open();
  const station = await ensureStation(db);
  return { db, station, actor: { id: 'p1', name: '张工' } };
}
