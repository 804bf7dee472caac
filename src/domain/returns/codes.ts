// Every problem the returns domain can report, as a code the UI translates.
// One list so the translation files can be checked for completeness.
export const RETURNS_CODES = [
  // request
  'returns.required',
  'returns.tooLong',
  'returns.invalidDate',
  'returns.invalidEnum',
  'returns.qtyNotInteger',
  'returns.qtyNegative',
  'returns.qtyRequestedNotPositive',
  'returns.qtyRequestedOverShipped',
  'returns.priceNotInteger',
  'returns.priceNegative',
  'returns.amountTooLarge',
  'returns.noLines',
  'returns.duplicateLineId',
  'returns.invalid',
  // approval
  'approval.wrongRole',
  'approval.notRequired',
  'approval.alreadySigned',
  'approval.sameSignerTwice',
  'approval.invalidInstant',
  'approval.invalidSignatureImage',
  'approval.signatureTooLarge',
  'approval.invalidHash',
  'approval.commentRequiredForRejection',
  'approval.thresholdOrder',
  'approval.invalidTimeZone',
  'approval.voidedContentChanged',
  // claim decision
  'claim.noteRequired',
  'claim.invalidReason',
  // warehouse receipt
  'receipt.lineMissing',
  'receipt.unknownLine',
  'receipt.duplicateLine',
  'receipt.overReceiptNotConfirmed',
  'receipt.locationRequired',
  'receipt.outcomeMismatch',
  // QA judgement
  'judgement.lineMissing',
  'judgement.unknownLine',
  'judgement.duplicateLine',
  'judgement.sumMismatch',
  'judgement.inspectedOverCounted',
  'judgement.responsibilityRequired',
  // disposition
  'disposition.unknownLine',
  'disposition.duplicateLine',
  'disposition.sumMismatch',
  'disposition.qtyNotPositive',
  'disposition.refundAmountRequired',
  // photos at receipt
  'photo.notImage',
  'photo.tooLarge',
  'photo.unknownLine',
  'photo.tooMany',
] as const;
export type ReturnsCode = (typeof RETURNS_CODES)[number];

/** A problem found in user data: where (a path like ['lines', 0, 'qtyShipped']) and what. */
export interface Issue {
  path: (string | number)[];
  code: ReturnsCode;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const KNOWN = new Set<string>(RETURNS_CODES);

/** Zod issues carry our codes as their message; anything else is reported generically. */
export function toIssues(zodIssues: readonly { path: PropertyKey[]; message: string }[]): Issue[] {
  return zodIssues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: KNOWN.has(issue.message) ? (issue.message as ReturnsCode) : 'returns.invalid',
  }));
}
