// The warehouse's record of what actually came back: counted per line, where it is
// stored, and whether it is isolated from good stock. Differences are computed, never
// typed, so the slip and the inventory agree.
import { z } from 'zod';
import { toIssues, type Checked, type Issue } from './codes';
import { lineCoverageIssues } from './line-coverage';
import type { ReturnRequest } from './request';

export const PACKAGE_CONDITIONS = ['intact', 'damaged', 'wet', 'opened'] as const;
export const ISOLATION_TAGS = ['isolated', 'pending'] as const;
export const RECEIPT_OUTCOMES = ['accepted', 'partial', 'refused'] as const;

export const receiptLineSchema = z.object({
  lineId: z.string().min(1, 'returns.required'),
  countedQty: z.number({ error: 'returns.qtyNotInteger' }).int('returns.qtyNotInteger').min(0, 'returns.qtyNegative').max(1_000_000_000, 'returns.amountTooLarge'),
  location: z.string().trim().max(100, 'returns.tooLong').default(''),
  isolationTag: z.enum(ISOLATION_TAGS, 'returns.invalidEnum'),
});

export const receiptSchema = z.object({
  receivedAt: z.iso.datetime({ offset: true, error: 'approval.invalidInstant' }),
  receivedBy: z.string().trim().min(1, 'returns.required').max(100, 'returns.tooLong'),
  packageCondition: z.enum(PACKAGE_CONDITIONS, 'returns.invalidEnum'),
  lines: z.array(receiptLineSchema).max(500, 'returns.tooLong'),
  outcome: z.enum(RECEIPT_OUTCOMES, 'returns.invalidEnum'),
  /** A person confirmed that more arrived than we shipped (it is stored, isolated, and reported). */
  overReceiptConfirmed: z.boolean().optional(),
  note: z.string().trim().max(2000, 'returns.tooLong').default(''),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** Cross-checks a parsed receipt against the request it answers. */
export function receiptIssues(receipt: Receipt, request: Pick<ReturnRequest, 'lines'>): Issue[] {
  const issues = lineCoverageIssues(receipt.lines, request.lines.map((l) => l.id), {
    unknown: 'receipt.unknownLine',
    duplicate: 'receipt.duplicateLine',
    missing: 'receipt.lineMissing',
  });
  const byId = new Map(request.lines.map((l) => [l.id, l]));
  receipt.lines.forEach((line, i) => {
    const requested = byId.get(line.lineId);
    if (requested && line.countedQty > requested.qtyShipped && !receipt.overReceiptConfirmed) {
      issues.push({ path: ['lines', i, 'countedQty'], code: 'receipt.overReceiptNotConfirmed' });
    }
    // Goods that are in the building must be findable.
    if (line.countedQty > 0 && receipt.outcome !== 'refused' && line.location === '') {
      issues.push({ path: ['lines', i, 'location'], code: 'receipt.locationRequired' });
    }
  });
  const counted = receipt.lines.reduce((sum, l) => sum + l.countedQty, 0);
  if (receipt.outcome !== 'refused' && counted === 0) issues.push({ path: ['outcome'], code: 'receipt.outcomeMismatch' });
  return issues;
}

export function validateReceipt(input: unknown, request: Pick<ReturnRequest, 'lines'>): Checked<Receipt> {
  const parsed = receiptSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = receiptIssues(parsed.data, request);
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

export interface ReceiptDifference {
  lineId: string;
  requestedQty: number;
  countedQty: number;
  /** counted − requested: negative when less came back than the customer announced. */
  difference: number;
}

export function receiptDifferences(receipt: Receipt, request: Pick<ReturnRequest, 'lines'>): ReceiptDifference[] {
  return request.lines.map((line) => {
    const countedQty = receipt.lines.find((l) => l.lineId === line.id)?.countedQty ?? 0;
    return { lineId: line.id, requestedQty: line.qtyRequested, countedQty, difference: countedQty - line.qtyRequested };
  });
}

/** What the warehouse would normally record: everything as announced, something, or nothing. */
export function suggestReceiptOutcome(differences: readonly ReceiptDifference[]): (typeof RECEIPT_OUTCOMES)[number] {
  if (differences.every((d) => d.countedQty === 0)) return 'refused';
  return differences.every((d) => d.difference === 0) ? 'accepted' : 'partial';
}

/** Quantity we hold and must dispose of: nothing when the delivery was refused at the door. */
export function receivedQty(receipt: Receipt, lineId: string): number {
  if (receipt.outcome === 'refused') return 0;
  return receipt.lines.find((l) => l.lineId === lineId)?.countedQty ?? 0;
}
