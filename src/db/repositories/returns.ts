/**
 * Writes of returns and claims: one transaction per step (create, update, decide,
 * approve, receive, judge, dispose), each through writeRecordInTx with its own
 * action name. The request hash (WebCrypto) is computed before the transaction;
 * inside it the stored request is compared with what was hashed, so a write that
 * raced another one is refused instead of signing content nobody saw.
 */
import { ulid } from 'ulid';
import type { AppDB } from '../app-db';
import { ValidationError } from '../../domain/common/validation-error';
import {
  approvalRecordSchema,
  approvalStateForHash,
  approvalStatement,
  claimDecisionStatement,
  type ApprovalSettings,
  type DecisionSignature,
  canonicalRequest,
  checkApproval,
  decideClaim,
  hashRequest,
  requestTotals,
  validateDisposition,
  validateJudgement,
  validateReceipt,
  validateRequest,
  voidStale,
  type ApprovalRecord,
  type Issue,
  type RequestStatus,
  type ReturnRequest,
  type ReturnRequestInput,
  type Role,
} from '../../domain/returns';
import { getPlantConfig } from './config';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import { authorize } from './authorize';
import { signAs, type Signer } from './signing';
import { approvalAction } from '../../domain/auth/permissions';
import type { Station } from './station';
import {
  deriveReturn,
  formatReturnNumber,
  isoInZone,
  keyedByLine,
  receiptOf,
  RETURN_DERIVED_FIELDS,
  storeRequest,
  toRequest,
  type StoredReturn,
} from './returns-row';

export type { StoredReturn } from './returns-row';

/** Codes of this repository, beside the domain's (translated under returns.codes.repo.*). */
export const RETURNS_REPO_CODES = ['repo.notFound', 'repo.changedMeanwhile', 'repo.wrongStage', 'repo.noActingPerson', 'repo.lockedAfterReceipt', 'repo.claimDecisionFirst', 'repo.managerFirst', 'repo.measurementInvalid'] as const;

function refuse(issues: readonly Issue[]): never {
  throw new ValidationError(issues.map((i) => ({ path: i.path.join('.'), code: i.code })));
}

function fail(code: (typeof RETURNS_REPO_CODES)[number], path = ''): never {
  throw new ValidationError([{ path, code }]);
}

function parseRequest(input: unknown): ReturnRequest {
  const checked = validateRequest(input);
  if (!checked.ok) refuse(checked.issues);
  return checked.value;
}

function yearIn(timeZone: string, ms: number): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(new Date(ms)));
}

async function nextNumber(db: AppDB, station: Station, year: number): Promise<string> {
  const key = `seq:RT:${station.code}:${year}`;
  let seq = ((await db.settings.get(key))?.value as number | undefined) ?? 0;
  let number: string;
  // A restored backup may already hold numbers past our counter: skip taken ones.
  do {
    seq += 1;
    number = formatReturnNumber(station.code, year, seq);
  } while ((await db.returns.where('number').equals(number).count()) > 0);
  await db.settings.put({ key, value: seq });
  return number;
}

/** Creates a submitted request (from a complaint when input.complaintId is set). Totals are computed. */
export async function createReturn(db: AppDB, station: Station, actor: Actor, input: Omit<ReturnRequestInput, 'id'>, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.edit');
  const id = ulid(now.getTime());
  const request = parseRequest({ ...input, id });
  const hash = await hashRequest(request);
  const { approval: settings } = await getPlantConfig(db);
  const at = now.toISOString();
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const number = await nextNumber(db, station, yearIn(station.timeZone, now.getTime()));
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'create',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(hash, settings),
      next: () => ({
        id,
        number,
        station: station.code,
        complaintId: request.complaintId ?? '',
        status: 'draft',
        totalFen: 0,
        createdAt: at,
        createdBy: actor.name,
        updatedAt: at,
        updatedBy: actor.name,
        deletedAt: null,
        submittedAt: at,
        request: storeRequest(request),
        approvals: {},
        _clocks: {},
      }),
    }, now.getTime());
    return row;
  });
}

/** What a step needs before its transaction: the row, its request, that request's text and hash. */
async function prepare(db: AppDB, id: string) {
  const row = (await db.returns.get(id)) as StoredReturn | undefined;
  if (!row || row.deletedAt) fail('repo.notFound');
  const request = toRequest(row);
  const { approval: settings } = await getPlantConfig(db);
  return { row, request, canonical: canonicalRequest(request), hash: await hashRequest(request), settings };
}

function sameContent(current: StoredReturn | undefined, canonical: string): StoredReturn {
  if (!current || current.deletedAt) fail('repo.notFound');
  if (canonicalRequest(toRequest(current)) !== canonical) fail('repo.changedMeanwhile');
  return current;
}

function requireStage(row: StoredReturn, allowed: readonly RequestStatus[]): void {
  if (!allowed.includes(row.status)) fail('repo.wrongStage');
}

/**
 * Edits the request. Approvals signed over the old content are marked void (kept,
 * never rewritten) so the required roles are asked again. Once goods are received
 * the request is what was received against and cannot change.
 */
export async function updateReturn(db: AppDB, station: Station, actor: Actor, id: string, input: Omit<ReturnRequestInput, 'id'>, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.edit');
  const before = await prepare(db, id);
  const request = parseRequest({ ...input, id });
  const hash = await hashRequest(request);
  const at = isoInZone(now.getTime(), station.timeZone);
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'update',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        if (row.receipt) fail('repo.lockedAfterReceipt');
        const voided = voidStale(Object.values(row.approvals).filter((a): a is ApprovalRecord => a !== null), hash, at);
        return {
          ...row,
          complaintId: request.complaintId ?? '',
          request: storeRequest(request, row.request),
          approvals: { ...row.approvals, ...Object.fromEntries(voided.map((a) => [a.id, a])) },
          updatedAt: now.toISOString(),
          updatedBy: actor.name,
        };
      },
    }, now.getTime());
    return row;
  });
}

/**
 * Accept the claim, or refuse it with a reason (and a note, required for 'other'):
 * signed by the deciding person's own key over the request's hash.
 */
export async function decideReturnClaim(db: AppDB, station: Station, actor: Actor, id: string, input: unknown, signer: Signer, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'claim.decide');
  if (signer.personId !== actor.id) fail('repo.noActingPerson');
  const checked = decideClaim(input);
  if (!checked.ok) refuse(checked.issues);
  const before = await prepare(db, id);
  const at = isoInZone(now.getTime(), station.timeZone);
  const decided = { ...checked.value, at };
  const person = await db.people.get(actor.id);
  const draft = claimDecisionStatement(id, decided, { signerId: actor.id, role: person?.role ?? '', timeZone: station.timeZone, keyId: signer.keyId }, before.hash);
  const { statement, proof } = await signAs(db, signer, draft);
  const signature: DecisionSignature = { signerId: statement.personId, role: statement.role, timeZone: station.timeZone, keyId: proof.keyId, sig: proof.sig };
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: checked.value.kind === 'accept' ? 'claimAccepted' : 'claimRefused',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        if (row.receipt) fail('repo.lockedAfterReceipt');
        return { ...row, decision: { ...decided, by: actor.name, contentHash: before.hash, signature }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

export interface ApprovalInput {
  role: Role;
  meaning: 'approved' | 'rejected';
  comment: string;
  signatureImage?: string;
}

/**
 * Records one approval, signed with the approver's own key (unlocked by their
 * password just before). Refused for a role the person does not hold or may not
 * sign for, a role not required, before the claim is accepted, a general
 * manager before the marketing manager, or a second signature.
 */
export async function approveReturn(db: AppDB, station: Station, actor: Actor, id: string, input: ApprovalInput, signer: Signer, now = new Date()): Promise<StoredReturn> {
  const action = approvalAction(input.role);
  if (!action) refuse([{ path: ['role'], code: 'approval.wrongRole' }]);
  const person = await authorize(db, actor, action);
  if (signer.personId !== person.id) fail('repo.noActingPerson');
  const before = await prepare(db, id);
  const totalFen = requestTotals(before.request).totalFen;
  const approvalId = ulid(now.getTime());
  const draft: ApprovalRecord = {
    id: approvalId,
    role: input.role,
    signerName: person.name,
    signerId: person.id,
    at: isoInZone(now.getTime(), station.timeZone),
    timeZone: station.timeZone,
    meaning: input.meaning,
    comment: input.comment.trim(),
    signatureImage: input.signatureImage,
    contentHash: before.hash,
    keyId: signer.keyId,
  };
  const parsedDraft = approvalRecordSchema.safeParse(draft);
  if (!parsedDraft.success) refuse(parsedDraft.error.issues.map((i) => ({ path: i.path.filter((p) => typeof p !== 'symbol') as (string | number)[], code: i.message as Issue['code'] })));
  const current = (await db.returns.get(id)) as StoredReturn | undefined;
  if (current) checkOrder(current, input.role, before);
  const { proof } = await signAs(db, signer, approvalStatement(id, parsedDraft.data));
  const record: ApprovalRecord = { ...parsedDraft.data, sig: proof.sig };
  return db.transaction('rw', [...tablesForWrite(db, 'returns'), db.people], async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: input.meaning === 'approved' ? 'approve' : 'rejectApproval',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        checkOrder(row, input.role, before);
        const approvals = Object.values(row.approvals).filter((a): a is ApprovalRecord => a !== null);
        const check = checkApproval({
          signer: { id: person.id, role: person.role as Role },
          role: input.role,
          totalFen,
          settings: before.settings,
          approvals,
          currentHash: before.hash,
        });
        if (!check.ok) refuse([{ path: ['role'], code: check.code }]);
        return { ...row, approvals: { ...row.approvals, [approvalId]: record }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

/** The procedure's order: the claim is accepted first; the general manager signs after the marketing manager. */
function checkOrder(row: StoredReturn, role: Role, before: { hash: string; settings: ApprovalSettings; request: ReturnRequest }): void {
  if (row.decision?.kind !== 'accept') fail('repo.claimDecisionFirst', 'role');
  if (role !== 'generalManager') return;
  const state = approvalStateForHash(before.hash, requestTotals(before.request).totalFen, Object.values(row.approvals).filter((a): a is ApprovalRecord => a !== null), before.settings);
  if (state.required.includes('generalManager') && state.required.includes('marketingManager') && !state.satisfied.includes('marketingManager')) fail('repo.managerFirst', 'role');
}

/** The warehouse's count. Only an approved return is received; more than shipped needs confirmation. */
export async function recordReceipt(db: AppDB, station: Station, actor: Actor, id: string, input: unknown, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.receive');
  const before = await prepare(db, id);
  const checked = validateReceipt(input, before.request);
  if (!checked.ok) refuse(checked.issues);
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'receive',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        requireStage(row, ['approved', 'received']);
        const { lines, ...rest } = checked.value;
        return { ...row, receipt: { ...rest, lines: keyedByLine(lines, row.receipt?.lines) }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

/** QA's judgement of what was received. */
export async function recordJudgement(db: AppDB, station: Station, actor: Actor, id: string, input: unknown, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.judge');
  const before = await prepare(db, id);
  const receipt = receiptOf(before.row);
  if (!receipt) fail('repo.wrongStage');
  const checked = validateJudgement(input, receipt);
  if (!checked.ok) refuse(checked.issues);
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'judge',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        requireStage(row, ['received', 'judged']);
        const { lines, ...rest } = checked.value;
        return { ...row, judgement: { ...rest, lines: keyedByLine(lines, row.judgement?.lines) }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

/** What happens to every received piece; the return closes when each line adds up. */
export async function recordDisposition(db: AppDB, station: Station, actor: Actor, id: string, input: unknown, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.judge');
  const before = await prepare(db, id);
  const receipt = receiptOf(before.row);
  if (!receipt) fail('repo.wrongStage');
  const checked = validateDisposition(input, receipt);
  if (!checked.ok) refuse(checked.issues);
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'dispose',
      ignore: RETURN_DERIVED_FIELDS,
      derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        requireStage(row, ['judged', 'closed']);
        if (isSettledAndLocked(row)) throw new ValidationError([{ path: '', code: 'auth.err.locked' }]);
        const lines = keyedByLine(checked.value.lines, row.disposition?.lines);
        return { ...row, disposition: { decidedAt: now.toISOString(), decidedBy: actor.name, lines }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

/** A settled return (fully disposed) is read-only until reopened with a reason after its last disposition. */
export function isSettledAndLocked(row: Pick<StoredReturn, 'status' | 'disposition'> & { reopenings?: Record<string, { at: string } | null> }): boolean {
  if (row.status !== 'closed') return false;
  const decided = Date.parse(row.disposition?.decidedAt ?? '') || 0;
  const lastReopen = Object.values(row.reopenings ?? {}).reduce((m, r) => (r && Date.parse(r.at) > m ? Date.parse(r.at) : m), 0);
  return lastReopen <= decided;
}

/** Reopens a settled return for a corrected disposition, with a reason (in the history). */
export async function reopenReturn(db: AppDB, station: Station, actor: Actor, id: string, reason: string, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'case.close');
  const why = reason.trim();
  if (!why || why.length > 500) throw new ValidationError([{ path: 'reason', code: why ? 'validation.tooLong' : 'validation.required' }]);
  const before = await prepare(db, id);
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns', id, action: 'reopen', ignore: RETURN_DERIVED_FIELDS, derive: deriveReturn(before.hash, before.settings),
      next: (current) => {
        const row = sameContent(current, before.canonical);
        if (!isSettledAndLocked(row)) throw new ValidationError([{ path: '', code: 'auth.err.notLocked' }]);
        const reopenings = { ...((row as { reopenings?: Record<string, unknown> }).reopenings ?? {}), [ulid(now.getTime())]: { at: now.toISOString(), by: actor.name, reason: why } };
        return { ...row, reopenings, updatedAt: now.toISOString(), updatedBy: actor.name } as StoredReturn;
      },
    }, now.getTime());
    return row;
  });
}
