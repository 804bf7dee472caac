// QA's judgement of the goods the warehouse received: how many were inspected, how
// many conform, what the defect is and whose fault it is. Feeds the 8D decision.
import { z } from 'zod';
import { toIssues, type Checked, type Issue } from './codes';
import { lineCoverageIssues } from './line-coverage';
import { receivedQty, type Receipt } from './receipt';

export const RESPONSIBILITIES = ['production', 'inspectionMiss', 'design', 'supplier', 'transport', 'customerMisuse'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

const count = z.number({ error: 'returns.qtyNotInteger' }).int('returns.qtyNotInteger').min(0, 'returns.qtyNegative').max(1_000_000_000, 'returns.amountTooLarge');

export const judgementLineSchema = z.object({
  lineId: z.string().min(1, 'returns.required'),
  inspectedQty: count,
  conformingQty: count,
  nonconformingQty: count,
  defectFound: z.string().trim().max(2000, 'returns.tooLong').default(''),
  /** Required once anything is nonconforming; meaningless when all goods conform. */
  responsibility: z.enum(RESPONSIBILITIES, 'returns.invalidEnum').optional(),
  eightDRequired: z.boolean(),
});
export type JudgementLine = z.infer<typeof judgementLineSchema>;

export const judgementSchema = z.object({
  judgedAt: z.iso.datetime({ offset: true, error: 'approval.invalidInstant' }),
  judgedBy: z.string().trim().min(1, 'returns.required').max(100, 'returns.tooLong'),
  lines: z.array(judgementLineSchema).max(500, 'returns.tooLong'),
});
export type Judgement = z.infer<typeof judgementSchema>;

/** Cross-checks against the receipt: sums add up, nothing inspected that was not received. */
export function judgementIssues(judgement: Judgement, receipt: Receipt): Issue[] {
  // Every line that physically arrived must be judged; lines with nothing received may be skipped.
  const mustJudge = receipt.lines.filter((l) => receivedQty(receipt, l.lineId) > 0).map((l) => l.lineId);
  const issues = lineCoverageIssues(judgement.lines, receipt.lines.map((l) => l.lineId), {
    unknown: 'judgement.unknownLine',
    duplicate: 'judgement.duplicateLine',
  });
  const judged = new Set(judgement.lines.map((l) => l.lineId));
  mustJudge.forEach((id) => {
    if (!judged.has(id)) issues.push({ path: ['lines'], code: 'judgement.lineMissing' });
  });
  judgement.lines.forEach((line, i) => {
    if (line.conformingQty + line.nonconformingQty !== line.inspectedQty) {
      issues.push({ path: ['lines', i, 'nonconformingQty'], code: 'judgement.sumMismatch' });
    }
    if (line.inspectedQty > receivedQty(receipt, line.lineId)) {
      issues.push({ path: ['lines', i, 'inspectedQty'], code: 'judgement.inspectedOverCounted' });
    }
    if (line.nonconformingQty > 0 && !line.responsibility) {
      issues.push({ path: ['lines', i, 'responsibility'], code: 'judgement.responsibilityRequired' });
    }
  });
  return issues;
}

export function validateJudgement(input: unknown, receipt: Receipt): Checked<Judgement> {
  const parsed = judgementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = judgementIssues(parsed.data, receipt);
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

const OUR_FAULT: ReadonlySet<Responsibility> = new Set(['production', 'inspectionMiss', 'design', 'supplier']);

/** Default for the eightDRequired box: a real defect that is ours (or our supplier's) gets an 8D. */
export function suggestEightD(line: Pick<JudgementLine, 'nonconformingQty' | 'responsibility'>): boolean {
  return line.nonconformingQty > 0 && line.responsibility !== undefined && OUR_FAULT.has(line.responsibility);
}
