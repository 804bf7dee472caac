import { describe, expect, it } from 'vitest';
import { columnWidths, minEm, textEm } from './column-widths';

describe('content-sized columns', () => {
  it('never breaks a date, an amount or a short name; CJK prose may break anywhere', () => {
    expect(minEm('2026年12月2日')).toBeCloseTo(textEm('2026年12月2日'));
    expect(minEm('生产 2026年1月5日')).toBeCloseTo(textEm('生产 2026年1月5日'));
    expect(minEm('Shipped 10 Jan 2026')).toBeCloseTo(textEm('Shipped 10 Jan 2026'));
    expect(minEm('退款 20（¥2,500.00）')).toBeCloseTo(textEm('¥2,500.00'));
    expect(minEm('王磊')).toBe(2);
    expect(minEm('经核查贵方退回的产品已超过约定的保质期')).toBe(1);
  });

  it('gives each column at least what may not break, the rest by what the content wants, and sums to the table width', () => {
    const cols = [['序号', '1', '2'], ['日期', '2026年12月2日'], ['说明', '很长的说明文字'.repeat(8)]];
    const w = columnWidths(cols, { total: 9638, fontPt: 10.5, padding: 120, headers: true });
    expect(w.reduce((a, b) => a + b, 0)).toBe(9638);
    expect(w[1]!).toBeGreaterThanOrEqual(textEm('2026年12月2日') * 210 + 120);
    expect(w[2]!).toBeGreaterThan(w[1]!);
    expect(w[0]!).toBeLessThan(w[1]!);
  });

  it('keeps an English header word whole', () => {
    const [w] = columnWidths([['Responsibility', 'x']], { total: 20000, fontPt: 10.5, padding: 0, headers: true });
    expect(w).toBeGreaterThan(0);
    const narrow = columnWidths([['Responsibility', 'x'], ['Note', 'word '.repeat(60)]], { total: 6000, fontPt: 10.5, padding: 0, headers: true });
    expect(narrow[0]!).toBeGreaterThanOrEqual(textEm('Responsibility') * 210);
  });
});
