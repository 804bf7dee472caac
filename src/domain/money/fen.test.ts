import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FEN, formatYuan, mulQtyPrice, parseYuan, sumFen } from './fen';

describe('parseYuan', () => {
  it.each([
    ['1000', 100000],
    ['1000.5', 100050],
    ['1,000.50', 100050],
    ['0', 0],
    ['0.01', 1],
    ['999.99', 99999],
    ['1000.01', 100001],
    ['2000.00', 200000],
    [' ¥12.3 ', 1230],
    ['￥1,234,567.89', 123456789],
    ['100000000', 10000000000],
    ['10000000000', MAX_FEN],
    ['007', 700],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['-1', 'money.negative'],
    ['-0.01', 'money.negative'],
    ['1.005', 'money.tooManyDecimals'],
    ['1,000.123', 'money.tooManyDecimals'],
    ['abc', 'money.notNumber'],
    ['1e3', 'money.notNumber'],
    ['1,00', 'money.notNumber'],
    ['1000.', 'money.notNumber'],
    ['.5', 'money.notNumber'],
    ['1.2.3', 'money.notNumber'],
    ['--1', 'money.notNumber'],
    ['10000000000.01', 'money.tooLarge'],
    ['99999999999', 'money.tooLarge'],
    ['9'.repeat(400), 'money.tooLarge'],
  ])('%j is refused with %s', (text, code) => {
    expect(parseYuan(text)).toEqual({ ok: false, code });
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [50, '0.50'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [100050, '1,000.50'],
    [123456789, '1,234,567.89'],
    [MAX_FEN, '10,000,000,000.00'],
    [-1050, '-10.50'],
  ])('%i → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatYuan(0.5)).toThrow(RangeError);
  });

  it('round trips every amount through parseYuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
      }),
    );
  });

  it('normalises any accepted text to the same amount', () => {
    const text = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.option(fc.integer({ min: 0, max: 99 })))
      .map(([y, f]) => (f === null ? `${y}` : `${y}.${f.toString().padStart(2, '0')}`));
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseYuan(t);
        if (!parsed.ok) throw new Error(`refused ${t}`);
        expect(formatYuan(parsed.fen).replace(/,/g, '')).toBe(t.includes('.') ? t : `${t}.00`);
      }),
    );
  });
});

describe('mulQtyPrice and sumFen', () => {
  it('multiplies exactly', () => {
    expect(mulQtyPrice(3, 333)).toEqual({ ok: true, fen: 999 });
    expect(mulQtyPrice(0, 12345)).toEqual({ ok: true, fen: 0 });
  });
  it('refuses fractional, negative and overflowing inputs', () => {
    expect(mulQtyPrice(1.5, 100)).toEqual({ ok: false, code: 'money.notInteger' });
    expect(mulQtyPrice(2, 0.1)).toEqual({ ok: false, code: 'money.notInteger' });
    expect(mulQtyPrice(-1, 100)).toEqual({ ok: false, code: 'money.negative' });
    expect(mulQtyPrice(2 ** 30, 2 ** 30)).toEqual({ ok: false, code: 'money.overflow' });
  });
  it('sums and detects overflow', () => {
    expect(sumFen([])).toEqual({ ok: true, fen: 0 });
    expect(sumFen([1, 2, 99997])).toEqual({ ok: true, fen: 100000 });
    expect(sumFen([Number.MAX_SAFE_INTEGER, 1])).toEqual({ ok: false, code: 'money.overflow' });
    expect(sumFen([0.1, 0.2])).toEqual({ ok: false, code: 'money.notInteger' });
  });
});
