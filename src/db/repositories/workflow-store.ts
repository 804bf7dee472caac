/**
 * How the workflow is stored on a complaint row, and the conversions between
 * that shape and the pure domain's. Owns the stored shape: read this before
 * changing it.
 *
 * Sync merges per leaf path and treats arrays as atomic, so every list two
 * stations may extend at the same time is an object keyed by id:
 * - `assessment`: the latest assessment (+ who/when); `category`, `grade`,
 *   `department`, `ownerId` are copied to the top level for the table's indexes.
 * - `deadlines`: keyed by kind for the chain set at receipt ('acknowledge',
 *   'containment', 'reply', 'close'); a reopen restarts a kind as
 *   '<kind>-<cycle>' ('reply-2'). Each deadline's `slips` are keyed by ULID.
 * - `deadlineZone`: the zone the chain was computed in (the station's).
 * - `events`: status events keyed by ULID; `followUps` likewise.
 * The domain's DeadlineChain (arrays) is rebuilt from this on every read.
 */
import type { Complaint } from '../../domain/complaint/record';
import type { Assessment } from '../../domain/workflow/assessment';
import {
  currentDue,
  type Deadline,
  type DeadlineChain,
  type DeadlineEndReason,
  type DeadlineKind,
  type DeadlineSlip,
  DEADLINE_KINDS,
} from '../../domain/workflow/deadlines';
import type { FollowUp } from '../../domain/workflow/follow-up';
import type { StatusEvent } from '../../domain/workflow/status-machine';
import { DEFAULT_ZONE } from '../../domain/calendar/zone';

export interface StoredSlip extends DeadlineSlip {
  id: string;
}

export interface StoredDeadline {
  kind: DeadlineKind;
  cycle: number;
  startedAt: string;
  originalDue: string;
  slips: Record<string, DeadlineSlip | null>;
  completedAt?: string;
  endedAt?: string;
  endReason?: DeadlineEndReason;
}

export interface StoredAssessment extends Assessment {
  at: string;
  by: string;
}

/** The workflow's view of a complaint row (fields the intake form does not know). */
export interface WorkflowFields {
  assessment?: StoredAssessment;
  deadlines?: Record<string, StoredDeadline | null>;
  deadlineZone?: string;
  events?: Record<string, StatusEvent | null>;
  followUps?: Record<string, FollowUp | null>;
}

export type WorkflowComplaint = Complaint & WorkflowFields;

export function deadlineKey(kind: DeadlineKind, cycle: number): string {
  return cycle === 1 ? kind : `${kind}-${cycle}`;
}

const byAtThenId = <T extends { at: string; id: string }>(a: T, b: T) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function entries<T>(map: Record<string, T | null> | undefined): (T & { id: string })[] {
  return Object.entries(map ?? {}).flatMap(([id, v]) => (v ? [{ ...v, id }] : []));
}

export function slipsOf(d: StoredDeadline): StoredSlip[] {
  return entries(d.slips).sort(byAtThenId);
}

/** Stored deadlines in chain order (by start, then the procedure's order of kinds), with their keys. */
export function storedDeadlines(c: WorkflowFields): (StoredDeadline & { key: string })[] {
  return Object.entries(c.deadlines ?? {})
    .flatMap(([key, d]) => (d ? [{ ...d, key }] : []))
    .sort((a, b) =>
      a.startedAt !== b.startedAt
        ? a.startedAt < b.startedAt ? -1 : 1
        : DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) || a.cycle - b.cycle,
    );
}

function toDomain(d: StoredDeadline): Deadline {
  return {
    kind: d.kind,
    cycle: d.cycle,
    startedAt: d.startedAt,
    originalDue: d.originalDue,
    slips: slipsOf(d).map(({ id: _id, ...s }) => s),
    ...(d.completedAt !== undefined && { completedAt: d.completedAt }),
    ...(d.endedAt !== undefined && { endedAt: d.endedAt }),
    ...(d.endReason !== undefined && { endReason: d.endReason }),
  };
}

/** The domain chain, or undefined while none has been computed. */
export function chainOf(c: Complaint & WorkflowFields): DeadlineChain | undefined {
  const list = storedDeadlines(c);
  if (list.length === 0) return undefined;
  return { receivedAt: c.receivedAt, zone: c.deadlineZone ?? DEFAULT_ZONE, deadlines: list.map(toDomain) };
}

/**
 * Writes a domain chain back. Slips keep their stored ids: the domain only
 * appends slips through slipDeadline, which the repository stores itself.
 */
export function storeChain(chain: DeadlineChain, existing: WorkflowFields['deadlines']): Record<string, StoredDeadline | null> {
  const out: Record<string, StoredDeadline | null> = { ...(existing ?? {}) };
  for (const d of chain.deadlines) {
    const key = deadlineKey(d.kind, d.cycle);
    const before = existing?.[key];
    out[key] = {
      kind: d.kind,
      cycle: d.cycle,
      startedAt: d.startedAt,
      originalDue: d.originalDue,
      slips: before?.slips ?? {},
      ...(d.completedAt !== undefined && { completedAt: d.completedAt }),
      ...(d.endedAt !== undefined && { endedAt: d.endedAt }),
      ...(d.endReason !== undefined && { endReason: d.endReason }),
    };
  }
  return out;
}

export function storedCurrentDue(d: StoredDeadline): string {
  return currentDue(toDomain(d));
}

/** Earliest current due of the open deadlines ('' when none): the row's `nextDueAt`. */
export function nextDueOf(c: WorkflowFields): string {
  const open = storedDeadlines(c)
    .filter((d) => d.endedAt === undefined && d.completedAt === undefined)
    .map(storedCurrentDue)
    .sort();
  return open[0] ?? '';
}

export function eventsOf(c: WorkflowFields): (StatusEvent & { id: string })[] {
  return entries(c.events).sort(byAtThenId);
}

export function followUpsOf(c: WorkflowFields): (FollowUp & { id: string })[] {
  return entries(c.followUps).sort(byAtThenId);
}

/** Satisfaction of the latest follow-up after the latest reopen, if any: an older rating does not close a reopened case. */
export function latestSatisfaction(c: WorkflowFields): number | undefined {
  const lastReopen = eventsOf(c).findLast((e) => e.to === 'reopened')?.at ?? '';
  return followUpsOf(c).findLast((f) => f.at > lastReopen)?.satisfaction;
}
