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

export async function loadDemoData(db: AppDB, station: Station, actor: Actor, count = 300, now = new Date()): Promise<number> {
  const plant = demoPlant(count, now.getTime());
  await seedDepartments(db, station, actor);
  await db.transaction('rw', demoTables(db), async () => {
    const departments = await db.departments.toArray();
    const departmentOf = (kind: string) => departments.find((d) => d.kind === kind && !d.deletedAt)?.id ?? departments[0]?.id ?? '';
    const people: Actor[] = [];
    for (const p of plant.people) {
      const saved = await savePerson(db, station, actor, { name: p.name, departmentId: departmentOf(p.departmentKind), role: p.role, phone: '', email: '', active: true });
      people.push({ id: saved.id, name: saved.name });
    }
    for (const plan of plant.cases) {
      // Recorded an hour after the call came in, by the person who took it.
      const recordedAt = new Date(Math.min(Date.parse(plan.input.receivedAt) + HOUR, now.getTime() - 120_000));
      const [c] = (await createComplaintsInTx(db, station, people[3] ?? actor, [plan.input], recordedAt)) as WorkflowComplaint[];
      if (c) await replayCase(db, station, people, c, plan, departmentOf, now);
    }
  });
  return count;
}
