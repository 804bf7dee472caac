/** Loads the demo dataset through the stamped writer, in one transaction. */
import type { AppDB } from '../app-db';
import { demoComplaints } from '../../domain/demo/demo-data';
import { createComplaintsInTx } from './complaints';
import { tablesForWrite, type Actor } from './write-record';
import { authorize } from './authorize';
import type { Station } from './station';

export async function loadDemoData(db: AppDB, station: Station, actor: Actor, count = 300, now = new Date()): Promise<number> {
  await authorize(db, actor, 'complaint.edit');
  const inputs = demoComplaints(count, now.getTime());
  await db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.attachments, db.config], async () => await createComplaintsInTx(db, station, actor, inputs, now));
  return inputs.length;
}
