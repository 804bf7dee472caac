import { describe, expect, it } from 'vitest';
import { STATUTORY_YEARS, hasStatutoryYear, isStatutoryWorkday, statutoryDay } from './statutory';

describe('statutory calendar from chinese-days', () => {
  it('covers 2004–2026 and not 2027 (the package version we ship)', () => {
    expect(STATUTORY_YEARS[0]).toBe(2004);
    expect(STATUTORY_YEARS.at(-1)).toBe(2026);
    expect(hasStatutoryYear(2026)).toBe(true);
    expect(hasStatutoryYear(2027)).toBe(false);
  });

  it('2026 Mid-Autumn (25–27 Sep) and National Day (1–7 Oct) with make-up days 20 Sep and 10 Oct', () => {
    for (const d of ['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-05', '2026-10-07']) {
      expect(statutoryDay(d).kind, d).toBe('holiday');
      expect(isStatutoryWorkday(d), d).toBe(false);
    }
    expect(statutoryDay('2026-09-20').kind).toBe('makeUpWorkday'); // Sunday
    expect(statutoryDay('2026-10-10').kind).toBe('makeUpWorkday'); // Saturday
    expect(isStatutoryWorkday('2026-10-10')).toBe(true);
    expect(statutoryDay('2026-10-08')).toEqual({ kind: 'weekday' });
    expect(statutoryDay('2026-10-11')).toEqual({ kind: 'weekend' });
  });

  it('names the holiday', () => {
    expect(statutoryDay('2026-10-01').holiday).toContain('国庆节');
  });

  it('knows nothing of 2027 holidays: New Year 2027 looks like a plain Friday', () => {
    expect(statutoryDay('2027-01-01')).toEqual({ kind: 'weekday' });
  });
});
