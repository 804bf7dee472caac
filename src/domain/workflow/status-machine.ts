/**
 * The complaint status machine. Transitions are data (TRANSITIONS); each may
 * carry a guard that names what is missing as codes, and a deadline effect the
 * repository applies with applyDeadlineEffect(). applyTransition() is the one
 * way a status changes: it returns the next status and the event to store
 * (who, when, from, to, why), or every reason it refused.
 */
import { z } from 'zod';
import { parseInstant, toIsoInstant } from '../calendar/zone';
import type { RefusalCode, WorkflowCode } from './codes';
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
  /** What D4/D5 still lack, named (eightd/reply-gaps.ts); without it the flags alone are reported. */
  gaps?: RefusalCode[] | undefined;
}

/** The assessment as far as the reply needs it: '' where nothing is chosen yet. */
export interface AssessmentState {
  category: string;
  grade: string;
  department: string;
  ownerId: string;
}

/** How a reply reached the customer. */
export const REPLY_METHODS = ['email', 'letter', 'phone', 'onSite', 'other'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];

export interface ReplyInput {
  /** What was sent (the reply's text or a summary of the 8D report handed over). */
  content: string;
  method: ReplyMethod;
  /** When it was sent (ISO instant); not after the transition. */
  sentAt: string;
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
  assessment?: AssessmentState | undefined;
  /** Satisfaction of the latest follow-up, if any. */
  satisfaction?: number | undefined;
  actor?: TransitionActor | undefined;
}

export interface TransitionRequest {
  to: ComplaintStatus;
  eightD?: EightDProgress | undefined;
  assessment?: AssessmentState | undefined;
  satisfaction?: number | undefined;
  rejectionReason?: RejectionReason | undefined;
  /** Rejection note, closing note (a manager's reason when the customer is not satisfied), reopen reason, or a remark. */
  note?: string | undefined;
  reply?: ReplyInput | undefined;
}

/** Fields the transition form must show. */
export type TransitionInput = 'rejectionReason' | 'note' | 'reply';

interface TransitionRule {
  from: ComplaintStatus;
  to: ComplaintStatus;
  /** Preconditions still unmet in this context. */
  requires?: (ctx: TransitionContext) => RefusalCode[];
  /** Fields the request must carry in this context. */
  inputs?: (ctx: TransitionContext) => TransitionInput[];
  /** Checks the request's own fields. */
  validate?: (req: TransitionRequest, ctx: TransitionContext, nowMs: number) => WorkflowCode[];
  deadlines: DeadlineEffect;
}

const effect = (e: Partial<DeadlineEffect>): DeadlineEffect => ({ ...NO_DEADLINE_EFFECT, ...e });

function isSatisfaction(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The procedure's order: the reply needs the assessment (category, grade, department, owner) and a complete D4 and D5. */
function replyRequires(ctx: TransitionContext): RefusalCode[] {
  const codes: RefusalCode[] = [];
  const a = ctx.assessment;
  if (!a?.category) codes.push('transition.categoryRequired');
  if (!a?.grade) codes.push('transition.gradeRequired');
  if (!a?.department) codes.push('transition.departmentRequired');
  if (!a?.ownerId) codes.push('transition.ownerRequired');
  const e = ctx.eightD;
  if (!e) return [...codes, 'transition.eightDMissing'];
  if (e.gaps) return [...codes, ...e.gaps];
  if (!e.d4Done) codes.push('transition.d4Required');
  if (!e.d5Done) codes.push('transition.d5Required');
  return codes;
}

function replyValidate(req: TransitionRequest, _ctx: TransitionContext, nowMs: number): WorkflowCode[] {
  const r = req.reply;
  const codes: WorkflowCode[] = [];
  if (!r?.content.trim()) codes.push('transition.replyContentRequired');
  if (!r || !REPLY_METHODS.includes(r.method)) codes.push('transition.replyMethodRequired');
  const sent = r ? parseInstant(r.sentAt) : Number.NaN;
  // A reply is recorded after it went out: a time in the future is a typing error.
  if (Number.isNaN(sent) || sent > nowMs) codes.push('transition.replySentAtInvalid');
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
  { from: 'eightD', to: 'replied', requires: replyRequires, inputs: () => ['reply'], validate: replyValidate, deadlines: effect({ complete: ['reply'] }) },
  { from: 'replied', to: 'followUp', deadlines: NO_DEADLINE_EFFECT },
  {
    from: 'followUp',
    to: 'closed',
    requires: closeRequires,
    // Every close carries its closing note; when a manager closes over an unsatisfied customer, it is the reason.
    inputs: () => ['note'],
    validate: (req, ctx) => (req.note?.trim() ? [] : [managerOverride(ctx) ? 'transition.managerReasonRequired' : 'transition.closingNoteRequired']),
    deadlines: effect({ complete: ['close'], stop: true }),
  },
  // A closed case comes back with a reason (the customer called again); the reply clock starts over.
  {
    from: 'closed',
    to: 'reopened',
    inputs: () => ['note'],
    validate: (req) => (req.note?.trim() ? [] : ['transition.reopenReasonRequired']),
    deadlines: effect({ restart: ['reply', 'close'] }),
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
  requires: RefusalCode[];
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
  /** What was sent to the customer, how and when (the transition to 'replied'). */
  reply: z.object({ content: z.string().min(1), method: z.enum(REPLY_METHODS), sentAt: z.string() }).optional(),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

export type TransitionResult =
  | { ok: true; next: ComplaintStatus; event: StatusEvent; deadlines: DeadlineEffect }
  | { ok: false; errors: RefusalCode[] };

export function applyTransition(
  state: ComplaintStatus,
  request: TransitionRequest,
  actor: TransitionActor,
  now: string,
): TransitionResult {
  const rule = TRANSITIONS.find((t) => t.from === state && t.to === request.to);
  if (!rule) return { ok: false, errors: ['transition.notAllowed'] };
  const ctx: TransitionContext = { eightD: request.eightD, assessment: request.assessment, satisfaction: request.satisfaction, actor };
  const errors: RefusalCode[] = [];
  const at = parseInstant(now);
  if (Number.isNaN(at)) errors.push('transition.invalidTime');
  if (actor.id.trim() === '') errors.push('transition.actorRequired');
  errors.push(...(rule.requires?.(ctx) ?? []), ...(rule.validate?.(request, ctx, at) ?? []));
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
    ...(rule.to === 'replied' && request.reply && {
      reply: { content: request.reply.content.trim(), method: request.reply.method, sentAt: toIsoInstant(parseInstant(request.reply.sentAt)) },
    }),
  };
  return { ok: true, next: rule.to, event, deadlines: rule.deadlines };
}
