// The return / claim request as the customer asked for it. Amounts are computed here
// from quantity × unit price and never read from input, so a stale or tampered total
// cannot reach an approval or a printed slip.
import { z } from 'zod';
import { MAX_FEN, mulQtyPrice, sumFen } from '../money/fen';
import { toIssues, type Checked, type Issue } from './codes';
import { isPlainDate } from './plain-date';

const requiredText = (max: number) =>
  z.string({ error: 'returns.required' }).trim().min(1, 'returns.required').max(max, 'returns.tooLong');
const optionalText = (max: number) => z.string().trim().max(max, 'returns.tooLong').default('');
const plainDate = z.string().refine(isPlainDate, 'returns.invalidDate');

const qty = (notPositive?: 'returns.qtyRequestedNotPositive') =>
  z
    .number({ error: 'returns.qtyNotInteger' })
    .int('returns.qtyNotInteger')
    .min(notPositive ? 1 : 0, notPositive ?? 'returns.qtyNegative')
    .max(1_000_000_000, 'returns.amountTooLarge');

const fen = z
  .number({ error: 'returns.priceNotInteger' })
  .int('returns.priceNotInteger')
  .min(0, 'returns.priceNegative')
  .max(MAX_FEN, 'returns.amountTooLarge');

export const RETURN_TYPES = ['defectiveInUse', 'bulkReturn', 'repair', 'wrongShipment'] as const;
export const FREIGHT_PAYERS = ['customer', 'us', 'carrier'] as const;

export const returnLineSchema = z.object({
  id: requiredText(64),
  productNo: requiredText(64),
  /** Printed on the slip beside the product number; optional (older rows have none). */
  productName: z.string().trim().max(200, 'returns.tooLong').optional(),
  unit: z.string().trim().max(10, 'returns.tooLong').optional(),
  spec: optionalText(200),
  batch: optionalText(64),
  productionDate: plainDate.optional(),
  shipDate: plainDate.optional(),
  shelfLifeEnd: plainDate.optional(),
  defect: optionalText(2000),
  reason: requiredText(2000),
  qtyShipped: qty(),
  qtyRequested: qty('returns.qtyRequestedNotPositive'),
  unitPriceFen: fen,
  claimAmountFen: fen.optional(),
  /** A person confirmed that more is returned than we shipped on this order (mixed deliveries). */
  overShippedConfirmed: z.boolean().optional(),
});
export type ReturnLine = z.infer<typeof returnLineSchema>;

export const returnRequestSchema = z
  .object({
    id: requiredText(64),
    customer: z.object({
      name: requiredText(200),
      contact: optionalText(100),
      phone: optionalText(40),
    }),
    complaintId: z.string().trim().max(64, 'returns.tooLong').optional(),
    orderNo: requiredText(64),
    deliveryNoteNo: z.string().trim().max(64, 'returns.tooLong').optional(),
    /** The customer's waybill / tracking number of the returned goods. */
    trackingNo: z.string().trim().max(64, 'returns.tooLong').optional(),
    returnType: z.enum(RETURN_TYPES, 'returns.invalidEnum'),
    freightPaidBy: z.enum(FREIGHT_PAYERS, 'returns.invalidEnum'),
    lines: z.array(returnLineSchema).min(1, 'returns.noLines').max(500, 'returns.tooLong'),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    const amounts: number[] = [];
    request.lines.forEach((line, i) => {
      if (seen.has(line.id)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: 'returns.duplicateLineId' });
      seen.add(line.id);
      if (line.qtyRequested > line.qtyShipped && !line.overShippedConfirmed) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'qtyRequested'], message: 'returns.qtyRequestedOverShipped' });
      }
      const amount = mulQtyPrice(line.qtyRequested, line.unitPriceFen);
      if (!amount.ok || amount.fen > MAX_FEN) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'unitPriceFen'], message: 'returns.amountTooLarge' });
      } else {
        amounts.push(amount.fen, line.claimAmountFen ?? 0);
      }
    });
    const total = sumFen(amounts);
    if (!total.ok || total.fen > MAX_FEN) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'returns.amountTooLarge' });
    }
  });
export type ReturnRequest = z.infer<typeof returnRequestSchema>;
export type ReturnRequestInput = z.input<typeof returnRequestSchema>;

/** Parses untrusted input (a form, a sync bundle line) into a request, or lists coded issues. */
export function validateRequest(input: unknown): Checked<ReturnRequest> {
  const result = returnRequestSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toIssues(result.error.issues) satisfies Issue[] };
}

function must(result: ReturnType<typeof mulQtyPrice>): number {
  // Only reachable with a request that skipped validateRequest.
  if (!result.ok) throw new RangeError(`returns: amount not computable (${result.code})`);
  return result.fen;
}

/** qtyRequested × unitPriceFen, in fen. */
export function lineAmountFen(line: Pick<ReturnLine, 'qtyRequested' | 'unitPriceFen'>): number {
  return must(mulQtyPrice(line.qtyRequested, line.unitPriceFen));
}

export interface RequestTotals {
  /** Value of the goods to be returned: Σ qtyRequested × unitPriceFen. */
  goodsFen: number;
  /** Money claimed on top of the goods (compensation): Σ claimAmountFen. */
  claimFen: number;
  /** What the approval thresholds are compared with: goods + claims, the whole exposure. */
  totalFen: number;
  lines: { id: string; amountFen: number }[];
}

export function requestTotals(request: Pick<ReturnRequest, 'lines'>): RequestTotals {
  const lines = request.lines.map((line) => ({ id: line.id, amountFen: lineAmountFen(line) }));
  const goodsFen = must(sumFen(lines.map((l) => l.amountFen)));
  const claimFen = must(sumFen(request.lines.map((l) => l.claimAmountFen ?? 0)));
  return { goodsFen, claimFen, totalFen: must(sumFen([goodsFen, claimFen])), lines };
}
