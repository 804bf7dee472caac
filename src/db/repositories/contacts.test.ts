import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { createComplaint } from './complaints';
import { saveContact } from './contacts';
import { emptyContactInput } from '../../domain/masterdata/contact';
import type { WorkflowComplaint } from './workflow-store';

// Friday 2026-11-20 10:00 in Shanghai; the acknowledgement is due Monday 23rd at 10:00.
const RECEIVED = '2026-11-20T02:00:00.000Z';
const NOW = new Date('2026-11-23T08:00:00.000Z');

async function setup() {
  const ctx = await freshDb();
  const c = await createComplaint(ctx.db, ctx.station, ctx.actor, { ...sampleComplaintInput(), receivedAt: RECEIVED }, new Date('2026-11-20T03:00:00.000Z'));
  return { ...ctx, c };
}

const contact = (complaintId: string, at: string, direction: 'incoming' | 'outgoing') =>
  ({ ...emptyContactInput(complaintId, at, '王客服'), direction, summary: '电话确认收到投诉' });

describe('contact log and the acknowledge milestone', () => {
  it('an incoming contact leaves it open; the first outgoing one completes it at its own time, once', async () => {
    const { db, station, actor, c } = await setup();
    expect((c as WorkflowComplaint).deadlines?.acknowledge?.completedAt).toBeUndefined();
    expect(c.nextDueAt).toBe('2026-11-23T02:00:00.000Z');

    await saveContact(db, station, actor, contact(c.id, '2026-11-20T06:00:00.000Z', 'incoming'), undefined, NOW);
    expect(((await db.complaints.get(c.id)) as WorkflowComplaint).deadlines?.acknowledge?.completedAt).toBeUndefined();

    await saveContact(db, station, actor, contact(c.id, '2026-11-20T15:30:00+08:00', 'outgoing'), undefined, NOW);
    const done = (await db.complaints.get(c.id)) as WorkflowComplaint;
    expect(done.deadlines?.acknowledge?.completedAt).toBe('2026-11-20T07:30:00.000Z');
    expect(done.nextDueAt).not.toBe('2026-11-23T02:00:00.000Z');

    const audits = await db.audit.count();
    await saveContact(db, station, actor, contact(c.id, '2026-11-23T07:00:00.000Z', 'outgoing'), undefined, NOW);
    expect(((await db.complaints.get(c.id)) as WorkflowComplaint).deadlines?.acknowledge?.completedAt).toBe(done.deadlines?.acknowledge?.completedAt);
    expect(await db.audit.count()).toBe(audits + 1); // the contact only
  });
});
