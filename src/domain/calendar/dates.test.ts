import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isValidDate, weekdayOf, yearOf } from './dates';

describe('dates', () => {
  it('accepts real dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-9-1')).toBe(false);
    expect(isValidDate('2026-09-01T00:00')).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-25', '2026-10-08')).toBe(13);
    expect(daysBetween('2026-10-08', '2026-09-25')).toBe(-13);
  });

  it('knows the weekday without the machine zone', () => {
    expect(weekdayOf('2026-09-25')).toBe(5); // Friday
    expect(weekdayOf('2026-10-10')).toBe(6); // Saturday
    expect(weekdayOf('1969-12-28')).toBe(0); // before the epoch
    expect(yearOf('2027-01-01')).toBe(2027);
  });

  it('throws on a malformed date instead of computing nonsense', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
