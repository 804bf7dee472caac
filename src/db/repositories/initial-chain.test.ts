import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { readLog } from '../change-log';
import { complaintToInput, createComplaint, updateComplaint } from './complaints';
import { countOverdue } from '../queries/complaint-table';
import { transitionComplaint } from './workflow';
import type { WorkflowComplaint } from './workflow-store';

// Received Friday 2026-11-20 10:00 Shanghai: acknowledge due Monday 10:00, reply due 7 working days later.
const RECEIVED = '2026-11-20T02:00:00.000Z';
const NOW = new Date('2026-11-20T03:00:00.000Z');

describe('the deadline chain is recorded with the complaint', () => {
  it('writes the receipt chain in the creating write, stamped so it syncs', async () => {
    const { db, station, actor } = await freshDb();
    const c = (await createComplaint(db, station, actor, sampleComplaintInput(), NOW)) as WorkflowComplaint;
    expect(c.deadlines?.acknowledge?.originalDue).toBe('2026-11-23T02:00:00.000Z');
    expect(c.deadlines?.reply?.startedAt).toBe(RECEIVED);
    expect(c.deadlines?.containment).toBeUndefined();
    expect(c.deadlineZone).toBe('Asia/Shanghai');
    expect(c.nextDueAt).toBe('2026-11-23T02:00:00.000Z');
    expect(c._clocks['deadlines.acknowledge.originalDue']).toBeDefined();
    const [change] = await readLog(db.changes);
    expect(change?.fields['deadlines.reply.originalDue']).toBe(c.deadlines?.reply?.originalDue);
  });

  it('counts an untouched case as overdue once its first deadline passes', async () => {
    const { db, station, actor } = await freshDb();
    await createComplaint(db, station, actor, sampleComplaintInput(), NOW);
    expect(await countOverdue(db, '2026-11-23T01:59:00.000Z')).toBe(0);
    expect(await countOverdue(db, '2026-11-23T02:01:00.000Z')).toBe(1);
  });

  it('moves an untouched chain with a corrected receipt time, and keeps it once a step is done', async () => {
    const { db, station, actor } = await freshDb();
    const c = await createComplaint(db, station, actor, sampleComplaintInput(), NOW);
    const edit = complaintToInput(c);
    edit.receivedAt = '2026-11-19T02:00:00.000Z';
    const moved = (await updateComplaint(db, station, actor, c.id, edit, new Date(NOW.getTime() + 1000))) as WorkflowComplaint;
    expect(moved.deadlines?.acknowledge?.originalDue).toBe('2026-11-20T02:00:00.000Z');

    await transitionComplaint(db, station, actor, c.id, { to: 'acknowledged' }, new Date(NOW.getTime() + 2000));
    const again = complaintToInput(moved);
    again.receivedAt = '2026-11-18T02:00:00.000Z';
    const kept = (await updateComplaint(db, station, actor, c.id, again, new Date(NOW.getTime() + 3000))) as WorkflowComplaint;
    expect(kept.deadlines?.acknowledge?.originalDue).toBe('2026-11-20T02:00:00.000Z');
  });
});
