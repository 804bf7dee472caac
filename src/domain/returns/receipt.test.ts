import { describe, expect, it } from 'vitest';
import { receiptDifferences, receivedQty, suggestReceiptOutcome, validateReceipt } from './receipt';
import { receipt, requestWorth } from './test-fixtures';

// One line: 100 shipped, 1 requested (requestWorth sets qtyRequested to 1).
const request = requestWorth(5_000);
const line = (countedQty: number, location = 'R-01') => ({ lineId: 'L1', countedQty, location, isolationTag: 'isolated' as const });
const codes = (input: unknown) => {
  const r = validateReceipt(input, request);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('validateReceipt', () => {
  it('accepts a normal receipt', () => {
    expect(codes(receipt([line(1)]))).toEqual([]);
  });

  it('needs confirmation to count more than was shipped', () => {
    expect(codes(receipt([line(100)]))).toEqual([]);
    expect(codes(receipt([line(101)]))).toEqual(['receipt.overReceiptNotConfirmed']);
    expect(codes(receipt([line(101)], { overReceiptConfirmed: true }))).toEqual([]);
  });

  it('refuses negative or fractional counts, unknown, duplicate and missing lines', () => {
    expect(codes(receipt([line(-1)]))).toEqual(['returns.qtyNegative']);
    expect(codes(receipt([line(1.5)]))).toEqual(['returns.qtyNotInteger']);
    expect(codes(receipt([line(1), { ...line(1), lineId: 'L9' }]))).toEqual(['receipt.unknownLine']);
    expect(codes(receipt([line(1), line(1)]))).toEqual(['receipt.duplicateLine']);
    expect(codes(receipt([]))).toEqual(['receipt.lineMissing', 'receipt.outcomeMismatch']);
  });

  it('requires a storage location for goods kept, and something counted unless refused', () => {
    expect(codes(receipt([line(1, '')]))).toEqual(['receipt.locationRequired']);
    expect(codes(receipt([line(0, '')], { outcome: 'partial' }))).toEqual(['receipt.outcomeMismatch']);
    expect(codes(receipt([line(0, '')], { outcome: 'refused' }))).toEqual([]);
  });
});

describe('differences and outcome', () => {
  it('computes counted − requested per line', () => {
    expect(receiptDifferences(receipt([line(3)]), request)).toEqual([{ lineId: 'L1', requestedQty: 1, countedQty: 3, difference: 2 }]);
    expect(receiptDifferences(receipt([]), request)[0]?.difference).toBe(-1);
  });
  it('suggests accepted, partial or refused', () => {
    expect(suggestReceiptOutcome([{ lineId: 'a', requestedQty: 2, countedQty: 2, difference: 0 }])).toBe('accepted');
    expect(suggestReceiptOutcome([{ lineId: 'a', requestedQty: 2, countedQty: 1, difference: -1 }])).toBe('partial');
    expect(suggestReceiptOutcome([{ lineId: 'a', requestedQty: 2, countedQty: 0, difference: -2 }])).toBe('refused');
  });
  it('holds nothing of a delivery refused at the door', () => {
    expect(receivedQty(receipt([line(5)]), 'L1')).toBe(5);
    expect(receivedQty(receipt([line(5)], { outcome: 'refused' }), 'L1')).toBe(0);
  });
});
