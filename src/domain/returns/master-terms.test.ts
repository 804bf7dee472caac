import { describe, expect, it } from 'vitest';
import { claimLinesFromRequest, proposeRefusals } from './claim-checks';
import { masterTerms, measurementsAgainstLimits, type MasterProduct } from './master-terms';

const PUMP: MasterProduct = { code: 'P-001', shelfLifeDays: 180, warrantyMonths: 12, ourProduct: true };
const TRADED: MasterProduct = { code: 'T-900', shelfLifeDays: null, warrantyMonths: null, ourProduct: false };
const MASTER = [PUMP, TRADED];

/** One return line checked with the master's terms, as the claim panel does. */
function check(line: { productNo: string; productionDate?: string; shipDate?: string }, asOf: string, measurements: ReturnType<typeof measurementsAgainstLimits> = []) {
  const request = { lines: [{ id: 'L1', productNo: line.productNo, productionDate: line.productionDate, shipDate: line.shipDate }] };
  const lines = claimLinesFromRequest(request as never, masterTerms(MASTER), { L1: measurements });
  return proposeRefusals({ asOf, lines, ourProductPrefixes: [] }).map((p) => p.code);
}

describe('claim checks from the product master', () => {
  it('past shelf life: production date + shelf life before the receipt date', () => {
    // 2026-01-01 + 180 days = 2026-06-30, the last day covered.
    expect(check({ productNo: 'p-001', productionDate: '2026-01-01' }, '2026-06-30')).toEqual([]);
    expect(check({ productNo: 'p-001', productionDate: '2026-01-01' }, '2026-07-01')).toEqual(['pastShelfLife']);
  });

  it('past warranty: ship date + warranty months', () => {
    expect(check({ productNo: 'P-001', shipDate: '2025-03-15' }, '2026-03-15')).toEqual([]);
    expect(check({ productNo: 'P-001', shipDate: '2025-03-15' }, '2026-03-16')).toEqual(['pastWarranty']);
  });

  it('not our product: the flag is off, or the master does not know the number', () => {
    expect(check({ productNo: 'T-900' }, '2026-03-01')).toEqual(['notOurProduct']);
    expect(check({ productNo: 'X-1' }, '2026-03-01')).toEqual(['notOurProduct']);
    expect(check({ productNo: 'P-001' }, '2026-03-01')).toEqual([]);
  });

  it('an empty master cannot tell: the number prefixes decide', () => {
    const lines = claimLinesFromRequest({ lines: [{ id: 'L1', productNo: 'X-1' }] } as never, masterTerms([]));
    expect(proposeRefusals({ asOf: '2026-03-01', lines, ourProductPrefixes: [] })).toEqual([]);
    expect(proposeRefusals({ asOf: '2026-03-01', lines, ourProductPrefixes: ['P-'] }).map((p) => p.code)).toEqual(['notOurProduct']);
  });

  it('conforms to contract: every measured characteristic within its limits', () => {
    const chars = [
      { id: 'd', name: '外径', unit: 'mm', lower: 9.9, upper: 10.1, order: 0 },
      { id: 'h', name: '硬度', unit: 'HRC', lower: 58, upper: null, order: 1 },
      { id: 'n', name: '外观', unit: '', lower: null, upper: null, order: 2 },
    ];
    const good = measurementsAgainstLimits(chars, { d: 10.0, h: 60, n: 1 });
    expect(good).toEqual([{ characteristic: '外径', withinSpec: true }, { characteristic: '硬度', withinSpec: true }]);
    expect(check({ productNo: 'P-001' }, '2026-03-01', good)).toEqual(['conformsToContract']);
    const bad = measurementsAgainstLimits(chars, { d: 10.2, h: 60 });
    expect(check({ productNo: 'P-001' }, '2026-03-01', bad)).toEqual([]);
    expect(measurementsAgainstLimits(chars, {})).toEqual([]);
  });
});
