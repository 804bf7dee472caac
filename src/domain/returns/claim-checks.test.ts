import { describe, expect, it } from 'vitest';
import { claimLinesFromRequest, decideClaim, isOurProduct, proposeRefusals, type ClaimCheckLine } from './claim-checks';
import { addMonths, isPlainDate } from './plain-date';
import { requestWorth } from './test-fixtures';

const PREFIXES = ['CD-', 'kd'];

function check(line: ClaimCheckLine, asOf = '2026-03-01', prefixes: readonly string[] = PREFIXES) {
  return proposeRefusals({ asOf, lines: [line], ourProductPrefixes: prefixes });
}

describe('proposeRefusals', () => {
  it('proposes nothing for a fresh product of ours', () => {
    expect(check({ productNo: 'CD-100', productionDate: '2026-01-01', shelfLifeDays: 365, warrantyMonths: 12 })).toEqual([]);
  });

  it('shelf life: the end day is still covered, the day after is not', () => {
    const line = { productNo: 'CD-1', productionDate: '2026-01-01', shelfLifeDays: 59 }; // ends 2026-03-01
    expect(check(line, '2026-03-01')).toEqual([]);
    expect(check(line, '2026-03-02')).toEqual([
      { code: 'pastShelfLife', lineIndex: 0, detail: { shelfLifeEnd: '2026-03-01', asOf: '2026-03-02', daysPast: 1 } },
    ]);
  });

  it('a printed expiry date wins over the computed one', () => {
    const line = { productNo: 'CD-1', productionDate: '2026-01-01', shelfLifeDays: 365, shelfLifeEnd: '2026-02-01' };
    expect(check(line).map((p) => p.code)).toEqual(['pastShelfLife']);
  });

  it('warranty runs from the ship date, else the production date, by calendar months', () => {
    expect(check({ productNo: 'CD-1', productionDate: '2024-01-01', shipDate: '2025-03-01', warrantyMonths: 12 }, '2026-03-01')).toEqual([]);
    expect(check({ productNo: 'CD-1', productionDate: '2024-01-01', shipDate: '2025-03-01', warrantyMonths: 12 }, '2026-03-02')).toEqual([
      { code: 'pastWarranty', lineIndex: 0, detail: { warrantyEnd: '2026-03-01', asOf: '2026-03-02', daysPast: 1 } },
    ]);
    expect(check({ productNo: 'CD-1', productionDate: '2025-01-31', warrantyMonths: 1 }, '2025-03-01').map((p) => p.code)).toEqual(['pastWarranty']);
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('flags products outside our catalogue, case-insensitively, and never with an empty catalogue', () => {
    expect(isOurProduct(' kd-55 ', PREFIXES)).toBe(true);
    expect(isOurProduct('XY-1', PREFIXES)).toBe(false);
    expect(isOurProduct('XY-1', [])).toBeUndefined();
    expect(isOurProduct('XY-1', ['  '])).toBeUndefined();
    expect(check({ productNo: 'XY-1' })).toEqual([{ code: 'notOurProduct', lineIndex: 0, detail: { productNo: 'XY-1' } }]);
    expect(check({ productNo: 'XY-1' }, '2026-03-01', [])).toEqual([]);
  });

  it('proposes conformsToContract only when everything measured is within spec', () => {
    const ok = { characteristic: 'length', withinSpec: true };
    const bad = { characteristic: 'hardness', withinSpec: false };
    expect(check({ productNo: 'CD-1', measurements: [ok, ok] })).toEqual([{ code: 'conformsToContract', lineIndex: 0, detail: { checkedCount: 2 } }]);
    expect(check({ productNo: 'CD-1', measurements: [ok, bad] })).toEqual([]);
    expect(check({ productNo: 'CD-1', measurements: [] })).toEqual([]);
  });

  it('reports each line by index', () => {
    const proposals = proposeRefusals({ asOf: '2026-03-01', ourProductPrefixes: PREFIXES, lines: [{ productNo: 'CD-1' }, { productNo: 'ZZ-9' }] });
    expect(proposals.map((p) => [p.code, p.lineIndex])).toEqual([['notOurProduct', 1]]);
  });

  it('builds check lines from a request and the catalogue terms', () => {
    const request = requestWorth(100);
    const lines = claimLinesFromRequest(request, (no) => (no === 'CD-100' ? { shelfLifeDays: 10 } : undefined), {
      L1: [{ characteristic: 'x', withinSpec: true }],
    });
    expect(lines[0]).toMatchObject({ productNo: 'CD-100', productionDate: '2026-01-05', shelfLifeDays: 10 });
    expect(proposeRefusals({ asOf: '2026-03-01', lines, ourProductPrefixes: PREFIXES }).map((p) => p.code)).toEqual([
      'pastShelfLife',
      'conformsToContract',
    ]);
  });
});

describe('decideClaim', () => {
  it('accepts accept and reasoned refusals', () => {
    expect(decideClaim({ kind: 'accept' })).toEqual({ ok: true, value: { kind: 'accept', note: '' } });
    expect(decideClaim({ kind: 'refuse', reason: 'pastWarranty' })).toEqual({ ok: true, value: { kind: 'refuse', reason: 'pastWarranty', note: '' } });
    expect(decideClaim({ kind: 'refuse', reason: 'other', note: '客户自行改装' }).ok).toBe(true);
  });
  it('requires a note for other and a known reason', () => {
    expect(decideClaim({ kind: 'refuse', reason: 'other', note: '  ' })).toEqual({ ok: false, issues: [{ path: ['note'], code: 'claim.noteRequired' }] });
    expect(decideClaim({ kind: 'refuse', reason: 'tooExpensive' })).toEqual({ ok: false, issues: [{ path: ['reason'], code: 'claim.invalidReason' }] });
    expect(decideClaim({ kind: 'maybe' }).ok).toBe(false);
  });
});

describe('plain dates', () => {
  it('validates real calendar days only', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2025-02-29')).toBe(false);
    expect(isPlainDate('2025-13-01')).toBe(false);
    expect(isPlainDate('2025-1-01')).toBe(false);
  });
});
