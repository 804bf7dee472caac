import { describe, expect, it } from 'vitest';
import { calendarOverrideSchema, calendarOverridesSchema } from './overrides';

const codes = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);

describe('calendar overrides', () => {
  it('accepts a well-formed override', () => {
    expect(calendarOverrideSchema.parse({ date: '2027-01-01', kind: 'off', note: ' 元旦 ' })).toEqual({
      date: '2027-01-01',
      kind: 'off',
      note: '元旦',
    });
  });

  it('refuses bad dates, kinds and long notes with codes', () => {
    expect(codes(calendarOverrideSchema.safeParse({ date: '2027-02-30', kind: 'off' }))).toEqual(['calendar.invalidDate']);
    expect(codes(calendarOverrideSchema.safeParse({ date: '2027-01-01', kind: 'holiday' }))).toEqual([
      'calendar.invalidKind',
    ]);
    expect(codes(calendarOverrideSchema.safeParse({ date: '2027-01-01', kind: 'off', note: 'x'.repeat(201) }))).toEqual([
      'calendar.noteTooLong',
    ]);
  });

  it('refuses two overrides for one date', () => {
    const r = calendarOverridesSchema.safeParse([
      { date: '2027-01-01', kind: 'off' },
      { date: '2027-01-01', kind: 'workday' },
    ]);
    expect(codes(r)).toEqual(['calendar.duplicateDate']);
    expect(r.error?.issues[0]?.path).toEqual([1, 'date']);
  });
});
