import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { createComplaint } from './complaints';
import { savePlantConfig } from './config';
import { savePerson, seedDepartments } from './org';
import { saveAssessment } from './workflow';
import { acknowledgeEscalation, attentionFor, recordDueEscalations, type EscalatedComplaint } from './escalations';
import { ValidationError } from '../../domain/common/validation-error';
import type { Assessment } from '../../domain/workflow/assessment';

// Monday 2026-11-02 10:00 in Shanghai.
const RECEIVED = '2026-11-02T02:00:00.000Z';
const NOW = new Date('2026-11-02T03:00:00.000Z');
const urgent: Assessment = { genuineness: 'genuine', severity: 'functional', urgency: 'critical', category: 'quality_material', grade: 'urgent' };

async function plant() {
  const ctx = await freshDb();
  await seedDepartments(ctx.db, ctx.station, ctx.actor);
  const gm = await savePerson(ctx.db, ctx.station, ctx.actor, { name: '周总', departmentId: 'dept-GM', role: 'generalManager', phone: '', email: '', active: true });
  const c = await createComplaint(ctx.db, ctx.station, ctx.actor, { ...sampleComplaintInput(), receivedAt: RECEIVED }, NOW);
  return { ...ctx, gm: { id: gm.id, name: gm.name }, c };
}

async function codes(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.code);
}

describe('escalations repository', () => {
  it('sends an urgent case to the department manager and the general manager, once, and lets each acknowledge only their own', async () => {
    const { db, station, actor, gm, c } = await plant();
    await saveAssessment(db, station, actor, c.id, { assessment: urgent, departmentId: 'dept-QA', ownerId: '' }, NOW);
    expect(await recordDueEscalations(db, station, actor, NOW)).toBe(2);
    expect(await recordDueEscalations(db, station, actor, NOW)).toBe(0);
    const row = (await db.complaints.get(c.id)) as EscalatedComplaint;
    expect(row.escalations?.department).toMatchObject({ toId: actor.id, reason: 'grade' });
    expect(row.escalations?.general).toMatchObject({ toId: gm.id, reason: 'grade' });

    const mine = await attentionFor(db, gm.id);
    expect(mine.map((i) => [i.number, i.escalation.level])).toEqual([[c.number, 'general']]);
    expect(await codes(acknowledgeEscalation(db, station, actor, c.id, 'general', NOW))).toEqual(['escalation.notYours']);
    const acked = await acknowledgeEscalation(db, station, gm, c.id, 'general', new Date(NOW.getTime() + 60_000));
    expect(acked.escalations?.general).toMatchObject({ acknowledgedBy: '周总', acknowledgedAt: '2026-11-02T03:01:00.000Z' });
    expect(await attentionFor(db, gm.id)).toEqual([]);
    expect(await attentionFor(db, actor.id)).toHaveLength(1);
    expect(await codes(acknowledgeEscalation(db, station, gm, c.id, 'general', NOW))).toEqual(['escalation.alreadyAcknowledged']);

    const actions = (await db.audit.where('[entity+rowId]').equals(['complaints', c.id]).toArray()).map((e) => e.action);
    expect(actions.filter((a) => a === 'escalate' || a === 'escalationAck')).toEqual(['escalate', 'escalationAck']);
  });

  it('escalates an ungraded case once it is more than the set working days overdue', async () => {
    const { db, station, actor, gm, c } = await plant();
    // Acknowledge was due Tuesday 3 November; Thursday 5th is 2 working days late, Friday 6th 3.
    expect(await recordDueEscalations(db, station, actor, new Date('2026-11-05T02:00:00Z'))).toBe(0);
    expect(await recordDueEscalations(db, station, actor, new Date('2026-11-06T02:00:00Z'))).toBe(1);
    const row = (await db.complaints.get(c.id)) as EscalatedComplaint;
    // No department yet: the missing link is skipped up to the general manager.
    expect(row.escalations?.department).toMatchObject({ toId: gm.id, reason: 'overdue', overdueWorkdays: 3 });
  });

  it('follows the threshold and the manager named in settings', async () => {
    const { db, station, actor, c } = await plant();
    const deputy = await savePerson(db, station, actor, { name: '吴副总', departmentId: 'dept-GM', role: 'qaEngineer', phone: '', email: '', active: true });
    await savePlantConfig(db, station, actor, 'escalation', { overdueWorkdays: 1, departmentManagers: {}, generalManagerId: deputy.id });
    expect(await recordDueEscalations(db, station, actor, new Date('2026-11-05T02:00:00Z'))).toBe(1);
    expect(((await db.complaints.get(c.id)) as EscalatedComplaint).escalations?.department?.toId).toBe(deputy.id);
    expect(await codes(savePlantConfig(db, station, actor, 'escalation', { overdueWorkdays: 0, departmentManagers: {}, generalManagerId: '' }))).not.toEqual([]);
  });

  it('refuses someone the people table does not know, before writing', async () => {
    const { db, station, c } = await plant();
    const before = await db.audit.count();
    expect(await codes(recordDueEscalations(db, station, { id: 'nobody', name: 'x' }, NOW))).toEqual(['auth.err.notAllowed']);
    expect(await codes(acknowledgeEscalation(db, station, { id: 'nobody', name: 'x' }, c.id, 'general', NOW))).toEqual(['auth.err.notAllowed']);
    expect(await db.audit.count()).toBe(before);
  });
});
