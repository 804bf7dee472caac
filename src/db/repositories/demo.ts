/**
 * Loads the demo plant (domain/demo/demo-plant.ts) through the repositories, so
 * every demo record is stamped, audited and checked by the status machine like
 * a real one: people, complaints, then each case's assessment, steps, slipped
 * deadline, follow-up and 8D, each at the time the plan says. One outer
 * transaction holds every write (the repositories' own transactions nest in
 * it): all or nothing, and fast.
 */
import type { AppDB } from '../app-db';
import { demoPlant, type DemoCase } from '../../domain/demo/demo-plant';
import { demoEightD } from '../../domain/demo/demo-eightd';
import type { EightD } from '../../domain/eightd/schema';
import { createComplaintsInTx } from './complaints';
import { savePerson, seedDepartments } from './org';
import { recordFollowUp, recordSlip, saveAssessment, transitionComplaint } from './workflow';
import { storedDeadlines, type WorkflowComplaint } from './workflow-store';
import { writeRecordInTx, type Actor } from './write-record';
import { approveReturn, createReturn, decideReturnClaim, recordDisposition, recordJudgement, recordReceipt } from './returns';
import type { RequestStatus } from '../../domain/returns';
import type { Station } from './station';

const HOUR = 3_600_000;

function demoTables(db: AppDB) {
  return [db.complaints, db.eightD, db.people, db.departments, db.config, db.changes, db.audit, db.settings, db.attachments];
}

async function writeEightD(db: AppDB, station: Station, actor: Actor, row: EightD, at: Date): Promise<void> {
  await writeRecordInTx<EightD>(db, station, actor, { table: 'eightD', id: row.id, action: 'eightd.open', ignore: new Set(), next: () => row }, at.getTime());
}

/** Replays one case's plan; times are capped just before `now` so nothing is recorded in the future. */
async function replayCase(db: AppDB, station: Station, people: Actor[], complaint: WorkflowComplaint, plan: DemoCase, departmentOf: (kind: string) => string, now: Date): Promise<void> {
  const received = Date.parse(complaint.receivedAt);
  const at = (hours: number) => new Date(Math.min(received + hours * HOUR, now.getTime() - 60_000));
  const owner = people[plan.owner] ?? people[0]!;
  const qa = owner;
  if (plan.assessment) {
    const kind = plan.assessment.category.startsWith('quality') ? 'quality' : 'marketing';
    await saveAssessment(db, station, qa, complaint.id, { assessment: plan.assessment, departmentId: departmentOf(kind), ownerId: owner.id }, at(4));
  }
  for (const step of plan.steps) {
    if (step.to === 'eightD' && plan.eightD) await writeEightD(db, station, qa, demoEightD(complaint.id, plan.eightD, at(step.afterHours).toISOString(), qa.name), at(step.afterHours));
    if (step.to === 'closed' && plan.followUp) {
      await recordFollowUp(db, station, qa, complaint.id, { method: plan.followUp.method, satisfaction: plan.followUp.satisfaction, comment: plan.followUp.comment }, at(plan.followUp.afterHours));
    }
    if (step.to === 'eightD' && plan.slip) {
      const row = (await db.complaints.get(complaint.id)) as WorkflowComplaint;
      const reply = storedDeadlines(row).find((d) => d.key === 'reply');
      if (reply) {
        const due = new Date(Date.parse(reply.originalDue) + plan.slip.extraWorkdays * 24 * HOUR).toISOString();
        await recordSlip(db, station, qa, complaint.id, { key: 'reply', due, reason: plan.slip.reason, customerInformed: plan.slip.customerInformed }, at(step.afterHours));
      }
    }
    const when = at(step.afterHours);
    await transitionComplaint(db, station, qa, complaint.id, {
      to: step.to,
      ...(step.note && { note: step.note }),
      ...(step.rejectionReason && { rejectionReason: step.rejectionReason }),
      ...(step.reply && { reply: { ...step.reply, sentAt: when.toISOString() } }),
    }, when);
  }
  // A follow-up that does not close: the case waits in follow-up, or the customer's dissatisfaction reopens it.
  if (plan.followUp && !plan.steps.some((s) => s.to === 'closed')) {
    await recordFollowUp(db, station, qa, complaint.id, { method: plan.followUp.method, satisfaction: plan.followUp.satisfaction, comment: plan.followUp.comment }, at(plan.followUp.afterHours));
  }
}

const STAGE_ORDER: RequestStatus[] = ['pendingApproval', 'approved', 'received', 'judged', 'closed'];

/**
 * A case's return, walked to its planned stage. Outside the workflow transaction:
 * a return's request hash is computed with WebCrypto, which must not run inside one.
 * 'draft' is not reached: the repository submits a request as it records it.
 */
async function replayReturn(db: AppDB, station: Station, people: Actor[], complaint: WorkflowComplaint, stage: RequestStatus, now: Date): Promise<void> {
  if (stage === 'draft') return;
  const clerk = people[5] ?? people[0]!;
  const manager = people[4] ?? people[0]!;
  const at = (hours: number) => new Date(Math.min(Date.parse(complaint.receivedAt) + hours * HOUR, now.getTime() - 30_000));
  const qty = 10;
  const r = await createReturn(db, station, people[3] ?? clerk, {
    complaintId: complaint.id,
    customer: { name: complaint.customer.name, contact: complaint.customer.contactPerson, phone: complaint.customer.phone },
    orderNo: complaint.product.orderNo,
    returnType: 'defectiveInUse',
    freightPaidBy: 'us',
    // ¥1,500.00: above the marketing manager's threshold, so the return is signed.
    lines: [{ id: 'L1', productNo: complaint.product.model || complaint.product.name, reason: complaint.details.symptom.slice(0, 100), qtyShipped: complaint.product.shippedQty ?? qty, qtyRequested: qty, unitPriceFen: 15_000 }],
  }, at(30));
  if (stage === 'refused') {
    await decideReturnClaim(db, station, manager, r.id, { kind: 'refuse', reason: 'pastShelfLife', note: '产品已超过保质期' }, at(31));
    return;
  }
  await decideReturnClaim(db, station, manager, r.id, { kind: 'accept' }, at(31));
  const reached = STAGE_ORDER.indexOf(stage);
  if (reached < 1) return;
  await approveReturn(db, station, manager, r.id, { personId: manager.id, role: 'marketingManager', meaning: 'approved', comment: '同意退货' }, at(32));
  if (reached < 2) return;
  const counted = qty - 1;
  await recordReceipt(db, station, clerk, r.id, {
    receivedAt: at(60).toISOString(), receivedBy: clerk.name, packageCondition: 'intact', outcome: 'partial', overReceiptConfirmed: false, note: '少到 1 件',
    lines: [{ lineId: 'L1', countedQty: counted, location: 'A-01', isolationTag: 'isolated' }],
  }, at(60));
  if (reached < 3) return;
  const qa = people[0] ?? clerk;
  await recordJudgement(db, station, qa, r.id, {
    judgedAt: at(70).toISOString(), judgedBy: qa.name,
    lines: [{ lineId: 'L1', inspectedQty: counted, conformingQty: 1, nonconformingQty: counted - 1, defectFound: complaint.details.symptom.slice(0, 100), responsibility: 'production', eightDRequired: true }],
  }, at(70));
  if (reached < 4) return;
  await recordDisposition(db, station, qa, r.id, { lines: [{ lineId: 'L1', actions: [{ kind: 'scrap', qty: counted - 1 }, { kind: 'returnToCustomer', qty: 1 }] }] }, at(80));
}

export async function loadDemoData(db: AppDB, station: Station, actor: Actor, count = 300, now = new Date()): Promise<number> {
  const plant = demoPlant(count, now.getTime());
  await seedDepartments(db, station, actor);
  const people: Actor[] = [];
  const withReturns: [WorkflowComplaint, RequestStatus][] = [];
  await db.transaction('rw', demoTables(db), async () => {
    const departments = await db.departments.toArray();
    const departmentOf = (kind: string) => departments.find((d) => d.kind === kind && !d.deletedAt)?.id ?? departments[0]?.id ?? '';
    for (const p of plant.people) {
      const saved = await savePerson(db, station, actor, { name: p.name, departmentId: departmentOf(p.departmentKind), role: p.role, phone: '', email: '', active: true });
      people.push({ id: saved.id, name: saved.name });
    }
    for (const plan of plant.cases) {
      // Recorded an hour after the call came in, by the person who took it.
      const recordedAt = new Date(Math.min(Date.parse(plan.input.receivedAt) + HOUR, now.getTime() - 120_000));
      const [c] = (await createComplaintsInTx(db, station, people[3] ?? actor, [plan.input], recordedAt)) as WorkflowComplaint[];
      if (c) await replayCase(db, station, people, c, plan, departmentOf, now);
      if (c && plan.returnStage) withReturns.push([c, plan.returnStage]);
    }
  });
  for (const [c, stage] of withReturns) await replayReturn(db, station, people, c, stage, now);
  return count;
}
