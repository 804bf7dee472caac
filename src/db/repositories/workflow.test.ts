import { ACTIONS, DEFAULT_PERMISSIONS } from '../../domain/auth/permissions';
import { savePlantConfig } from './config';
import { countLogSince } from '../change-log';
import { withAccounts } from '../test-support/accounts';
import { verifyAll } from './signing';
import { closureStatement, type Closure } from '../../domain/auth/closure';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { createComplaint } from './complaints';
import { savePerson, seedDepartments } from './org';
import { computeDeadlines, proposedDepartmentId, recordFollowUp, recordSlip, saveAssessment, transitionComplaint } from './workflow';
import { chainOf, eventsOf, storedDeadlines, type WorkflowComplaint } from './workflow-store';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import { ValidationError } from '../../domain/common/validation-error';
import type { Assessment } from '../../domain/workflow/assessment';
import type { AppDB, SyncedRow } from '../app-db';
import { sampleEightD } from '../../domain/eightd/sample';

// Friday 2026-09-25 10:00 in Shanghai: Mid-Autumn Festival, the week before National Day.
const RECEIVED = '2026-09-25T02:00:00.000Z';
const NOW = new Date('2026-09-25T03:00:00.000Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

const safety: Assessment = { genuineness: 'genuine', severity: 'safety', urgency: 'critical', category: 'quality_material', grade: 'urgent' };
const minor: Assessment = { genuineness: 'genuine', severity: 'cosmetic', urgency: 'normal', category: 'delivery', grade: 'general' };

async function setupCase() {
  const ctx = await freshDb();
  await seedDepartments(ctx.db, ctx.station, ctx.actor);
  const departments = await ctx.db.departments.toArray();
  const input = emptyComplaintInput(RECEIVED, '王客服');
  input.customer.name = '华东精密';
  input.customer.phone = '13812345678';
  input.product.name = '液压泵';
  input.details.symptom = '漏油';
  input.demand.kinds = ['replace'];
  const c = await createComplaint(ctx.db, ctx.station, ctx.actor, input, NOW);
  return { ...ctx, c, departments };
}

/** Assessed with an owner and an 8D whose D4/D5 are complete: what the reply needs. */
async function readyToReply(ctx: Awaited<ReturnType<typeof setupCase>>) {
  const { db, station, actor, c, departments } = ctx;
  const owner = await savePerson(db, station, actor, { name: '赵工', departmentId: departments[0]!.id, role: 'qaEngineer', phone: '', email: '', active: true });
  await saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: proposedDepartmentId(departments, minor), ownerId: owner.id }, NOW);
  for (const to of ['acknowledged', 'investigating', 'eightD'] as const) await transitionComplaint(db, station, actor, c.id, { to }, later(1));
  await db.eightD.put({ ...sampleEightD(c.id), id: 'e1' } as unknown as SyncedRow);
}

const reply = (hours: number) => ({ content: '8D 报告已邮件发送', method: 'email' as const, sentAt: later(hours).toISOString() });

async function counts(db: AppDB) {
  return { changes: await countLogSince(db.changes, 0), audit: await db.audit.count() };
}

async function refusal(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.code);
}

describe('workflow repository', () => {
  it('assesses a safety hazard: urgent grade, quality department, a 24 h containment deadline counted from receipt', async () => {
    const { db, station, actor, c, departments } = await setupCase();
    const dept = proposedDepartmentId(departments, safety);
    expect(departments.find((d) => d.id === dept)?.kind).toBe('quality');
    const row = await saveAssessment(db, station, actor, c.id, { assessment: safety, departmentId: dept, ownerId: '' }, NOW);
    expect(row).toMatchObject({ grade: 'urgent', category: 'quality_material', department: dept });
    expect(row.deadlines?.containment?.originalDue).toBe('2026-09-26T02:00:00.000Z');
    // Received on a holiday: one working day is Monday 28th, to the end of that day.
    expect(row.deadlines?.acknowledge?.originalDue).toBe('2026-09-28T15:59:59.999Z');
    expect(row.nextDueAt).toBe('2026-09-26T02:00:00.000Z');
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.at(-1)?.action).toBe('assess');
    expect(verifyAuditChain(audit).ok).toBe(true);
  });

  it('refuses a safety hazard that is not urgent, an unknown department, and writes nothing', async () => {
    const { db, station, actor, c, departments } = await setupCase();
    const before = await counts(db);
    const codes = await refusal(saveAssessment(db, station, actor, c.id, { assessment: { ...safety, grade: 'general' }, departmentId: departments[0]!.id, ownerId: '' }, NOW));
    expect(codes).toContain('assessment.safetyRequiresUrgentGrade');
    expect(await refusal(saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: 'nope', ownerId: '' }, NOW))).toEqual(['workflow.errors.departmentRequired']);
    expect(await counts(db)).toEqual(before);
  });

  it('walks new → eightD, refuses replied without the 8D D4/D5 and writes nothing', async () => {
    const { db, station, actor, c, departments } = await setupCase();
    await saveAssessment(db, station, actor, c.id, { assessment: minor, departmentId: proposedDepartmentId(departments, minor), ownerId: '' }, NOW);
    for (const to of ['acknowledged', 'investigating', 'eightD'] as const) await transitionComplaint(db, station, actor, c.id, { to }, later(1));
    const row = (await db.complaints.get(c.id)) as WorkflowComplaint;
    expect(row.status).toBe('eightD');
    expect(row.deadlines?.acknowledge?.completedAt).toBe(later(1).toISOString());
    expect(eventsOf(row).map((e) => e.to)).toEqual(['acknowledged', 'investigating', 'eightD']);
    expect(row.nextDueAt).toBe(row.deadlines?.reply?.originalDue);
    const before = await counts(db);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: reply(2) }, later(2)))).toEqual(['transition.ownerRequired', 'transition.eightDMissing']);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'closed' }, later(2)))).toEqual(['transition.notAllowed']);
    expect(await counts(db)).toEqual(before);
  });

  it('replies once the 8D has D4 and D5, then an unsatisfied follow-up reopens with a new reply deadline', async () => {
    const ctx = await setupCase();
    const { db, station, actor, c } = ctx;
    await readyToReply(ctx);
    const replied = await transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: reply(2) }, later(2));
    expect(eventsOf(replied).at(-1)?.reply).toEqual(reply(2));
    const row = await recordFollowUp(db, station, actor, c.id, { method: 'phone', satisfaction: 2, comment: '仍漏油' }, later(48));
    expect(row.status).toBe('reopened');
    expect(eventsOf(row).slice(-2).map((e) => e.to)).toEqual(['followUp', 'reopened']);
    expect(row.deadlines?.reply?.endReason).toBe('restarted');
    expect(row.deadlines?.['reply-2']?.startedAt).toBe(later(48).toISOString());
    expect(row.nextDueAt).toBe(row.deadlines?.['reply-2']?.originalDue);
    expect((await db.audit.orderBy('seq').last())?.action).toBe('followUp');
  });

  it('closes after a satisfied follow-up; a non-manager cannot close an unsatisfied case', async () => {
    const ctx = await setupCase();
    const { db, station, actor, c, departments } = ctx;
    await readyToReply(ctx);
    await transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: reply(2) }, later(2));
    await transitionComplaint(db, station, actor, c.id, { to: 'followUp' }, later(3));
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'closed', note: '完成' }, later(3)))).toEqual(['transition.followUpRequired']);
    const manager = await savePerson(db, station, actor, { name: '李经理', departmentId: departments[1]!.id, role: 'generalManager', phone: '', email: '', active: true });
    const boss = { id: manager.id, name: manager.name };
    expect(await refusal(transitionComplaint(db, station, boss, c.id, { to: 'closed' }, later(3)))).toEqual(['auth.err.notAllowed']);
    await savePlantConfig(db, station, actor, 'permissions', { qaManager: [...ACTIONS], generalManager: [...DEFAULT_PERMISSIONS.generalManager, 'case.close'] });
    expect(await refusal(transitionComplaint(db, station, boss, c.id, { to: 'closed' }, later(3)))).toEqual(['transition.managerReasonRequired']);
    await recordFollowUp(db, station, actor, c.id, { method: 'onSite', satisfaction: 5, comment: '' }, later(4));
    const { signerFor } = await withAccounts(db, station);
    const mine = await signerFor(actor.id, 'qaManager');
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'closed', signer: mine }, later(5)))).toEqual(['transition.closingNoteRequired']);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'closed', note: '客户确认不再漏油' }, later(5)))).toEqual(['auth.err.signatureRequired']);
    const closed = await transitionComplaint(db, station, actor, c.id, { to: 'closed', note: '客户确认不再漏油', signer: mine }, later(5));
    const closure = Object.values(closed.closures as Record<string, Closure>)[0]!;
    expect(closure).toMatchObject({ signerId: actor.id, role: 'qaManager', keyId: mine.keyId, note: '客户确认不再漏油' });
    expect(await verifyAll(db, [{ statement: closureStatement(c.id, closure), proof: { keyId: closure.keyId, sig: closure.sig } }])).toEqual([{ state: 'valid' }]);
    expect(closed.status).toBe('closed');
    expect(closed.nextDueAt).toBe('');
    expect(storedDeadlines(closed).every((d) => d.completedAt || d.endedAt)).toBe(true);
    const before = await counts(db);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'reopened', note: ' ' }, later(6)))).toEqual(['transition.reopenReasonRequired']);
    expect(await counts(db)).toEqual(before);
    const reopened = await transitionComplaint(db, station, actor, c.id, { to: 'reopened', note: '客户再次来电：复发' }, later(6));
    expect(reopened.status).toBe('reopened');
    expect(reopened.nextDueAt).toBe(reopened.deadlines?.['reply-2']?.originalDue);
  });

  it('names what the 8D lacks when the reply is refused, and writes nothing', async () => {
    const ctx = await setupCase();
    const { db, station, actor, c } = ctx;
    await readyToReply(ctx);
    const r = sampleEightD(c.id);
    const escape = Object.values(r.d4.causes).find((x) => x?.kind === 'escape')!;
    escape.status = 'hypothesis';
    await db.eightD.put({ ...r, id: 'e1', d4Done: false } as unknown as SyncedRow);
    const before = await counts(db);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: reply(2) }, later(2)))).toEqual(['transition.d4EscapeUnverified|2']);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'replied', reply: { ...reply(2), content: '' } }, later(2)))).toContain('transition.replyContentRequired');
    expect(await counts(db)).toEqual(before);
  });

  it('rejects with a reason, refuses a rejection without one', async () => {
    const { db, station, actor, c } = await setupCase();
    const before = await counts(db);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'rejected' }, NOW))).toEqual(['transition.rejectionReasonRequired']);
    expect(await refusal(transitionComplaint(db, station, actor, c.id, { to: 'rejected', rejectionReason: 'other', note: ' ' }, NOW))).toEqual(['transition.rejectionNoteRequired']);
    expect(await counts(db)).toEqual(before);
    const row = await transitionComplaint(db, station, actor, c.id, { to: 'rejected', rejectionReason: 'misuse', note: '超压使用' }, NOW);
    expect(row.status).toBe('rejected');
    expect(eventsOf(row)[0]).toMatchObject({ rejectionReason: 'misuse', note: '超压使用', by: { name: '张工' } });
    expect(row.nextDueAt).toBe('');
  });

  it('records a slip keeping the original date; refuses one before receipt or without a reason', async () => {
    const { db, station, actor, c } = await setupCase();
    const before = await counts(db);
    expect(await refusal(recordSlip(db, station, actor, c.id, { key: 'reply', due: '2026-09-20T02:00:00.000Z', reason: '等待检测', customerInformed: true }, NOW))).toEqual(['deadline.slipBeforeReceipt']);
    expect(await refusal(recordSlip(db, station, actor, c.id, { key: 'reply', due: '2026-10-20T02:00:00.000Z', reason: '  ', customerInformed: true }, NOW))).toEqual(['deadline.slipReasonRequired']);
    expect(await refusal(computeDeadlines(db, station, actor, c.id, NOW))).toEqual(['workflow.errors.deadlinesExist']);
    expect(await counts(db)).toEqual(before);
    const row = await recordSlip(db, station, actor, c.id, { key: 'reply', due: '2026-10-20T02:00:00.000Z', reason: '等待第三方检测', customerInformed: true }, NOW);
    const reply = chainOf(row)?.deadlines.find((d) => d.kind === 'reply');
    // 7 working days counted from Monday 28 Sep across the National Day holiday.
    expect(reply?.originalDue).toBe('2026-10-12T15:59:59.999Z');
    expect(reply?.slips).toMatchObject([{ due: '2026-10-20T02:00:00.000Z', reason: '等待第三方检测', customerInformed: true }]);
    expect((await db.audit.orderBy('seq').last())?.action).toBe('slip');
  });
});
