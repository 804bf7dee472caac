/**
 * The complaint status machine. Transitions are data (TRANSITIONS); each may
 * carry a guard that names what is missing as codes, and a deadline effect the
 * repository applies with applyDeadlineEffect(). applyTransition() is the one
 * way a status changes: it returns the next status and the event to store
 * (who, when, from, to, why), or every reason it refused.
 */
import { z } from 'zod';
import { parseInstant, toIsoInstant } from '../calendar/zone';
import type { WorkflowCode } from './codes';
import { NO_DEADLINE_EFFECT, type DeadlineEffect } from './deadlines';
import { SATISFIED_FROM } from './follow-up';
import {
  COMPLAINT_STATUSES,
  OPEN_STATUSES,
  REJECTION_REASONS,
  type ComplaintStatus,
  type RejectionReason,
} from './statuses';

export interface EightDProgress {
  d4Done: boolean;
  d5Done: boolean;
}

export interface TransitionActor {
  id: string;
  name: string;
  /** Marketing manager or general manager: may close a case without a satisfied customer, with a reason. */
  isManager: boolean;
}

/** What is known before the user fills the transition form. */
export interface TransitionContext {
  eightD?: EightDProgress | undefined;
  /** Satisfaction of the latest follow-up, if any. */
  satisfaction?: number | undefined;
  actor?: TransitionActor | undefined;
}

export interface TransitionRequest {
  to: ComplaintStatus;
  eightD?: EightDProgress | undefined;
  satisfaction?: number | undefined;
  rejectionReason?: RejectionReason | undefined;
  /** Rejection note, manager's closing reason, or a remark. */
  note?: string | undefined;
}

/** Fields the transition form must show. */
export type TransitionInput = 'rejectionReason' | 'note';

interface TransitionRule {
  from: ComplaintStatus;
  to: ComplaintStatus;
  /** Preconditions still unmet in this context. */
  requires?: (ctx: TransitionContext) => WorkflowCode[];
  /** Fields the request must carry in this context. */
  inputs?: (ctx: TransitionContext) => TransitionInput[];
  /** Checks the request's own fields. */
  validate?: (req: TransitionRequest, ctx: TransitionContext) => WorkflowCode[];
  deadlines: DeadlineEffect;
}

const effect = (e: Partial<DeadlineEffect>): DeadlineEffect => ({ ...NO_DEADLINE_EFFECT, ...e });

function isSatisfaction(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5;
}

function replyRequires(ctx: TransitionContext): WorkflowCode[] {
  const codes: WorkflowCode[] = [];
  if (!ctx.eightD?.d4Done) codes.push('transition.d4Required');
  if (!ctx.eightD?.d5Done) codes.push('transition.d5Required');
  return codes;
}

function satisfactionProblem(s: number | undefined): WorkflowCode | undefined {
  if (s === undefined) return 'transition.followUpRequired';
  return isSatisfaction(s) ? undefined : 'transition.satisfactionInvalid';
}

/** A satisfied customer closes the case; otherwise only a manager, with a reason. */
function closeRequires(ctx: TransitionContext): WorkflowCode[] {
  const problem = satisfactionProblem(ctx.satisfaction);
  if (problem === 'transition.satisfactionInvalid') return [problem];
  if (isSatisfaction(ctx.satisfaction) && ctx.satisfaction >= SATISFIED_FROM) return [];
  if (ctx.actor?.isManager) return [];
  return [problem ?? 'transition.satisfactionTooLow'];
}

function managerOverride(ctx: TransitionContext): boolean {
  return !(isSatisfaction(ctx.satisfaction) && ctx.satisfaction >= SATISFIED_FROM) && ctx.actor?.isManager === true;
}

function reopenRequires(ctx: TransitionContext): WorkflowCode[] {
  const problem = satisfactionProblem(ctx.satisfaction);
  if (problem) return [problem];
  return ctx.satisfaction !== undefined && ctx.satisfaction >= SATISFIED_FROM ? ['transition.customerSatisfied'] : [];
}

function rejectValidate(req: TransitionRequest): WorkflowCode[] {
  if (req.rejectionReason === undefined || !REJECTION_REASONS.includes(req.rejectionReason))
    return ['transition.rejectionReasonRequired'];
  if (req.rejectionReason === 'other' && !req.note?.trim()) return ['transition.rejectionNoteRequired'];
  return [];
}

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'new', to: 'acknowledged', deadlines: effect({ complete: ['acknowledge'] }) },
  { from: 'acknowledged', to: 'investigating', deadlines: NO_DEADLINE_EFFECT },
  { from: 'investigating', to: 'containment', deadlines: NO_DEADLINE_EFFECT },
  { from: 'investigating', to: 'eightD', deadlines: NO_DEADLINE_EFFECT },
  // Leaving containment means the emergency measures are in place.
  { from: 'containment', to: 'eightD', deadlines: effect({ complete: ['containment'] }) },
  { from: 'eightD', to: 'replied', requires: replyRequires, deadlines: effect({ complete: ['reply'] }) },
  { from: 'replied', to: 'followUp', deadlines: NO_DEADLINE_EFFECT },
  {
    from: 'followUp',
    to: 'closed',
    requires: closeRequires,
    inputs: (ctx) => (managerOverride(ctx) ? ['note'] : []),
    validate: (req, ctx) => (managerOverride(ctx) && !req.note?.trim() ? ['transition.managerReasonRequired'] : []),
    deadlines: effect({ complete: ['close'], stop: true }),
  },
  // An unsatisfied customer restarts the clock: a new reply (and close) deadline from the reopen instant.
  { from: 'followUp', to: 'reopened', requires: reopenRequires, deadlines: effect({ restart: ['reply', 'close'] }) },
  { from: 'reopened', to: 'investigating', deadlines: NO_DEADLINE_EFFECT },
  ...OPEN_STATUSES.map(
    (from): TransitionRule => ({
      from,
      to: 'rejected',
      inputs: () => ['rejectionReason', 'note'],
      validate: rejectValidate,
      deadlines: effect({ stop: true }),
    }),
  ),
];

export interface AvailableTransition {
  to: ComplaintStatus;
  /** Unmet preconditions; empty when the transition can be made now. */
  requires: WorkflowCode[];
  /** Fields the request must carry ('note' is optional unless a code says otherwise). */
  inputs: TransitionInput[];
}

export function availableTransitions(state: ComplaintStatus, context: TransitionContext = {}): AvailableTransition[] {
  return TRANSITIONS.filter((t) => t.from === state).map((t) => ({
    to: t.to,
    requires: t.requires?.(context) ?? [],
    inputs: t.inputs?.(context) ?? [],
  }));
}

export const statusEventSchema = z.object({
  from: z.enum(COMPLAINT_STATUSES),
  to: z.enum(COMPLAINT_STATUSES),
  at: z.string().refine((v) => !Number.isNaN(parseInstant(v)), { error: 'transition.invalidTime' }),
  by: z.object({ id: z.string().min(1), name: z.string() }),
  rejectionReason: z.enum(REJECTION_REASONS).optional(),
  note: z.string().optional(),
  satisfaction: z.number().int().min(1).max(5).optional(),
  /** A manager closed the case although the customer was not satisfied. */
  managerOverride: z.literal(true).optional(),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

export type TransitionResult =
  | { ok: true; next: ComplaintStatus; event: StatusEvent; deadlines: DeadlineEffect }
  | { ok: false; errors: WorkflowCode[] };

export function applyTransition(
  state: ComplaintStatus,
  request: TransitionRequest,
  actor: TransitionActor,
  now: string,
): TransitionResult {
  const rule = TRANSITIONS.find((t) => t.from === state && t.to === request.to);
  if (!rule) return { ok: false, errors: ['transition.notAllowed'] };
  const ctx: TransitionContext = { eightD: request.eightD, satisfaction: request.satisfaction, actor };
  const errors: WorkflowCode[] = [];
  const at = parseInstant(now);
  if (Number.isNaN(at)) errors.push('transition.invalidTime');
  if (actor.id.trim() === '') errors.push('transition.actorRequired');
  errors.push(...(rule.requires?.(ctx) ?? []), ...(rule.validate?.(request, ctx) ?? []));
  if (errors.length > 0) return { ok: false, errors };

  const note = request.note?.trim();
  const event: StatusEvent = {
    from: state,
    to: rule.to,
    at: toIsoInstant(at),
    by: { id: actor.id, name: actor.name },
    ...(rule.to === 'rejected' && { rejectionReason: request.rejectionReason }),
    ...(note && { note }),
    ...(isSatisfaction(request.satisfaction) && { satisfaction: request.satisfaction }),
    ...(rule.to === 'closed' && managerOverride(ctx) && { managerOverride: true as const }),
  };
  return { ok: true, next: rule.to, event, deadlines: rule.deadlines };
}
