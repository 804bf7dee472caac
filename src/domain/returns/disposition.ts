// What happens to every returned piece. A line is closed only when its actions account
// for exactly the received quantity: a piece that is neither reworked, scrapped, replaced,
// refunded, conceded nor sent back is a piece lost in the warehouse.
import { z } from 'zod';
import { MAX_FEN } from '../money/fen';
import { toIssues, type Checked, type Issue } from './codes';
import { lineCoverageIssues } from './line-coverage';
import { isPlainDate } from './plain-date';
import { receivedQty, type Receipt } from './receipt';

export const DISPOSITION_KINDS = ['rework', 'repair', 'scrap', 'replace', 'refund', 'concession', 'returnToCustomer'] as const;
export type DispositionKind = (typeof DISPOSITION_KINDS)[number];

export const dispositionActionSchema = z.object({
  kind: z.enum(DISPOSITION_KINDS, 'returns.invalidEnum'),
  qty: z.number({ error: 'returns.qtyNotInteger' }).int('returns.qtyNotInteger').min(1, 'disposition.qtyNotPositive').max(1_000_000_000, 'returns.amountTooLarge'),
  /** Planned ship date of the replacement; may be unknown when the disposition is decided. */
  replaceShipDate: z.string().refine(isPlainDate, 'returns.invalidDate').optional(),
  refundFen: z.number({ error: 'returns.priceNotInteger' }).int('returns.priceNotInteger').min(0, 'returns.priceNegative').max(MAX_FEN, 'returns.amountTooLarge').optional(),
});
export type DispositionAction = z.infer<typeof dispositionActionSchema>;

export const dispositionLineSchema = z.object({
  lineId: z.string().min(1, 'returns.required'),
  actions: z.array(dispositionActionSchema).max(20, 'returns.tooLong'),
});

export const dispositionSchema = z.object({
  lines: z.array(dispositionLineSchema).max(500, 'returns.tooLong'),
});
export type Disposition = z.infer<typeof dispositionSchema>;

export interface LineProgress {
  lineId: string;
  receivedQty: number;
  disposedQty: number;
  complete: boolean;
}

export function dispositionProgress(disposition: Disposition | undefined, receipt: Receipt): LineProgress[] {
  return receipt.lines.map(({ lineId }) => {
    const received = receivedQty(receipt, lineId);
    const actions = disposition?.lines.find((l) => l.lineId === lineId)?.actions ?? [];
    const disposedQty = actions.reduce((sum, a) => sum + a.qty, 0);
    return { lineId, receivedQty: received, disposedQty, complete: disposedQty === received };
  });
}

export function isFullyDisposed(disposition: Disposition | undefined, receipt: Receipt): boolean {
  return dispositionProgress(disposition, receipt).every((p) => p.complete);
}

/** Cross-checks against the receipt; every line must add up exactly to what was received. */
export function dispositionIssues(disposition: Disposition, receipt: Receipt): Issue[] {
  const issues = lineCoverageIssues(disposition.lines, receipt.lines.map((l) => l.lineId), {
    unknown: 'disposition.unknownLine',
    duplicate: 'disposition.duplicateLine',
  });
  disposition.lines.forEach((line, i) => {
    line.actions.forEach((action, j) => {
      if (action.kind === 'refund' && action.refundFen === undefined) {
        issues.push({ path: ['lines', i, 'actions', j, 'refundFen'], code: 'disposition.refundAmountRequired' });
      }
    });
  });
  dispositionProgress(disposition, receipt).forEach((p) => {
    if (!p.complete) {
      const index = disposition.lines.findIndex((l) => l.lineId === p.lineId);
      issues.push({ path: index < 0 ? ['lines'] : ['lines', index, 'actions'], code: 'disposition.sumMismatch' });
    }
  });
  return issues;
}

export function validateDisposition(input: unknown, receipt: Receipt): Checked<Disposition> {
  const parsed = dispositionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = dispositionIssues(parsed.data, receipt);
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

/** Money refunded on a disposition, for the slip and the monthly review. */
export function refundTotalFen(disposition: Disposition): number {
  return disposition.lines.flatMap((l) => l.actions).reduce((sum, a) => sum + (a.refundFen ?? 0), 0);
}
