/**
 * Workflow writes on a complaint: assessment and owner, the deadline chain and
 * its slips, status transitions, follow-ups. Each is one transaction through
 * writeRecordInTx (sync stamp + audit entry); a refusal throws ValidationError
 * with domain codes before anything is written.
 *
 * When the deadline chain is computed: intake (complaints.ts) writes no chain,
 * so the first workflow write on a case computes it from the receipt time
 * (assessment, any transition, a slip), and the panel offers "compute
 * deadlines" for cases that have none yet. Counting from the receipt, not from
 * that first write, keeps a late-assessed case honestly late. The containment
 * deadline follows the assessment (needsContainment).
 *
 * 8D readiness for 'replied' is read from the eightD row of the complaint
 * (`complaintId` index): what D4 and D5 still lack, named (replyGaps). A
 * missing 8D row is "not ready".
 */
import { monotonicFactory } from 'ulid';
import { z } from 'zod';
import type { AppDB, SyncedRow } from '../app-db';
import { replyGaps } from '../../domain/eightd/reply-gaps';
import type { EightDContent } from '../../domain/eightd/schema';
import { DERIVED_FIELDS } from '../../domain/complaint/record';
import { ValidationError, type FieldIssue } from '../../domain/common/validation-error';
import { createWorkCalendar, type WorkCalendar } from '../../domain/calendar/work-calendar';
import { parseInstant, toIsoInstant } from '../../domain/calendar/zone';
import {
  assessmentSchema,
  needsContainment,
  proposeDepartment,
  type Assessment,
} from '../../domain/workflow/assessment';
import {
  applyDeadlineEffect,
  computeDeadlineChain,
  regradeChain,
  setContainmentRequired,
  slipDeadline,
  type DeadlineChain,
  type DeadlineKind,
} from '../../domain/workflow/deadlines';
import { lengthsForGrade, type DeadlineLengths, type DeadlineSettings } from '../../domain/workflow/deadline-settings';
import type { PlantConfig } from '../../domain/config/plant-config';
import { FOLLOW_UP_METHODS, followUpOutcome, followUpSchema, satisfactionSchema } from '../../domain/workflow/follow-up';
import {
  applyTransition,
  type AssessmentState,
  type EightDProgress,
  type ReplyInput,
  type StatusEvent,
  type TransitionActor,
  type TransitionRequest,
} from '../../domain/workflow/status-machine';
import { complaintStatusSchema, REJECTION_REASONS, type ComplaintStatus } from '../../domain/workflow/statuses';
import { getPlantConfig } from './config';
import { deriveComplaint, isLockedComplaint } from './complaints';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import { authorize } from './authorize';
import { signAs, type Signer } from './signing';
import { closureContentHash, type Closure } from '../../domain/auth/closure';
import { isoWithOffset } from '../../domain/eightd/signature';
import type { Station } from './station';
import { chainOf, deadlineKey, latestSatisfaction, nextDueOf, storeChain, type WorkflowComplaint } from './workflow-store';

const newId = monotonicFactory();

/** Roles that may close a case without a satisfied customer (the domain's TransitionActor.isManager). */
export const MANAGER_ROLES: readonly string[] = ['marketingManager', 'generalManager'];

/** deriveComplaint plus the workflow's sort key: the earliest open deadline. */
export function deriveWorkflowComplaint(row: WorkflowComplaint): WorkflowComplaint {
  return { ...deriveComplaint(row), nextDueAt: nextDueOf(row) };
}

function refuse(codes: readonly string[], path = ''): never {
  throw new ValidationError(codes.map((code) => ({ path, code })));
}

/** zod parse that keeps the domain's codes (ValidationError.fromZod keeps only validation.*). */
function parseCodes<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ValidationError(r.error.issues.map((i): FieldIssue => ({ path: i.path.map(String).join('.'), code: i.message })));
}

export interface Setup {
  settings: DeadlineSettings;
  calendar: WorkCalendar;
}

/** The lengths for this case's grade (its latest assessment's; the top-level ones before it is graded). */
function lengthsOf(c: WorkflowComplaint, s: Setup): DeadlineLengths {
  return lengthsForGrade(s.settings, c.assessment?.grade ?? c.grade);
}

export function setupOf(config: PlantConfig): Setup {
  return { settings: config.deadlines, calendar: createWorkCalendar(config.calendarOverrides, config.holidayNotices) };
}

export async function setup(db: AppDB): Promise<Setup> {
  return setupOf(await getPlantConfig(db));
}

/** The stored chain, or the one set at receipt when none was computed yet. */
function chainOrInitial(c: WorkflowComplaint, zone: string, s: Setup): DeadlineChain {
  const existing = chainOf(c);
  if (existing) return existing;
  const containment = c.assessment ? needsContainment(c.assessment) : false;
  return computeDeadlineChain({ receivedAt: c.receivedAt, zone, containment }, lengthsOf(c, s), s.calendar);
}

type Update = (c: WorkflowComplaint) => WorkflowComplaint;

/** One workflow write: refuses a missing or deleted complaint, stamps and audits the rest. */
export async function writeWorkflow(
  db: AppDB,
  station: Station,
  actor: Actor,
  id: string,
  action: string,
  now: Date,
  prepare: (c: WorkflowComplaint) => Promise<Update>,
): Promise<WorkflowComplaint> {
  return db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.eightD, db.people, db.departments], async () => {
    const current = (await db.complaints.get(id)) as WorkflowComplaint | undefined;
    if (!current || current.deletedAt) refuse(['validation.notFound']);
    if (action !== 'transition' && isLockedComplaint(current)) refuse(['auth.err.locked']);
    const update = await prepare(current);
    const { row } = await writeRecordInTx<WorkflowComplaint>(
      db,
      station,
      actor,
      {
        table: 'complaints',
        id,
        action,
        ignore: DERIVED_FIELDS,
        derive: deriveWorkflowComplaint,
        next: (c) => {
          if (!c) return refuse(['validation.notFound']);
          return { ...update(c), updatedAt: now.toISOString(), updatedBy: actor.name };
        },
      },
      now.getTime(),
    );
    return row;
  });
}

/** Computes the deadline chain of a case that has none (cases recorded before it was computed at first touch). */
export async function computeDeadlines(db: AppDB, station: Station, actor: Actor, id: string, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.assess');
  const s = await setup(db);
  return writeWorkflow(db, station, actor, id, 'deadlines', now, async (c) => {
    if (chainOf(c)) refuse(['workflow.errors.deadlinesExist']);
    const chain = chainOrInitial(c, station.timeZone, s);
    return (row) => ({ ...row, deadlines: storeChain(chain, row.deadlines), deadlineZone: chain.zone });
  });
}

export interface AssessmentInput {
  assessment: Assessment;
  /** Department id; its kind should match proposeDepartment(category), the user may choose otherwise. */
  departmentId: string;
  /** Person id, or '' while nobody is named. */
  ownerId: string;
}

/** The department of the proposed kind (quality / marketing), if the plant has one. */
export function proposedDepartmentId(departments: readonly { id: string; kind: string; deletedAt?: string | null }[], a: Pick<Assessment, 'category'>): string {
  const kind = proposeDepartment(a.category);
  return departments.find((d) => d.kind === kind && !d.deletedAt)?.id ?? '';
}

export async function saveAssessment(db: AppDB, station: Station, actor: Actor, id: string, input: AssessmentInput, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.assess');
  const assessment: Assessment = parseCodes(assessmentSchema, input.assessment);
  const s = await setup(db);
  return writeWorkflow(db, station, actor, id, 'assess', now, async (c) => {
    const issues: FieldIssue[] = [];
    const dept = input.departmentId ? await db.departments.get(input.departmentId) : undefined;
    if (!dept || dept.deletedAt) issues.push({ path: 'departmentId', code: 'workflow.errors.departmentRequired' });
    if (input.ownerId) {
      const owner = await db.people.get(input.ownerId);
      if (!owner || owner.deletedAt || !owner.active) issues.push({ path: 'ownerId', code: 'workflow.errors.ownerUnknown' });
    }
    if (issues.length) throw new ValidationError(issues);
    const at = toIsoInstant(now.getTime());
    const lengths = lengthsForGrade(s.settings, assessment.grade);
    const before = chainOrInitial(c, station.timeZone, s);
    // A new grade may have other lengths: the open deadlines are counted again with them.
    const regraded = (c.assessment?.grade ?? c.grade) === assessment.grade ? before : regradeChain(before, lengths, s.calendar);
    const chain = setContainmentRequired(regraded, needsContainment(assessment), at, lengths);
    return (row) => ({
      ...row,
      assessment: { ...assessment, at, by: actor.name },
      category: assessment.category,
      grade: assessment.grade,
      department: input.departmentId,
      ownerId: input.ownerId,
      deadlines: storeChain(chain, row.deadlines),
      deadlineZone: chain.zone,
    });
  });
}

export interface TransitionInput {
  to: ComplaintStatus;
  rejectionReason?: TransitionRequest['rejectionReason'];
  note?: string;
  /** Closing is signed: the closing person's key, unlocked by their password. */
  signer?: Signer;
  reply?: ReplyInput;
}

/** D4/D5 readiness of an 8D row, with what is missing named. */
export function eightDProgressOf(row: SyncedRow): EightDProgress {
  let gaps: EightDProgress['gaps'];
  try {
    gaps = replyGaps(row as unknown as EightDContent);
  } catch {
    // A row of a wrong shape (from another station): the stored flags alone.
  }
  return { d4Done: row.d4Done === true, d5Done: row.d5Done === true, gaps };
}

async function eightDProgress(db: AppDB, complaintId: string): Promise<EightDProgress | undefined> {
  const row = (await db.eightD.where('complaintId').equals(complaintId).toArray()).find((r) => !r.deletedAt);
  return row ? eightDProgressOf(row) : undefined;
}

/** The assessment fields the reply needs, as stored on the row. */
export function assessmentStateOf(c: WorkflowComplaint): AssessmentState {
  return { category: c.category ?? '', grade: c.grade ?? '', department: c.department ?? '', ownerId: c.ownerId ?? '' };
}

/** The acting person as the status machine sees them; managers are recognised by their role in `people`. */
export async function transitionActor(db: AppDB, actor: Actor): Promise<TransitionActor> {
  const person = await db.people.get(actor.id);
  return { id: actor.id, name: actor.name, isManager: !!person && !person.deletedAt && MANAGER_ROLES.includes(person.role) };
}

/** Applies one transition to a row: status, event, deadlines. Throws the domain's refusal codes. (The demo plant builds its rows with it too.) */
export function transitionRow(
  row: WorkflowComplaint,
  request: TransitionRequest,
  who: TransitionActor,
  at: string,
  zone: string,
  s: Setup,
): WorkflowComplaint {
  const state = complaintStatusSchema.safeParse(row.status);
  if (!state.success) refuse(['transition.notAllowed']);
  const result = applyTransition(state.data, request, who, at);
  if (!result.ok) refuse(result.errors);
  const chain = applyDeadlineEffect(chainOrInitial(row, zone, s), result.deadlines, at, lengthsOf(row, s), s.calendar);
  const event: StatusEvent = result.event;
  return {
    ...row,
    status: result.next,
    events: { ...(row.events ?? {}), [newId(parseInstant(at))]: event },
    deadlines: storeChain(chain, row.deadlines),
    deadlineZone: chain.zone,
  };
}

export async function transitionComplaint(db: AppDB, station: Station, actor: Actor, id: string, input: TransitionInput, now = new Date()): Promise<WorkflowComplaint> {
  const to = complaintStatusSchema.safeParse(input.to);
  if (!to.success) refuse(['transition.notAllowed']);
  const current = await db.complaints.get(id);
  const closing = to.data === 'closed' || to.data === 'reopened' || (current !== undefined && isLockedComplaint(current));
  await authorize(db, actor, closing ? 'case.close' : 'complaint.edit');
  if (input.rejectionReason !== undefined && !REJECTION_REASONS.includes(input.rejectionReason)) refuse(['transition.rejectionReasonRequired']);
  const s = await setup(db);
  const requestFor = async (c: WorkflowComplaint): Promise<TransitionRequest> => ({
    to: to.data,
    eightD: await eightDProgress(db, c.id),
    assessment: assessmentStateOf(c),
    satisfaction: latestSatisfaction(c),
    rejectionReason: input.rejectionReason,
    note: input.note,
    reply: input.reply,
  });
  const at = toIsoInstant(now.getTime());
  let closure: Closure | undefined;
  if (to.data === 'closed' && current && !current.deletedAt) {
    // The procedure's refusals come first; only a closing that may happen is signed.
    transitionRow(current as WorkflowComplaint, await requestFor(current as WorkflowComplaint), await transitionActor(db, actor), at, station.timeZone, s);
    closure = await signClosure(db, station, actor, current as WorkflowComplaint, input, now);
  }
  return writeWorkflow(db, station, actor, id, 'transition', now, async (c) => {
    const who = await transitionActor(db, actor);
    const request = await requestFor(c);
    // Dry run now so a refusal is thrown before writeRecordInTx starts.
    transitionRow(c, request, who, at, station.timeZone, s);
    return (row) => {
      const next = transitionRow(row, request, who, at, station.timeZone, s);
      return closure ? { ...next, closures: { ...((row.closures as Record<string, Closure | null> | undefined) ?? {}), [newId(now.getTime())]: closure } } : next;
    };
  });
}

/** The closing person's signature over the case, made before the write transaction (WebCrypto). */
async function signClosure(db: AppDB, station: Station, actor: Actor, c: WorkflowComplaint, input: TransitionInput, now: Date): Promise<Closure> {
  if (!input.signer) refuse(['auth.err.signatureRequired']);
  if (input.signer.personId !== actor.id) refuse(['auth.err.notAllowed']);
  const draft = { at: isoWithOffset(now.getTime(), station.timeZone), timeZone: station.timeZone, note: (input.note ?? '').trim(), contentHash: closureContentHash({ id: c.id, number: c.number }) };
  const { statement, proof, person } = await signAs(db, input.signer, { ...draft, meaning: 'case.close', subject: { table: 'complaints', rowId: c.id, slot: 'closure' } });
  return { ...draft, signerId: statement.personId, signerName: person.name, role: statement.role, keyId: proof.keyId, sig: proof.sig };
}

export interface SlipInput {
  /** The stored key of the deadline ('reply', 'reply-2' …). */
  key: string;
  due: string;
  reason: string;
  customerInformed: boolean;
}

export async function recordSlip(db: AppDB, station: Station, actor: Actor, id: string, input: SlipInput, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.assess');
  const s = await setup(db);
  return writeWorkflow(db, station, actor, id, 'slip', now, async (c) => {
    const chain = chainOrInitial(c, station.timeZone, s);
    const target = chain.deadlines.find((d) => deadlineKey(d.kind, d.cycle) === input.key && d.endedAt === undefined);
    if (!target || target.completedAt !== undefined) refuse(['deadline.notInChain']);
    const kind: DeadlineKind = target.kind;
    const at = toIsoInstant(now.getTime());
    const result = slipDeadline(chain, kind, { due: input.due, reason: input.reason, customerInformed: input.customerInformed, at, by: actor.name });
    if (!result.ok) {
      throw new ValidationError(
        result.errors.map((code) => ({ path: code === 'deadline.slipReasonRequired' ? 'reason' : code === 'deadline.slipByRequired' ? '' : 'due', code })),
      );
    }
    const slip = result.chain.deadlines.find((d) => d.kind === kind && d.cycle === target.cycle)?.slips.at(-1);
    if (!slip) refuse(['deadline.notInChain']);
    return (row) => {
      const deadlines = storeChain(chain, row.deadlines);
      const stored = deadlines[input.key];
      if (!stored) return refuse(['deadline.notInChain']);
      return {
        ...row,
        deadlines: { ...deadlines, [input.key]: { ...stored, slips: { ...stored.slips, [newId(now.getTime())]: slip } } },
        deadlineZone: chain.zone,
      };
    };
  });
}

export const followUpInputSchema = z.object({
  method: z.enum(FOLLOW_UP_METHODS, { error: 'followUp.invalidMethod' }),
  satisfaction: satisfactionSchema,
  comment: z.string().trim().max(2000, { error: 'followUp.commentTooLong' }),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/**
 * Records a follow-up visit. A case that was replied moves to follow-up; an
 * unsatisfied customer reopens it at once (the procedure's closed loop), all
 * in the same write.
 */
export async function recordFollowUp(db: AppDB, station: Station, actor: Actor, id: string, input: FollowUpInput, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.edit');
  const data = parseCodes(followUpInputSchema, input);
  const at = toIsoInstant(now.getTime());
  const followUp = parseCodes(followUpSchema, { ...data, at, by: actor.name });
  const s = await setup(db);
  return writeWorkflow(db, station, actor, id, 'followUp', now, async (c) => {
    if (c.status !== 'replied' && c.status !== 'followUp') refuse(['workflow.errors.followUpNotNow']);
    const who = await transitionActor(db, actor);
    const apply = (row: WorkflowComplaint): WorkflowComplaint => {
      let next: WorkflowComplaint = { ...row, followUps: { ...(row.followUps ?? {}), [newId(now.getTime())]: followUp } };
      if (next.status === 'replied') next = transitionRow(next, { to: 'followUp' }, who, at, station.timeZone, s);
      if (followUpOutcome(followUp.satisfaction) === 'unsatisfied') {
        next = transitionRow(next, { to: 'reopened', satisfaction: followUp.satisfaction }, who, at, station.timeZone, s);
      }
      return next;
    };
    apply(c);
    return apply;
  });
}
