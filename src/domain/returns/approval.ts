// Who must sign a return before goods come back or money goes out, and whether the
// signatures on file still cover the request as it stands now. A signature binds the
// SHA-256 of the canonical request (see canonical.ts): any later edit makes it stale.
import { z } from 'zod';
import { MAX_FEN } from '../money/fen';
import { hashRequest } from './canonical';
import { requestTotals, type ReturnRequest } from './request';
import { ROLES, type Role } from './roles';
import type { SignedStatement } from '../auth/statements';

export { ROLES, type Role } from './roles';

const thresholdFen = z.number().int('returns.priceNotInteger').min(0, 'returns.priceNegative').max(MAX_FEN, 'returns.amountTooLarge');

export const approvalSettingsSchema = z
  .object({
    /** Above this the marketing manager signs (default 1000.00 yuan). */
    managerAboveFen: thresholdFen.default(100_000),
    /** Above this the general manager signs as well (default 2000.00 yuan). */
    generalManagerAboveFen: thresholdFen.default(200_000),
  })
  .refine((s) => s.generalManagerAboveFen >= s.managerAboveFen, {
    path: ['generalManagerAboveFen'],
    message: 'approval.thresholdOrder',
  });
export type ApprovalSettings = z.infer<typeof approvalSettingsSchema>;
export const DEFAULT_APPROVAL_SETTINGS: ApprovalSettings = { managerAboveFen: 100_000, generalManagerAboveFen: 200_000 };

/** Roles whose signature a request of this total needs; thresholds are strict ("more than"). */
export function requiredApprovals(totalFen: number, settings: ApprovalSettings): Role[] {
  const roles: Role[] = [];
  if (totalFen > settings.managerAboveFen) roles.push('marketingManager');
  if (totalFen > settings.generalManagerAboveFen) roles.push('generalManager');
  return roles;
}

/**
 * Only the holder of the role signs for it: a general manager does not stand in for the
 * marketing manager (that would turn a two-person approval into one), nor does admin.
 */
export function canApprove(person: { role: Role }, requiredRole: Role): boolean {
  return person.role === requiredRole;
}

export const APPROVAL_MEANINGS = ['approved', 'rejected'] as const;
/** A drawn signature is a small PNG; 256 KiB of data URL is far more than a pen stroke needs. */
export const MAX_SIGNATURE_DATA_URL_CHARS = 256 * 1024;

const PNG_DATA_URL = /^data:image\/png;base64,(iVBORw0KGgo[A-Za-z0-9+/]*={0,2})$/;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const instant = z.iso.datetime({ offset: true, error: 'approval.invalidInstant' });

export const approvalRecordSchema = z
  .object({
    id: z.string().min(1, 'returns.required').max(64, 'returns.tooLong'),
    role: z.enum(ROLES, 'returns.invalidEnum'),
    signerName: z.string().trim().min(1, 'returns.required').max(100, 'returns.tooLong'),
    signerId: z.string().min(1, 'returns.required').max(64, 'returns.tooLong'),
    at: instant,
    timeZone: z.string().min(1, 'approval.invalidTimeZone').max(64, 'approval.invalidTimeZone').refine(isTimeZone, 'approval.invalidTimeZone'),
    meaning: z.enum(APPROVAL_MEANINGS, 'returns.invalidEnum'),
    comment: z.string().trim().max(2000, 'returns.tooLong').default(''),
    signatureImage: z
      .string()
      .max(MAX_SIGNATURE_DATA_URL_CHARS, 'approval.signatureTooLarge')
      .regex(PNG_DATA_URL, 'approval.invalidSignatureImage')
      .optional(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'approval.invalidHash'),
    /** The signer's key and Ed25519 signature over approvalStatement(); absent on approvals made before accounts existed. */
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'approval.invalidHash').optional(),
    sig: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'approval.invalidHash').max(200, 'approval.invalidHash').optional(),
    voided: z.object({ at: instant, reason: z.string().min(1, 'returns.required').max(500, 'returns.tooLong') }).optional(),
  })
  .refine((a) => a.meaning !== 'rejected' || a.comment.length > 0, {
    path: ['comment'],
    message: 'approval.commentRequiredForRejection',
  });
export type ApprovalRecord = z.infer<typeof approvalRecordSchema>;

/** An approval that counts: not voided and signed over the current content. */
function isLive(a: ApprovalRecord, currentHash: string): boolean {
  return !a.voided && a.contentHash === currentHash;
}

export type ApprovalCheckCode = 'approval.wrongRole' | 'approval.notRequired' | 'approval.alreadySigned' | 'approval.sameSignerTwice';

/** May this person sign, as this role, a request with this total and these signatures on file? */
export function checkApproval(input: {
  signer: { id: string; role: Role };
  role: Role;
  totalFen: number;
  settings: ApprovalSettings;
  approvals: readonly ApprovalRecord[];
  currentHash: string;
}): { ok: true } | { ok: false; code: ApprovalCheckCode } {
  const { signer, role, approvals, currentHash } = input;
  if (!canApprove(signer, role)) return { ok: false, code: 'approval.wrongRole' };
  if (!requiredApprovals(input.totalFen, input.settings).includes(role)) return { ok: false, code: 'approval.notRequired' };
  const live = approvals.filter((a) => isLive(a, currentHash));
  if (live.some((a) => a.role === role)) return { ok: false, code: 'approval.alreadySigned' };
  if (live.some((a) => a.signerId === signer.id)) return { ok: false, code: 'approval.sameSignerTwice' };
  return { ok: true };
}

export interface ApprovalState {
  currentHash: string;
  required: Role[];
  /** Required roles with a live 'approved' signature. */
  satisfied: Role[];
  missing: Role[];
  /** Live refusals by a required role: the request is refused until the content changes. */
  rejected: ApprovalRecord[];
  /** Not yet voided, but signed over other content: void them (voidStale) and ask again. */
  stale: ApprovalRecord[];
}

/** The approval picture for a request whose current hash is already known (synchronous). */
export function approvalStateForHash(
  currentHash: string,
  totalFen: number,
  approvals: readonly ApprovalRecord[],
  settings: ApprovalSettings,
): ApprovalState {
  const required = requiredApprovals(totalFen, settings);
  const live = approvals.filter((a) => isLive(a, currentHash) && required.includes(a.role));
  const satisfied = required.filter((role) => live.some((a) => a.role === role && a.meaning === 'approved'));
  return {
    currentHash,
    required,
    satisfied,
    missing: required.filter((role) => !satisfied.includes(role)),
    rejected: live.filter((a) => a.meaning === 'rejected'),
    stale: approvals.filter((a) => !a.voided && a.contentHash !== currentHash),
  };
}

export async function approvalState(
  request: ReturnRequest,
  approvals: readonly ApprovalRecord[],
  settings: ApprovalSettings,
): Promise<ApprovalState> {
  const currentHash = await hashRequest(request);
  return approvalStateForHash(currentHash, requestTotals(request).totalFen, approvals, settings);
}

/** Marks every stale approval voided (kept, never deleted: the audit trail shows it was signed). */
export function voidStale(approvals: readonly ApprovalRecord[], currentHash: string, at: string): ApprovalRecord[] {
  return approvals.map((a) =>
    !a.voided && a.contentHash !== currentHash ? { ...a, voided: { at, reason: 'approval.voidedContentChanged' } } : a,
  );
}

/** What an approver's key signs: who, in which role, the decision and comment, when, and the request's hash. */
export function approvalStatement(returnId: string, a: Pick<ApprovalRecord, 'signerId' | 'keyId' | 'role' | 'meaning' | 'comment' | 'at' | 'timeZone' | 'contentHash'>): SignedStatement {
  return {
    personId: a.signerId, keyId: a.keyId ?? '', role: a.role, meaning: a.meaning, note: a.comment, at: a.at, timeZone: a.timeZone,
    subject: { table: 'returns', rowId: returnId, slot: a.role }, contentHash: a.contentHash,
  };
}

export interface DecisionSignature {
  signerId: string;
  role: string;
  timeZone: string;
  keyId: string;
  sig: string;
}

/** What the deciding person's key signs for a claim decision: accept, or refuse for a reason, over the request's hash. */
export function claimDecisionStatement(
  returnId: string,
  d: { kind: 'accept' | 'refuse'; reason?: string; note: string; at: string },
  s: Pick<DecisionSignature, 'signerId' | 'role' | 'timeZone' | 'keyId'>,
  contentHash: string,
): SignedStatement {
  return {
    personId: s.signerId, keyId: s.keyId, role: s.role, meaning: d.kind === 'accept' ? 'accept-claim' : `refuse-claim:${d.reason ?? ''}`,
    note: d.note, at: d.at, timeZone: s.timeZone, subject: { table: 'returns', rowId: returnId, slot: 'claim' }, contentHash,
  };
}
