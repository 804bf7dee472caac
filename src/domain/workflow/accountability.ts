/**
 * Accountability (责任追究 / 考核) on a case: who was responsible, the class of
 * cause, the assessment in points or money, who decided it and when.
 */
import { z } from 'zod';
import { MAX_FEN } from '../money/fen';

export const CAUSE_CLASSES = ['design', 'process', 'material', 'supplier', 'inspection', 'operator', 'logistics', 'management', 'other'] as const;
export type CauseClass = (typeof CAUSE_CLASSES)[number];

export const accountabilityInputSchema = z
  .object({
    departmentId: z.string().trim().min(1, { error: 'accountability.departmentRequired' }).max(60),
    personName: z.string().trim().max(100, { error: 'validation.tooLong' }),
    causeClass: z.enum(CAUSE_CLASSES, { error: 'accountability.causeRequired' }),
    points: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(1000, { error: 'validation.tooLarge' }),
    amountFen: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(MAX_FEN, { error: 'validation.tooLarge' }),
    note: z.string().trim().max(1000, { error: 'validation.tooLong' }),
  })
  .refine((a) => a.points > 0 || a.amountFen > 0 || a.note !== '', { error: 'accountability.assessmentRequired', path: ['points'] });
export type AccountabilityInput = z.infer<typeof accountabilityInputSchema>;

export interface Accountability extends AccountabilityInput {
  /** Who decided (name as printed) and when (ISO instant). */
  decidedBy: string;
  decidedAt: string;
}
