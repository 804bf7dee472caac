/**
 * The deadline chain of one complaint: acknowledge, containment, reply (8D),
 * close. Owns the stored shape, so read this before changing it.
 *
 * - Due rules are in ./due.ts (working-day rule, station zone).
 * - A deadline that cannot be met gets a slip: a new due instant with the
 *   reason and whether the customer was told. The original due and every slip
 *   are kept, in order; the current due is the last slip's, so the tracking
 *   table can show how often and why a case slipped.
 * - Reopening a case does not rewrite history: the active reply (and close)
 *   deadline is ended ('restarted') and a new cycle starts from the reopen
 *   instant.
 * - Instants are ISO strings; what we write is UTC ('…Z').
 */
import { z } from 'zod';
import type { WorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_ZONE, localDate, parseInstant, toIsoInstant, zoneSchema } from '../calendar/zone';
import type { WorkflowCode } from './codes';
import type { DeadlineLengths } from './deadline-settings';
import { hoursDueMs, workdayDueMs } from './due';

export const DEADLINE_KINDS = ['acknowledge', 'containment', 'reply', 'close'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_END_REASONS = ['restarted', 'notRequired', 'stopped'] as const;
export type DeadlineEndReason = (typeof DEADLINE_END_REASONS)[number];

export const DEADLINE_STATES = ['done', 'ok', 'dueToday', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

const instant = z.string().refine((s) => !Number.isNaN(parseInstant(s)), { error: 'deadline.invalidInstant' });

export const deadlineSlipSchema = z.object({
  due: instant,
  reason: z.string().trim().min(1, { error: 'deadline.slipReasonRequired' }).max(2000),
  customerInformed: z.boolean(),
  /** When the slip was recorded, and by whom. */
  at: instant,
  by: z.string().trim().min(1, { error: 'deadline.slipByRequired' }),
});
export type DeadlineSlip = z.infer<typeof deadlineSlipSchema>;

export const deadlineSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  /** 1 for the deadlines set at receipt; +1 each time a reopen restarts this kind. */
  cycle: z.number().int().min(1),
  /** The instant the allowance is counted from. */
  startedAt: instant,
  originalDue: instant,
  slips: z.array(deadlineSlipSchema),
  completedAt: instant.optional(),
  endedAt: instant.optional(),
  endReason: z.enum(DEADLINE_END_REASONS).optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const deadlineChainSchema = z.object({
  receivedAt: instant,
  zone: zoneSchema,
  deadlines: z.array(deadlineSchema),
});
export type DeadlineChain = z.infer<typeof deadlineChainSchema>;

export interface DeadlineChainInput {
  receivedAt: string;
  zone?: string;
  /** From the assessment: urgent/serious grade or a safety hazard (see needsContainment). */
  containment: boolean;
}

function must(iso: string): number {
  const ms = parseInstant(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${iso}`);
  return ms;
}

function dueFor(
  kind: DeadlineKind,
  startMs: number,
  zone: string,
  settings: DeadlineLengths,
  calendar: WorkCalendar,
): number | undefined {
  switch (kind) {
    case 'acknowledge':
      return workdayDueMs(startMs, settings.ackWorkdays, zone, calendar);
    case 'containment':
      return hoursDueMs(startMs, settings.containmentHours);
    case 'reply':
      return workdayDueMs(startMs, settings.replyWorkdays, zone, calendar);
    case 'close':
      return settings.closeWorkdays === undefined
        ? undefined
        : workdayDueMs(startMs, settings.closeWorkdays, zone, calendar);
  }
}

function newDeadline(
  kind: DeadlineKind,
  cycle: number,
  startMs: number,
  zone: string,
  settings: DeadlineLengths,
  calendar: WorkCalendar,
): Deadline | undefined {
  const due = dueFor(kind, startMs, zone, settings, calendar);
  if (due === undefined) return undefined;
  return { kind, cycle, startedAt: toIsoInstant(startMs), originalDue: toIsoInstant(due), slips: [] };
}

/** The deadlines set at receipt. */
export function computeDeadlineChain(
  input: DeadlineChainInput,
  settings: DeadlineLengths,
  calendar: WorkCalendar,
): DeadlineChain {
  const zone = input.zone ?? DEFAULT_ZONE;
  const start = must(input.receivedAt);
  const kinds: DeadlineKind[] = input.containment
    ? ['acknowledge', 'containment', 'reply', 'close']
    : ['acknowledge', 'reply', 'close'];
  const deadlines = kinds.flatMap((k) => newDeadline(k, 1, start, zone, settings, calendar) ?? []);
  return { receivedAt: toIsoInstant(start), zone, deadlines };
}

export function currentDue(deadline: Deadline): string {
  return deadline.slips.at(-1)?.due ?? deadline.originalDue;
}

/** The deadline of a kind that still counts (not ended by a restart or a stop), if any. */
export function activeDeadline(chain: DeadlineChain, kind: DeadlineKind): Deadline | undefined {
  return chain.deadlines.findLast((d) => d.kind === kind && d.endedAt === undefined);
}

export interface SlipRequest {
  due: string;
  reason: string;
  customerInformed: boolean;
  at: string;
  by: string;
}

export type SlipResult = { ok: true; chain: DeadlineChain } | { ok: false; errors: WorkflowCode[] };

/**
 * Records a new due date. Refused when the reason or recorder is empty, or the
 * new date is before the instant the deadline counts from (the receipt, or the
 * reopen for a restarted cycle): such a date cannot have been promised.
 */
export function slipDeadline(chain: DeadlineChain, kind: DeadlineKind, slip: SlipRequest): SlipResult {
  const errors: WorkflowCode[] = [];
  const target = activeDeadline(chain, kind);
  if (!target) errors.push('deadline.notInChain');
  const due = parseInstant(slip.due);
  if (Number.isNaN(due) || Number.isNaN(parseInstant(slip.at))) errors.push('deadline.invalidInstant');
  else if (due < must(target?.startedAt ?? chain.receivedAt)) errors.push('deadline.slipBeforeReceipt');
  if (slip.reason.trim() === '') errors.push('deadline.slipReasonRequired');
  if (slip.by.trim() === '') errors.push('deadline.slipByRequired');
  if (errors.length > 0 || !target) return { ok: false, errors };
  const recorded: DeadlineSlip = {
    due: toIsoInstant(due),
    reason: slip.reason.trim(),
    customerInformed: slip.customerInformed,
    at: toIsoInstant(must(slip.at)),
    by: slip.by.trim(),
  };
  return {
    ok: true,
    chain: {
      ...chain,
      deadlines: chain.deadlines.map((d) => (d === target ? { ...d, slips: [...d.slips, recorded] } : d)),
    },
  };
}

/**
 * 'done' once completed; 'overdue' after the due instant; 'dueToday' when the
 * due instant falls on today's local date in the station zone; else 'ok'.
 */
export function deadlineState(due: string, now: string, zone: string, completedAt?: string): DeadlineState {
  if (completedAt !== undefined) return 'done';
  const dueMs = must(due);
  const nowMs = must(now);
  if (nowMs > dueMs) return 'overdue';
  return localDate(nowMs, zone) === localDate(dueMs, zone) ? 'dueToday' : 'ok';
}

export interface UpcomingDeadline {
  kind: DeadlineKind;
  due: string;
  state: DeadlineState;
}

/**
 * The most pressing open deadline: earliest current due among active,
 * uncompleted deadlines. `completed` adds kinds the caller knows are done
 * (e.g. from the status) on top of those with completedAt in the chain.
 */
export function nextDeadline(
  chain: DeadlineChain,
  completed: Iterable<DeadlineKind>,
  now: string,
): UpcomingDeadline | undefined {
  const done = new Set(completed);
  const open = chain.deadlines
    .filter((d) => d.endedAt === undefined && d.completedAt === undefined && !done.has(d.kind))
    .map((d) => ({ kind: d.kind, due: currentDue(d) }))
    .sort((a, b) => must(a.due) - must(b.due));
  const first = open[0];
  return first && { ...first, state: deadlineState(first.due, now, chain.zone) };
}

/** Whether a completed deadline was met; against the slipped date by default, or the original one. */
export function completedOnTime(deadline: Deadline, basis: 'current' | 'original' = 'current'): boolean | undefined {
  if (deadline.completedAt === undefined) return undefined;
  const due = basis === 'current' ? currentDue(deadline) : deadline.originalDue;
  return must(deadline.completedAt) <= must(due);
}

/** What a status transition does to the deadlines (see status-machine.ts). */
export interface DeadlineEffect {
  complete: readonly DeadlineKind[];
  restart: readonly DeadlineKind[];
  /** The case is finished (closed or rejected): every open deadline ends. */
  stop: boolean;
}

export const NO_DEADLINE_EFFECT: DeadlineEffect = { complete: [], restart: [], stop: false };

export function applyDeadlineEffect(
  chain: DeadlineChain,
  effect: DeadlineEffect,
  at: string,
  settings: DeadlineLengths,
  calendar: WorkCalendar,
): DeadlineChain {
  const atMs = must(at);
  const when = toIsoInstant(atMs);
  const isOpen = (d: Deadline) => d.endedAt === undefined && d.completedAt === undefined;
  let deadlines = chain.deadlines.map((d) => (isOpen(d) && effect.complete.includes(d.kind) ? { ...d, completedAt: when } : d));
  for (const kind of effect.restart) {
    const cycle = Math.max(0, ...deadlines.filter((d) => d.kind === kind).map((d) => d.cycle)) + 1;
    const fresh = newDeadline(kind, cycle, atMs, chain.zone, settings, calendar);
    if (!fresh) continue;
    deadlines = deadlines.map((d) =>
      d.kind === kind && d.endedAt === undefined ? { ...d, endedAt: when, endReason: 'restarted' as const } : d,
    );
    deadlines.push(fresh);
  }
  if (effect.stop) {
    deadlines = deadlines.map((d) => (isOpen(d) ? { ...d, endedAt: when, endReason: 'stopped' as const } : d));
  }
  return { ...chain, deadlines };
}

/**
 * Adds or withdraws the containment deadline when the assessment changes. It
 * always counts from the receipt: a case assessed as urgent late is already
 * late for containment, and the table should say so.
 */
export function setContainmentRequired(
  chain: DeadlineChain,
  required: boolean,
  at: string,
  settings: DeadlineLengths,
): DeadlineChain {
  const current = activeDeadline(chain, 'containment');
  if (required) {
    if (current) return chain;
    const start = must(chain.receivedAt);
    const cycle = Math.max(0, ...chain.deadlines.filter((d) => d.kind === 'containment').map((d) => d.cycle)) + 1;
    const added: Deadline = {
      kind: 'containment',
      cycle,
      startedAt: chain.receivedAt,
      originalDue: toIsoInstant(hoursDueMs(start, settings.containmentHours)),
      slips: [],
    };
    return { ...chain, deadlines: [...chain.deadlines, added] };
  }
  if (!current || current.completedAt !== undefined) return chain;
  const when = toIsoInstant(must(at));
  return {
    ...chain,
    deadlines: chain.deadlines.map((d) =>
      d === current ? { ...d, endedAt: when, endReason: 'notRequired' as const } : d,
    ),
  };
}

/**
 * The chain after the case's grade changed: every deadline still open is
 * counted again from its own start with the new grade's lengths (`lengths`,
 * see lengthsForGrade). Completed and ended deadlines are history and stay;
 * slips stay too, since a slipped date was promised to the customer. A close
 * target the new grade has and the chain lacks is added from the receipt.
 */
export function regradeChain(chain: DeadlineChain, lengths: DeadlineLengths, calendar: WorkCalendar): DeadlineChain {
  const deadlines = chain.deadlines.map((d) => {
    if (d.completedAt !== undefined || d.endedAt !== undefined) return d;
    const due = dueFor(d.kind, must(d.startedAt), chain.zone, lengths, calendar);
    return due === undefined ? d : { ...d, originalDue: toIsoInstant(due) };
  });
  if (!activeDeadline(chain, 'close') && !chain.deadlines.some((d) => d.kind === 'close')) {
    const close = newDeadline('close', 1, must(chain.receivedAt), chain.zone, lengths, calendar);
    if (close) deadlines.push(close);
  }
  return { ...chain, deadlines };
}
