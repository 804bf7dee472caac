/**
 * A product of the master data (产品档案): what the claim checks need (shelf life,
 * warranty, whether it is ours, the characteristics with their specification
 * limits) and what the forms copy into a complaint. Messages are i18n keys.
 */
import { z } from 'zod';
import { masterCode, optionalText, requiredText } from './fields';

export const characteristicSchema = z
  .object({
    id: z.string().min(1).max(40),
    name: requiredText(100),
    unit: optionalText(20),
    lower: z.number({ error: 'validation.number' }).finite().nullable(),
    upper: z.number({ error: 'validation.number' }).finite().nullable(),
    order: z.number().int().min(0),
  })
  .superRefine((c, ctx) => {
    if (c.lower !== null && c.upper !== null && c.lower > c.upper) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'validation.limitsOrder' });
    }
  });
export type Characteristic = z.infer<typeof characteristicSchema>;

export const productInputSchema = z.object({
  code: masterCode,
  name: requiredText(200),
  spec: optionalText(200),
  drawingNo: optionalText(100),
  drawingRev: optionalText(20),
  unit: optionalText(20),
  shelfLifeDays: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(100_000, { error: 'validation.tooLarge' }).nullable(),
  warrantyMonths: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(600, { error: 'validation.warrantyMax' }).nullable(),
  ourProduct: z.boolean(),
  /** Standard unit price in fen (分): money is never a float. */
  unitPriceFen: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(100_000_000_000, { error: 'validation.tooLarge' }).nullable(),
  productionLine: optionalText(100),
  characteristics: z.array(characteristicSchema).max(200, { error: 'validation.tooMany' }),
  active: z.boolean(),
});
export type ProductInput = z.infer<typeof productInputSchema>;

export function emptyProductInput(): ProductInput {
  return {
    code: '', name: '', spec: '', drawingNo: '', drawingRev: '', unit: '', shelfLifeDays: null, warrantyMonths: null,
    ourProduct: true, unitPriceFen: null, productionLine: '', characteristics: [], active: true,
  };
}

/** "外径:9.9~10.1 mm; 硬度:58~ HRC" — the characteristics as one spreadsheet cell. */
export function formatCharacteristics(list: readonly Characteristic[]): string {
  return list
    .map((c) => `${c.name}:${c.lower ?? ''}~${c.upper ?? ''}${c.unit ? ` ${c.unit}` : ''}`)
    .join('; ');
}

const CHARACTERISTIC_CELL = /^([^:：]+)[:：]\s*(-?\d+(?:\.\d+)?)?\s*[~～]\s*(-?\d+(?:\.\d+)?)?\s*(.*)$/;

/** The reverse of formatCharacteristics; undefined when a part does not read as "name:lower~upper unit". */
export function parseCharacteristics(cell: string, idFor: (index: number) => string): Characteristic[] | undefined {
  const parts = cell.split(/[;；]/).map((p) => p.trim()).filter((p) => p !== '');
  const out: Characteristic[] = [];
  for (const [i, part] of parts.entries()) {
    const m = CHARACTERISTIC_CELL.exec(part);
    if (!m) return undefined;
    out.push({
      id: idFor(i),
      name: (m[1] ?? '').trim(),
      lower: m[2] === undefined ? null : Number(m[2]),
      upper: m[3] === undefined ? null : Number(m[3]),
      unit: (m[4] ?? '').trim(),
      order: i,
    });
  }
  return out;
}

/** A measured value against one characteristic's limits (inclusive); no limits means nothing to judge. */
export function withinLimits(c: Pick<Characteristic, 'lower' | 'upper'>, value: number): boolean {
  return (c.lower === null || value >= c.lower) && (c.upper === null || value <= c.upper);
}
