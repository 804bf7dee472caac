/**
 * Escalation (升级): who above the owner must look at a case, and why. A
 * serious case goes to the owning department's manager, an urgent case (and
 * every safety hazard) on to the general manager; any case whose earliest open
 * deadline is more than `overdueWorkdays` working days past goes to the
 * department manager, more than twice that to the general manager. The chain
 * is owner → department manager → general manager, each named in settings or
 * else found by role; a missing link is skipped upwards.
 *
 * Escalations are stored on the complaint keyed by level, so two stations that
 * escalate the same case write the same keys and sync merges them.
 */
import { z } from 'zod';
import type { WorkCalendar } from '../calendar/work-calendar';
import { localDate, parseInstant } from '../calendar/zone';

export const ESCALATION_LEVELS = ['department', 'general'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_REASONS = ['grade', 'overdue'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const escalationSettingsSchema = z.object({
  /** A case this many working days past its earliest open deadline goes to the department manager; twice as many, to the general manager. */
  overdueWorkdays: z.number({ error: 'escalation.settingsInvalid' }).int({ error: 'escalation.settingsInvalid' })
    .min(1, { error: 'escalation.settingsInvalid' }).max(60, { error: 'escalation.settingsInvalid' }).default(2),
  /** Department id → person id of its manager; a department not listed: its active manager found by role. */
  departmentManagers: z.record(z.string().max(40), z.string().max(40)).default({}),
  /** Person id of the general manager; '' finds the active person with that role. */
  generalManagerId: z.string().max(40).default(''),
});
export type EscalationSettings = z.infer<typeof escalationSettingsSchema>;
export const DEFAULT_ESCALATION_SETTINGS: EscalationSettings = escalationSettingsSchema.parse({});

/** What the rule reads of a case. */
export interface EscalationFacts {
  status: string;
  /** '' before the case is graded. */
  grade: string;
  severity?: string | undefined;
  /** Earliest current due of the open deadlines (the row's nextDueAt); '' when none. */
  nextDueAt: string;
  zone: string;
}

export interface EscalationStep {
  level: EscalationLevel;
  reason: EscalationReason;
  /** Working days past the earliest open deadline, when that is the reason. */
  overdueWorkdays?: number;
}

const FINISHED = new Set(['closed', 'rejected']);

function gradeLevel(f: EscalationFacts): number {
  if (f.grade === 'urgent' || f.severity === 'safety') return 2;
  return f.grade === 'serious' ? 1 : 0;
}

/** Working days from the due date to today, both in the station's zone (0 before or on the due day). */
export function overdueWorkdays(nextDueAt: string, now: string, zone: string, calendar: WorkCalendar): number {
  const due = parseInstant(nextDueAt);
  const at = parseInstant(now);
  if (Number.isNaN(due) || Number.isNaN(at) || at <= due) return 0;
  return calendar.workdaysBetween(localDate(due, zone), localDate(at, zone));
}

/** Every level a case has reached now, lowest first, each with its reason (the grade wins where both apply). */
export function escalationSteps(f: EscalationFacts, now: string, settings: EscalationSettings, calendar: WorkCalendar): EscalationStep[] {
  if (FINISHED.has(f.status)) return [];
  const byGrade = gradeLevel(f);
  const late = f.nextDueAt ? overdueWorkdays(f.nextDueAt, now, f.zone, calendar) : 0;
  const byOverdue = late > 2 * settings.overdueWorkdays ? 2 : late > settings.overdueWorkdays ? 1 : 0;
  const top = Math.max(byGrade, byOverdue);
  return ESCALATION_LEVELS.slice(0, top).map((level, i): EscalationStep =>
    byGrade > i ? { level, reason: 'grade' } : { level, reason: 'overdue', overdueWorkdays: late },
  );
}

/** A person as the chain looks them up. */
export interface EscalationPerson {
  id: string;
  role: string;
  departmentId: string;
  active: boolean;
}

const DEPARTMENT_MANAGER_ROLES = ['qaManager', 'marketingManager'];

function firstActive(people: readonly EscalationPerson[], match: (p: EscalationPerson) => boolean): string | undefined {
  return [...people].sort((a, b) => (a.id < b.id ? -1 : 1)).find((p) => p.active && match(p))?.id;
}

/** Who a level goes to for a case of this department, or undefined when the plant has nobody for it. */
export function escalationTarget(level: EscalationLevel, departmentId: string, people: readonly EscalationPerson[], settings: EscalationSettings): string | undefined {
  const active = (id: string | undefined) => (id && people.some((p) => p.id === id && p.active) ? id : undefined);
  const general = active(settings.generalManagerId) ?? firstActive(people, (p) => p.role === 'generalManager');
  if (level === 'general') return general;
  const named = active(departmentId ? settings.departmentManagers[departmentId] : undefined);
  const byRole = departmentId ? firstActive(people, (p) => p.departmentId === departmentId && DEPARTMENT_MANAGER_ROLES.includes(p.role)) : undefined;
  return named ?? byRole ?? general;
}

/** One escalation as stored on the complaint (under `escalations.<level>`). */
export interface Escalation {
  level: EscalationLevel;
  reason: EscalationReason;
  toId: string;
  at: string;
  overdueWorkdays?: number;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
}

/** The steps not yet recorded on the case, each with the person it goes to (steps nobody can take are left out). */
export function newEscalations(
  steps: readonly EscalationStep[],
  recorded: Readonly<Partial<Record<string, Escalation | null>>>,
  target: (level: EscalationLevel) => string | undefined,
  at: string,
): Escalation[] {
  return steps.flatMap((s) => {
    if (recorded[s.level]) return [];
    const toId = target(s.level);
    return toId ? [{ level: s.level, reason: s.reason, toId, at, ...(s.overdueWorkdays !== undefined && { overdueWorkdays: s.overdueWorkdays }) }] : [];
  });
}

/** Whether this escalation waits for this person's acknowledgement. */
export function awaitsAcknowledgement(e: Escalation | null | undefined, personId: string): e is Escalation {
  return !!e && e.toId === personId && !e.acknowledgedAt;
}
