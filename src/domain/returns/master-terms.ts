// What the product master contributes to the claim checks: shelf life and warranty
// of the product on a return line, whether it is ours, and QA's measurements of the
// returned goods judged against the product's characteristic limits.
import { normaliseCode } from '../masterdata/fields';
import { withinLimits, type Characteristic } from '../masterdata/product';
import type { Measurement, ProductTerms } from './claim-checks';

export interface MasterProduct {
  code: string;
  shelfLifeDays: number | null;
  warrantyMonths: number | null;
  ourProduct: boolean;
}

/**
 * productNo → terms. A number the master does not know is not our product,
 * unless the master is empty: a station that never filled it cannot tell, and
 * then the plant's number prefixes decide (no terms here).
 */
export function masterTerms(products: readonly MasterProduct[]): (productNo: string) => ProductTerms | undefined {
  if (products.length === 0) return () => undefined;
  const byCode = new Map(products.map((p) => [normaliseCode(p.code), p]));
  return (productNo) => {
    const p = byCode.get(normaliseCode(productNo));
    if (!p) return { ourProduct: false };
    return {
      ourProduct: p.ourProduct,
      ...(p.shelfLifeDays !== null ? { shelfLifeDays: p.shelfLifeDays } : {}),
      ...(p.warrantyMonths !== null ? { warrantyMonths: p.warrantyMonths } : {}),
    };
  };
}

/**
 * QA's measured values (by characteristic id) judged against the limits. Only
 * characteristics that have a limit and a value count: an unmeasured one proves
 * nothing either way.
 */
export function measurementsAgainstLimits(characteristics: readonly Characteristic[], values: Readonly<Record<string, number | null | undefined>>): Measurement[] {
  return characteristics.flatMap((c) => {
    const v = values[c.id];
    if (v === null || v === undefined || (c.lower === null && c.upper === null)) return [];
    return [{ characteristic: c.name, withinSpec: withinLimits(c, v) }];
  });
}
