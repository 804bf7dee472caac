import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput, seedTestPeople } from '../test-support/fake-db';
import { countLogSince, readLog } from '../change-log';
import { createComplaint } from './complaints';
import { listDeleted, restoreDeleted } from './deleted';
import { PLANT_CONFIG_ID } from '../../domain/config/plant-config';

describe('deleted records', () => {
  it('are listed, and restored as a new change only by someone allowed to delete', async () => {
    const { db, station, actor } = await freshDb();
    const c = await createComplaint(db, station, actor, sampleComplaintInput());
    await db.complaints.update(c.id, { deletedAt: '2026-11-20T03:00:00.000Z' });
    expect(await listDeleted(db)).toEqual([{ table: 'complaints', id: c.id, label: c.number, deletedAt: '2026-11-20T03:00:00.000Z' }]);

    // The procedure's matrix: a QA engineer may not restore.
    await db.config.put({ id: PLANT_CONFIG_ID, _clocks: {} });
    await db.people.put({ id: 'pe', _clocks: {}, deletedAt: null, name: '工程师', departmentId: 'dept-QA', role: 'qaEngineer', phone: '', email: '', active: true });
    await expect(restoreDeleted(db, station, { id: 'pe', name: '工程师' }, 'complaints', c.id)).rejects.toMatchObject({ name: 'PermissionError' });
    expect((await db.complaints.get(c.id))?.deletedAt).toBe('2026-11-20T03:00:00.000Z');

    await seedTestPeople(db, [actor], false);
    const changes = await countLogSince(db.changes, 0);
    await restoreDeleted(db, station, actor, 'complaints', c.id);
    expect((await db.complaints.get(c.id))?.deletedAt).toBeNull();
    expect(await listDeleted(db)).toEqual([]);
    const last = (await readLog(db.changes)).at(-1);
    expect(await countLogSince(db.changes, 0)).toBe(changes + 1);
    expect(last).toMatchObject({ rowId: c.id, fields: { deletedAt: null }, author: actor.id });
  });
});
