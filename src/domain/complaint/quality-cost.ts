/**
 * Cost of quality recorded on a complaint (质量成本), in integer fen: what the
 * case cost beyond the returned goods (which the returns table holds).
 */
import { z } from 'zod';
import { MAX_FEN } from '../money/fen';

export const COST_KINDS = ['claimsPaidFen', 'replacementFen', 'freightFen', 'scrapFen', 'reworkFen'] as const;
export type CostKind = (typeof COST_KINDS)[number];

const fen = z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(MAX_FEN, { error: 'validation.tooLarge' });

export const qualityCostSchema = z.object({
  claimsPaidFen: fen,
  replacementFen: fen,
  freightFen: fen,
  scrapFen: fen,
  reworkFen: fen,
});
export type QualityCost = z.infer<typeof qualityCostSchema>;

export const ZERO_COST: QualityCost = { claimsPaidFen: 0, replacementFen: 0, freightFen: 0, scrapFen: 0, reworkFen: 0 };
