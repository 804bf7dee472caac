import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { createComplaint } from '../repositories/complaints';
import { savePerson, seedDepartments } from '../repositories/org';
import { saveAssessment, transitionComplaint } from '../repositories/workflow';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import { countOverdue, countRows, loadPage, type TableQuery } from './complaint-table';

const DAY = 86_400_000;
const T0 = new Date('2026-11-24T02:00:00.000Z');

async function seeded() {
  const ctx = await freshDb();
  await seedDepartments(ctx.db, ctx.station, ctx.actor);
  const dept = (await ctx.db.departments.toArray())[0]!;
  const owner = await savePerson(ctx.db, ctx.station, ctx.actor, { name: '赵工', departmentId: dept.id, role: 'qaEngineer', phone: '', email: '', active: true });
  const make = async (name: string, at: Date) => {
    const input = emptyComplaintInput(at.toISOString(), '王客服');
    input.customer.name = name;
    input.product.name = '液压泵';
    input.details.symptom = '漏油';
    input.demand.kinds = ['replace'];
    return createComplaint(ctx.db, ctx.station, ctx.actor, input, at);
  };
  await make('逾期客户', T0);
  const rejected = await make('已拒绝客户', T0);
  await transitionComplaint(ctx.db, ctx.station, ctx.actor, rejected.id, { to: 'rejected', rejectionReason: 'misuse' }, T0);
  const fresh = await make('新客户', new Date(T0.getTime() + 2 * DAY));
  await saveAssessment(ctx.db, ctx.station, ctx.actor, fresh.id, {
    assessment: { genuineness: 'genuine', severity: 'cosmetic', urgency: 'normal', category: 'delivery', grade: 'general' },
    departmentId: dept.id,
    ownerId: owner.id,
  }, new Date(T0.getTime() + 2 * DAY));
  // Nobody touched it: its chain was recorded with it, so it falls overdue like the others.
  await make('未受理客户', T0);
  return { ...ctx, owner };
}

describe('workflow views of the tracking table', () => {
  it('counts and lists only open cases whose earliest open deadline has passed, untouched ones included', async () => {
    const { db } = await seeded();
    const now = new Date(T0.getTime() + 2 * DAY + 3_600_000).toISOString();
    expect(await countOverdue(db, now)).toBe(2);
    const q: TableQuery = { filter: { overdueAt: now }, sort: 'nextDue', descending: false };
    expect(await countRows(db, q)).toBe(2);
    expect((await loadPage(db, q, 0, 50)).rows.map((r) => r.customer).sort()).toEqual(['未受理客户', '逾期客户'].sort());
    // Before any deadline passes, nothing is overdue.
    expect(await countOverdue(db, T0.toISOString())).toBe(0);
  });

  it('lists the cases a person owns', async () => {
    const { db, owner } = await seeded();
    const q: TableQuery = { filter: { ownerId: owner.id }, sort: 'receivedAt', descending: true };
    expect((await loadPage(db, q, 0, 50)).rows.map((r) => r.customer)).toEqual(['新客户']);
    expect(await countRows(db, { filter: {}, sort: 'nextDue', descending: false })).toBe(4);
  });
});
