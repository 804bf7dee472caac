import { describe, expect, it } from 'vitest';
import { RETURNS_CODES } from './codes';
import { requestTotals, validateRequest } from './request';
import { requestInput } from './test-fixtures';

function lineWith(patch: Record<string, unknown>) {
  const base = requestInput();
  return { ...base, lines: [{ ...base.lines[0], ...patch }] };
}

function codesOf(input: unknown): string[] {
  const result = validateRequest(input);
  return result.ok ? [] : result.issues.map((i) => i.code);
}

describe('validateRequest', () => {
  it('accepts a complete request and fills optional text', () => {
    const result = validateRequest(requestInput({ customer: { name: '某公司' } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.customer).toEqual({ name: '某公司', contact: '', phone: '' });
  });

  it.each([
    [{ qtyShipped: -1 }, 'returns.qtyNegative'],
    [{ qtyShipped: 1.5 }, 'returns.qtyNotInteger'],
    [{ qtyRequested: 2.5 }, 'returns.qtyNotInteger'],
    [{ qtyRequested: 0 }, 'returns.qtyRequestedNotPositive'],
    [{ qtyRequested: -3 }, 'returns.qtyRequestedNotPositive'],
    [{ qtyRequested: '3' }, 'returns.qtyNotInteger'],
    [{ unitPriceFen: 10.5 }, 'returns.priceNotInteger'],
    [{ unitPriceFen: -1 }, 'returns.priceNegative'],
    [{ qtyRequested: 101 }, 'returns.qtyRequestedOverShipped'],
    [{ productionDate: '2026-02-30' }, 'returns.invalidDate'],
    [{ reason: '   ' }, 'returns.required'],
    [{ qtyShipped: 1_000_000_000, qtyRequested: 1_000_000_000, unitPriceFen: 1_000_000 }, 'returns.amountTooLarge'],
  ])('line %j → %s', (patch, code) => {
    expect(codesOf(lineWith(patch))).toContain(code);
  });

  it('allows more than shipped once a person confirms it', () => {
    expect(validateRequest(lineWith({ qtyRequested: 101, overShippedConfirmed: true })).ok).toBe(true);
  });

  it('refuses no lines, duplicate line ids, unknown enums, missing order number', () => {
    expect(codesOf(requestInput({ lines: [] }))).toContain('returns.noLines');
    const base = requestInput();
    const line = base.lines[0];
    expect(codesOf({ ...base, lines: [line, line] })).toContain('returns.duplicateLineId');
    expect(codesOf({ ...base, returnType: 'gift' })).toContain('returns.invalidEnum');
    expect(codesOf({ ...base, orderNo: '' })).toContain('returns.required');
  });

  it('reports only codes from the exported list', () => {
    const all = [
      ...codesOf({}),
      ...codesOf(null),
      ...codesOf(lineWith({ qtyShipped: 'x', unitPriceFen: null, id: 5 })),
    ];
    expect(all.length).toBeGreaterThan(0);
    for (const code of all) expect(RETURNS_CODES).toContain(code);
  });
});

describe('requestTotals', () => {
  it('computes amounts from quantities and ignores any amount in the input', () => {
    const base = requestInput();
    const input = {
      ...base,
      lines: [
        { ...base.lines[0], amountFen: 1, claimAmountFen: 20_000 },
        { ...base.lines[0], id: 'L2', qtyRequested: 3, unitPriceFen: 333 },
      ],
    };
    const parsed = validateRequest(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.lines[0]).not.toHaveProperty('amountFen');
    expect(requestTotals(parsed.value)).toEqual({
      goodsFen: 50_000 + 999,
      claimFen: 20_000,
      totalFen: 70_999,
      lines: [
        { id: 'L1', amountFen: 50_000 },
        { id: 'L2', amountFen: 999 },
      ],
    });
  });
});
