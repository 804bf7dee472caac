import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';
import { createWorkCalendar } from './work-calendar';

const cal = createWorkCalendar();

describe('work calendar', () => {
  it('counts a make-up Saturday (调休) as a working day and a holiday weekday as off', () => {
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.dayKind('2026-10-10')).toBe('makeUpWorkday');
    expect(cal.isWorkday('2026-10-01')).toBe(false);
    expect(cal.isWorkday('2026-10-11')).toBe(false);
  });

  it('addWorkdays skips the 2026 Mid-Autumn and National Day holidays', () => {
    expect(cal.addWorkdays('2026-09-24', 1)).toBe('2026-09-28');
    expect(cal.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon
    expect(cal.addWorkdays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('the make-up Sunday 2026-09-20 is the next working day after Saturday', () => {
    expect(cal.addWorkdays('2026-09-18', 1)).toBe('2026-09-20');
    expect(cal.addWorkdays('2026-09-19', 0)).toBe('2026-09-20');
  });

  it('n = 0 keeps a working day and rolls a day off forward', () => {
    expect(cal.addWorkdays('2026-10-08', 0)).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-10-03', 0)).toBe('2026-10-08');
  });

  it('refuses negative or fractional counts and bad dates', () => {
    expect(() => cal.addWorkdays('2026-10-08', -1)).toThrow(RangeError);
    expect(() => cal.addWorkdays('2026-10-08', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkday('2026-10-32')).toThrow(RangeError);
  });

  it('overrides win over the package in both directions', () => {
    const plant = createWorkCalendar([
      { date: '2026-10-08', kind: 'off', note: 'plant shutdown' },
      { date: '2026-10-03', kind: 'workday' },
    ]);
    expect(plant.isWorkday('2026-10-08')).toBe(false);
    expect(plant.dayKind('2026-10-08')).toBe('overrideOff');
    expect(plant.isWorkday('2026-10-03')).toBe(true);
    expect(plant.dayKind('2026-10-03')).toBe('overrideWorkday');
    expect(plant.addWorkdays('2026-09-30', 1)).toBe('2026-10-03');
    expect(plant.addWorkdays('2026-10-03', 1)).toBe('2026-10-09');
  });

  it('2027 is not in the package: overrides fill New Year 2027', () => {
    expect(cal.hasStatutoryYear(2027)).toBe(false);
    expect(cal.addWorkdays('2026-12-31', 1)).toBe('2027-01-01'); // the package cannot know
    const filled = createWorkCalendar([{ date: '2027-01-01', kind: 'off', note: '元旦' }]);
    expect(filled.overridesInYear(2027)).toBe(1);
    expect(filled.overridesInYear(2026)).toBe(0);
    expect(filled.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('counts working days in (from, to]', () => {
    expect(cal.workdaysBetween('2026-09-30', '2026-10-12')).toBe(4);
    expect(cal.workdaysBetween('2026-10-12', '2026-09-30')).toBe(0);
  });

  it('fails loudly when overrides switch off a whole year', () => {
    const off = Array.from({ length: 400 }, (_, i) => ({ date: addDays('2026-12-01', i), kind: 'off' as const }));
    expect(() => createWorkCalendar(off).addWorkdays('2026-12-01', 1)).toThrow(RangeError);
  });

  const dateArb = fc
    .integer({ min: 0, max: daysBetween('2004-01-01', '2027-12-31') })
    .map((i) => addDays('2004-01-01', i));
  const overridesArb = fc.array(
    fc.record({ date: dateArb, kind: fc.constantFrom('workday' as const, 'off' as const) }),
    { maxLength: 30 },
  );

  it('property: addWorkdays lands on a working day, never before the start, and grows with n', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), overridesArb, (date, n, overrides) => {
        const c = createWorkCalendar(overrides);
        const a = c.addWorkdays(date, n);
        const b = c.addWorkdays(date, n + 1);
        expect(c.isWorkday(a)).toBe(true);
        expect(daysBetween(date, a)).toBeGreaterThanOrEqual(0);
        // Strictly later for n ≥ 1; n = 0 on a day off rolls to the same day as n = 1.
        if (n > 0 || c.isWorkday(date)) expect(daysBetween(a, b)).toBeGreaterThan(0);
        else expect(b).toBe(a);
        if (n > 0) expect(c.workdaysBetween(date, a)).toBe(n);
      }),
    );
  });
});
