import { describe, expect, it } from 'vitest';
import { complaintSearchTokens, nameMatches, textWords } from './search-tokens';

const base = {
  number: 'QA1-2026-0042',
  customer: { name: '华东精密机械有限公司', company: '' },
  product: { name: 'Hydraulic Pump', model: 'HP-200', batchNo: 'B20260312-07', serialNo: '', orderNo: 'SO-8812' },
  details: { symptom: '设备运行时泵体接合面漏油，压力不足' },
};

describe('complaint search tokens', () => {
  const tokens = complaintSearchTokens(base);
  const finds = (q: string) => tokens.some((t) => t.startsWith(q.toLowerCase()));

  it('finds a complaint by any part of its number', () => {
    expect(finds('qa1-2026-0042')).toBe(true);
    expect(finds('0042')).toBe(true);
    expect(finds('2026')).toBe(true);
  });

  it('finds batches, orders and models case-insensitively, whole and by segment', () => {
    expect(finds('b20260312')).toBe(true);
    expect(finds('07')).toBe(true);
    expect(finds('so-88')).toBe(true);
    expect(finds('8812')).toBe(true);
    expect(finds('HP-2')).toBe(true);
  });

  it('finds words of the symptom', () => {
    expect(finds('漏油')).toBe(true);
    expect(finds('压力')).toBe(true);
    expect(textWords('漏油漏油 漏油')).toEqual(['漏油']);
  });

  it('leaves names out of the tokens and matches them by substring instead', () => {
    expect(tokens.some((t) => t.includes('精密'))).toBe(false);
    expect(nameMatches(base.customer.name, '机械有限')).toBe(true);
    expect(nameMatches(base.product.name, 'pump')).toBe(true);
    expect(nameMatches(base.customer.name, '西南')).toBe(false);
  });

  it('does not match what is not there', () => {
    expect(finds('0043')).toBe(false);
    expect(finds('异响')).toBe(false);
  });
});
