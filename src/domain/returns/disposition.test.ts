import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPOSITION_KINDS, dispositionProgress, isFullyDisposed, refundTotalFen, validateDisposition } from './disposition';
import { receipt } from './test-fixtures';

const received = receipt([
  { lineId: 'L1', countedQty: 10, location: 'R-01', isolationTag: 'isolated' },
  { lineId: 'L2', countedQty: 0, location: '', isolationTag: 'pending' },
]);
const codes = (lines: unknown[]) => {
  const r = validateDisposition({ lines }, received);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('validateDisposition', () => {
  it('accepts actions that add up exactly to the received quantity', () => {
    expect(codes([{ lineId: 'L1', actions: [{ kind: 'rework', qty: 6 }, { kind: 'scrap', qty: 3 }, { kind: 'refund', qty: 1, refundFen: 5_000 }] }])).toEqual([]);
  });
  it.each([
    [[{ kind: 'scrap', qty: 9 }]],
    [[{ kind: 'scrap', qty: 11 }]],
    [[]],
  ])('refuses %j for 10 received', (actions) => {
    expect(codes([{ lineId: 'L1', actions }])).toEqual(['disposition.sumMismatch']);
  });
  it('refuses a missing line, zero or fractional quantities, refunds without an amount', () => {
    expect(codes([])).toEqual(['disposition.sumMismatch']);
    expect(codes([{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 0 }] }])).toEqual(['disposition.qtyNotPositive']);
    expect(codes([{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 2.5 }] }])).toEqual(['returns.qtyNotInteger']);
    expect(codes([{ lineId: 'L1', actions: [{ kind: 'refund', qty: 10 }] }])).toEqual(['disposition.refundAmountRequired']);
    expect(codes([{ lineId: 'L1', actions: [{ kind: 'replace', qty: 10, replaceShipDate: '2026-02-31' }] }])).toEqual(['returns.invalidDate']);
  });
  it('refuses unknown and duplicate lines', () => {
    const full = { lineId: 'L1', actions: [{ kind: 'replace', qty: 10, replaceShipDate: '2026-03-20' }] };
    expect(codes([full, { lineId: 'L9', actions: [] }])).toEqual(['disposition.unknownLine']);
    expect(codes([full, full])).toContain('disposition.duplicateLine');
  });
});

describe('progress', () => {
  it('tracks disposed against received, and sums refunds', () => {
    const d = { lines: [{ lineId: 'L1', actions: [{ kind: 'refund' as const, qty: 4, refundFen: 2_000 }, { kind: 'refund' as const, qty: 1, refundFen: 500 }] }] };
    expect(dispositionProgress(d, received)).toEqual([
      { lineId: 'L1', receivedQty: 10, disposedQty: 5, complete: false },
      { lineId: 'L2', receivedQty: 0, disposedQty: 0, complete: true },
    ]);
    expect(isFullyDisposed(d, received)).toBe(false);
    expect(refundTotalFen(d)).toBe(2_500);
  });

  it('is complete exactly when the split adds up (property)', () => {
    const action = fc.record({ kind: fc.constantFrom(...DISPOSITION_KINDS), qty: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 6 }), (actions) => {
        const d = { lines: [{ lineId: 'L1', actions }] };
        const sum = actions.reduce((s, a) => s + a.qty, 0);
        expect(isFullyDisposed(d, received)).toBe(sum === 10);
      }),
    );
  });
});
