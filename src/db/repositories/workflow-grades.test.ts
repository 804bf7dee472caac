import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { savePlantConfig } from './config';
import { createComplaint } from './complaints';
import { seedDepartments } from './org';
import { proposedDepartmentId, saveAssessment } from './workflow';
import type { Assessment } from '../../domain/workflow/assessment';
import { DEFAULT_DEADLINE_SETTINGS } from '../../domain/workflow/deadline-settings';

// Wednesday 2026-09-30 16:00 in Shanghai, the day before the National Day holiday.
const RECEIVED = '2026-09-30T08:00:00.000Z';
const NOW = new Date('2026-09-30T09:00:00.000Z');
const minor: Assessment = { genuineness: 'genuine', severity: 'cosmetic', urgency: 'normal', category: 'quality_packaging', grade: 'general' };
const serious: Assessment = { ...minor, severity: 'functional', urgency: 'high', grade: 'serious' };

async function graded() {
  const ctx = await freshDb();
  await seedDepartments(ctx.db, ctx.station, ctx.actor);
  const departments = await ctx.db.departments.toArray();
  await savePlantConfig(ctx.db, ctx.station, ctx.actor, 'deadlines', {
    ...DEFAULT_DEADLINE_SETTINGS,
    byGrade: { serious: { ackWorkdays: 1, containmentHours: 12, replyWorkdays: 3 } },
  });
  const input = { ...sampleComplaintInput(), receivedAt: RECEIVED };
  const c = await createComplaint(ctx.db, ctx.station, ctx.actor, input, NOW);
  const dept = proposedDepartmentId(departments, minor);
  return { ...ctx, c, dept };
}

describe('deadlines per grade in the workflow repository', () => {
  it('counts the case again when its grade changes, and back', async () => {
    const { db, station, actor, c, dept } = await graded();
    expect(c.receivedAt).toBe(RECEIVED);
    const general = await saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: dept, ownerId: '' }, NOW);
    expect(general.deadlines?.reply?.originalDue).toBe('2026-10-15T08:00:00.000Z');
    expect(general.deadlines?.containment).toBeUndefined();

    const up = await saveAssessment(db, station, actor, c.id, { assessment: serious, departmentId: dept, ownerId: '' }, NOW);
    expect(up.deadlines?.reply?.originalDue).toBe('2026-10-10T08:00:00.000Z');
    expect(up.deadlines?.containment?.originalDue).toBe('2026-09-30T20:00:00.000Z');
    expect(up.nextDueAt).toBe('2026-09-30T20:00:00.000Z');

    const down = await saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: dept, ownerId: '' }, NOW);
    expect(down.deadlines?.reply?.originalDue).toBe('2026-10-15T08:00:00.000Z');
    expect(down.deadlines?.containment?.endReason).toBe('notRequired');
  });
});
