/**
 * Escalation writes (see domain/workflow/escalation). Time alone makes a case
 * overdue, and no server watches the clock, so the escalations due are
 * recorded when someone logs in (recordDueEscalations): the rule is a pure
 * function of the case, the settings and the time, and the record is keyed by
 * level, so stations that record the same escalation converge. The person
 * escalated to acknowledges it; nobody else may.
 */
import type { AppDB } from '../app-db';
import { createWorkCalendar } from '../../domain/calendar/work-calendar';
import { toIsoInstant } from '../../domain/calendar/zone';
import { ValidationError } from '../../domain/common/validation-error';
import { DERIVED_FIELDS } from '../../domain/complaint/record';
import {
  awaitsAcknowledgement,
  escalationSteps,
  escalationTarget,
  newEscalations,
  ESCALATION_LEVELS,
  type Escalation,
  type EscalationLevel,
  type EscalationPerson,
  type EscalationSettings,
} from '../../domain/workflow/escalation';
import { OPEN_STATUSES } from '../../domain/workflow/statuses';
import { authorize } from './authorize';
import { getPlantConfig } from './config';
import type { Station } from './station';
import { deriveWorkflowComplaint } from './workflow';
import type { WorkflowComplaint } from './workflow-store';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';

export type EscalatedComplaint = WorkflowComplaint & { escalations?: Partial<Record<EscalationLevel, Escalation | null>> };

async function openCases(db: AppDB): Promise<EscalatedComplaint[]> {
  const rows = await db.complaints.where('status').anyOf([...OPEN_STATUSES]).toArray();
  return (rows as EscalatedComplaint[]).filter((c) => !c.deletedAt);
}

function pendingFor(c: EscalatedComplaint, at: string, zone: string, settings: EscalationSettings, people: EscalationPerson[], calendar: ReturnType<typeof createWorkCalendar>): Escalation[] {
  const steps = escalationSteps(
    { status: c.status, grade: c.assessment?.grade ?? c.grade ?? '', severity: c.assessment?.severity, nextDueAt: c.nextDueAt ?? '', zone: c.deadlineZone ?? zone },
    at,
    settings,
    calendar,
  );
  return newEscalations(steps, c.escalations ?? {}, (level) => escalationTarget(level, c.department ?? '', people, settings), at);
}

/** Cases written per transaction when recording escalations. */
const ESCALATION_BATCH = 200;

/** Records every escalation due now on the open cases; returns how many were recorded. */
export async function recordDueEscalations(db: AppDB, station: Station, actor: Actor, now = new Date()): Promise<number> {
  await authorize(db, actor, 'complaint.edit');
  const config = await getPlantConfig(db);
  const calendar = createWorkCalendar(config.calendarOverrides, config.holidayNotices);
  const people: EscalationPerson[] = (await db.people.toArray()).filter((p) => !p.deletedAt);
  const at = toIsoInstant(now.getTime());
  const pending = (c: EscalatedComplaint) => pendingFor(c, at, station.timeZone, config.escalation, people, calendar);
  const due = (await openCases(db)).filter((c) => pending(c).length > 0);
  let recorded = 0;
  // In batches: one transaction over thousands of cases (the first login after an upgrade) held the
  // complaints store and kept the tracking table's first page waiting behind it.
  for (let from = 0; from < due.length; from += ESCALATION_BATCH) {
    await db.transaction('rw', tablesForWrite(db, 'complaints'), async () => {
      for (const c of due.slice(from, from + ESCALATION_BATCH)) {
        await writeRecordInTx<EscalatedComplaint>(db, station, actor, {
          table: 'complaints',
          id: c.id,
          action: 'escalate',
          ignore: DERIVED_FIELDS,
          derive: deriveWorkflowComplaint,
          next: (row) => {
            if (!row) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
            // Read again inside the transaction: another write may have recorded a level meanwhile.
            const fresh = row.deletedAt ? [] : pending(row);
            recorded += fresh.length;
            return fresh.length === 0 ? row : { ...row, escalations: { ...(row.escalations ?? {}), ...Object.fromEntries(fresh.map((e) => [e.level, e])) } };
          },
        }, now.getTime());
      }
    });
  }
  return recorded;
}

/** The person escalated to confirms they have seen the case. */
export async function acknowledgeEscalation(db: AppDB, station: Station, actor: Actor, complaintId: string, level: EscalationLevel, now = new Date()): Promise<EscalatedComplaint> {
  await authorize(db, actor, 'complaint.edit');
  if (!ESCALATION_LEVELS.includes(level)) throw new ValidationError([{ path: 'level', code: 'escalation.notYours' }]);
  const at = toIsoInstant(now.getTime());
  return db.transaction('rw', tablesForWrite(db, 'complaints'), async () => {
    const { row } = await writeRecordInTx<EscalatedComplaint>(db, station, actor, {
      table: 'complaints',
      id: complaintId,
      action: 'escalationAck',
      ignore: DERIVED_FIELDS,
      derive: deriveWorkflowComplaint,
      next: (c) => {
        if (!c || c.deletedAt) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
        const e = c.escalations?.[level];
        if (e?.acknowledgedAt) throw new ValidationError([{ path: '', code: 'escalation.alreadyAcknowledged' }]);
        if (!awaitsAcknowledgement(e, actor.id)) throw new ValidationError([{ path: '', code: 'escalation.notYours' }]);
        return { ...c, escalations: { ...c.escalations, [level]: { ...e, acknowledgedAt: at, acknowledgedBy: actor.name } } };
      },
    }, now.getTime());
    return row;
  });
}

/** One line of a person's "needs my attention" list. */
export interface AttentionItem {
  complaintId: string;
  number: string;
  customer: string;
  status: string;
  escalation: Escalation;
}

/** Escalations waiting for this person's acknowledgement, oldest first. */
export async function attentionFor(db: AppDB, personId: string): Promise<AttentionItem[]> {
  if (!personId) return [];
  return (await openCases(db))
    .flatMap((c) => ESCALATION_LEVELS.flatMap((level) => {
      const e = c.escalations?.[level];
      return awaitsAcknowledgement(e, personId) ? [{ complaintId: c.id, number: c.number, customer: c.customer.name, status: c.status, escalation: e }] : [];
    }))
    .sort((a, b) => (a.escalation.at < b.escalation.at ? -1 : a.escalation.at > b.escalation.at ? 1 : a.number < b.number ? -1 : 1));
}
