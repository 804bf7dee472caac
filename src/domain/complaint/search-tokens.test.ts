import { describe, expect, it } from 'vitest';
import { complaintSearchTokens } from './search-tokens';

const base = {
  number: 'QA1-2026-0042',
  customer: { name: '华东精密机械有限公司', company: '' },
  product: { name: 'Hydraulic Pump', model: 'HP-200', batchNo: 'B20260312-07', serialNo: '', orderNo: 'SO-8812' },
};

describe('complaint search tokens', () => {
  const tokens = complaintSearchTokens(base);
  const finds = (q: string) => tokens.some((t) => t.startsWith(q.toLowerCase()));

  it('finds a complaint by any part of its number', () => {
    expect(finds('qa1-2026-0042')).toBe(true);
    expect(finds('0042')).toBe(true);
  });

  it('finds a Chinese customer name by a substring in the middle', () => {
    expect(finds('精密')).toBe(true);
    expect(finds('机械有限')).toBe(true);
  });

  it('finds products and batches case-insensitively', () => {
    expect(finds('PUMP')).toBe(true);
    expect(finds('b20260312')).toBe(true);
    expect(finds('so-88')).toBe(true);
  });

  it('does not match what is not there', () => {
    expect(finds('西南')).toBe(false);
    expect(finds('0043')).toBe(false);
  });
});
