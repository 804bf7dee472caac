import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseCapitals } from './chinese-capitals';
import { MAX_FEN } from './fen';

// [fen, expected]: official examples from 《支付结算办法》 (in our chosen variant), plus
// every boundary the approval rules use and the zero runs around 万 and 亿.
const CASES: readonly [number, string][] = [
  [0, '零元整'],
  [1, '壹分'],
  [5, '伍分'],
  [10, '壹角整'],
  [15, '壹角伍分'],
  [50, '伍角整'],
  [100, '壹元整'],
  [101, '壹元零壹分'],
  [1000, '壹拾元整'],
  [1005, '壹拾元零伍分'],
  [1010, '壹拾元壹角整'],
  [10010, '壹佰元壹角整'],
  [32504, '叁佰贰拾伍元零肆分'],
  [99999, '玖佰玖拾玖元玖角玖分'],
  [100000, '壹仟元整'],
  [100001, '壹仟元零壹分'],
  [101050, '壹仟零壹拾元伍角整'],
  [140950, '壹仟肆佰零玖元伍角整'],
  [600714, '陆仟零柒元壹角肆分'],
  [168032, '壹仟陆佰捌拾元叁角贰分'],
  [200000, '贰仟元整'],
  [200001, '贰仟元零壹分'],
  [1640902, '壹万陆仟肆佰零玖元零贰分'],
  [1000000, '壹万元整'],
  [1000100, '壹万零壹元整'],
  [1001000, '壹万零壹拾元整'],
  [10700053, '壹拾万柒仟元伍角叁分'],
  [10001000, '壹拾万零壹拾元整'],
  [100400000, '壹佰万肆仟元整'],
  [100040000, '壹佰万零肆佰元整'],
  [1000000100, '壹仟万零壹元整'],
  [1010101000, '壹仟零壹拾万壹仟零壹拾元整'],
  [2895465200, '贰仟捌佰玖拾伍万肆仟陆佰伍拾贰元整'],
  [10000000000, '壹亿元整'],
  [10000000001, '壹亿元零壹分'],
  [10000000100, '壹亿零壹元整'],
  [10000100000, '壹亿零壹仟元整'],
  [10001000000, '壹亿零壹万元整'],
  [10100000000, '壹亿零壹佰万元整'],
  [11000000000, '壹亿壹仟万元整'],
  [20000000001, '贰亿元零壹分'],
  [100000000000, '壹拾亿元整'],
  [101000000000, '壹拾亿壹仟万元整'],
  [MAX_FEN, '壹佰亿元整'],
  [MAX_FEN - 1, '玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

describe('chineseCapitals', () => {
  it.each(CASES)('%i fen → %s', (fen, expected) => {
    expect(chineseCapitals(fen)).toBe(expected);
  });

  it('has at least 25 table cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses amounts it cannot write', () => {
    expect(() => chineseCapitals(-1)).toThrow(RangeError);
    expect(() => chineseCapitals(1.5)).toThrow(RangeError);
    expect(() => chineseCapitals(MAX_FEN + 1)).toThrow(RangeError);
  });

  it('never doubles 零, never ends in 零, and puts 整 only where the rules allow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        const text = chineseCapitals(fen);
        expect(text).not.toContain('零零');
        expect(text.endsWith('零')).toBe(false);
        if (fen !== 0) expect(text.startsWith('零')).toBe(false);
        expect(text.endsWith('整')).toBe(fen % 10 === 0);
        expect(text).not.toMatch(/分整/);
        expect(text).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a digit for each nonzero place (round trip through a reader)', () => {
    // An independent reader: parses the capitals back to fen.
    const value: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
    const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    function read(text: string): number {
      let total = 0;
      let section = 0;
      let current = 0;
      for (const ch of text) {
        if (ch in value) current = value[ch] ?? 0;
        else if (ch in small) { section += current * (small[ch] ?? 0); current = 0; }
        else if (ch === '万' || ch === '亿') {
          total += (section + current) * (ch === '万' ? 1e4 : 1e8) * 100;
          section = 0; current = 0;
        } else if (ch === '元') { total += (section + current) * 100; section = 0; current = 0; }
        else if (ch === '角') { total += current * 10; current = 0; }
        else if (ch === '分') { total += current; current = 0; }
      }
      return total;
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_99 }), (fen) => {
        expect(read(chineseCapitals(fen))).toBe(fen);
      }),
    );
  });
});
