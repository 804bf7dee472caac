// The plant refuses claims for goods past shelf life or warranty, goods that are not
// ours, and goods that conform to the contract. The checks only propose a refusal; a
// person decides (decideClaim), because a label can be misread or a customer valued.
import { z } from 'zod';
import { toIssues, type Checked } from './codes';
import { addDays, addMonths, daysBetween } from './plain-date';
import type { ReturnRequest } from './request';

export const REFUSAL_REASONS = ['pastShelfLife', 'pastWarranty', 'notOurProduct', 'conformsToContract', 'other'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Measurement {
  characteristic: string;
  withinSpec: boolean;
}

export interface ClaimCheckLine {
  productNo: string;
  productionDate?: string;
  shipDate?: string;
  /** Expiry printed on the label; wins over productionDate + shelfLifeDays. */
  shelfLifeEnd?: string;
  shelfLifeDays?: number;
  /** Warranty runs from the ship date (the production date when the ship date is unknown). */
  warrantyMonths?: number;
  /** Results of measuring the returned goods against the contract specification. */
  measurements?: readonly Measurement[];
  /** From the product master: its "our product" flag, false for a number the master does not know; undefined when there is no master to ask. */
  ourProduct?: boolean;
}

export interface ClaimCheckInput {
  /** The day the complaint was received, not today: a slow answer must not turn into a refusal. */
  asOf: string;
  lines: readonly ClaimCheckLine[];
  /** Product-number prefixes of our catalogue (settings). Empty means "cannot tell": no proposal. */
  ourProductPrefixes: readonly string[];
}

export type ClaimProposal =
  | { code: 'pastShelfLife'; lineIndex: number; detail: { shelfLifeEnd: string; asOf: string; daysPast: number } }
  | { code: 'pastWarranty'; lineIndex: number; detail: { warrantyEnd: string; asOf: string; daysPast: number } }
  | { code: 'notOurProduct'; lineIndex: number; detail: { productNo: string } }
  | { code: 'conformsToContract'; lineIndex: number; detail: { checkedCount: number } };

function normalise(productNo: string): string {
  return productNo.trim().toUpperCase();
}

/** undefined when the catalogue has no prefixes: an empty setting must not refuse everything. */
export function isOurProduct(productNo: string, prefixes: readonly string[]): boolean | undefined {
  const usable = prefixes.map(normalise).filter((p) => p.length > 0);
  if (usable.length === 0) return undefined;
  const number = normalise(productNo);
  return usable.some((p) => number.startsWith(p));
}

function shelfLifeEnd(line: ClaimCheckLine): string | undefined {
  if (line.shelfLifeEnd) return line.shelfLifeEnd;
  if (line.productionDate && line.shelfLifeDays !== undefined) return addDays(line.productionDate, line.shelfLifeDays);
  return undefined;
}

function warrantyEnd(line: ClaimCheckLine): string | undefined {
  const start = line.shipDate ?? line.productionDate;
  if (!start || line.warrantyMonths === undefined) return undefined;
  return addMonths(start, line.warrantyMonths);
}

/** Refusals the data supports, line by line. The end dates are the last day still covered. */
export function proposeRefusals(input: ClaimCheckInput): ClaimProposal[] {
  const { asOf } = input;
  const proposals: ClaimProposal[] = [];
  input.lines.forEach((line, lineIndex) => {
    const shelfEnd = shelfLifeEnd(line);
    if (shelfEnd && asOf > shelfEnd) {
      proposals.push({ code: 'pastShelfLife', lineIndex, detail: { shelfLifeEnd: shelfEnd, asOf, daysPast: daysBetween(shelfEnd, asOf) } });
    }
    const wEnd = warrantyEnd(line);
    if (wEnd && asOf > wEnd) {
      proposals.push({ code: 'pastWarranty', lineIndex, detail: { warrantyEnd: wEnd, asOf, daysPast: daysBetween(wEnd, asOf) } });
    }
    // The master knows better than a number prefix; the prefixes serve stations without a product master.
    if ((line.ourProduct ?? isOurProduct(line.productNo, input.ourProductPrefixes)) === false) {
      proposals.push({ code: 'notOurProduct', lineIndex, detail: { productNo: line.productNo } });
    }
    const measured = line.measurements ?? [];
    if (measured.length > 0 && measured.every((m) => m.withinSpec)) {
      proposals.push({ code: 'conformsToContract', lineIndex, detail: { checkedCount: measured.length } });
    }
  });
  return proposals;
}

/** What the product master says about a product number (see masterTerms). */
export interface ProductTerms {
  shelfLifeDays?: number;
  warrantyMonths?: number;
  ourProduct?: boolean;
}

/** Builds check lines from a request plus what the catalogue knows about each product. */
export function claimLinesFromRequest(
  request: Pick<ReturnRequest, 'lines'>,
  productTerms: (productNo: string) => ProductTerms | undefined,
  measurements: Readonly<Record<string, readonly Measurement[]>> = {},
): ClaimCheckLine[] {
  return request.lines.map((line) => ({
    productNo: line.productNo,
    productionDate: line.productionDate,
    shipDate: line.shipDate,
    shelfLifeEnd: line.shelfLifeEnd,
    ...productTerms(line.productNo),
    measurements: measurements[line.id],
  }));
}

export const claimDecisionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('accept'), note: z.string().trim().max(2000, 'returns.tooLong').default('') }),
    z.object({
      kind: z.literal('refuse'),
      reason: z.enum(REFUSAL_REASONS, 'claim.invalidReason'),
      note: z.string().trim().max(2000, 'returns.tooLong').default(''),
    }),
  ], 'returns.invalidEnum')
  .superRefine((decision, ctx) => {
    // 'other' has no meaning of its own: the customer must be told why in words.
    if (decision.kind === 'refuse' && decision.reason === 'other' && decision.note === '') {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'claim.noteRequired' });
    }
  });
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

/** accept | refuse(reason, note), validated; a refusal for 'other' needs a note. */
export function decideClaim(input: unknown): Checked<ClaimDecision> {
  const result = claimDecisionSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toIssues(result.error.issues) };
}
