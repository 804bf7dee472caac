import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { hoursDueMs, workdayDueMs } from './due';

const cal = createWorkCalendar();
const SH = 'Asia/Shanghai';
const due = (iso: string, n: number, zone = SH, c = cal) => new Date(workdayDueMs(Date.parse(iso), n, zone, c)).toISOString();

describe('working-day due rule', () => {
  it('Friday 2026-09-25 is itself Mid-Autumn: ack and reply land after the holidays', () => {
    // 10:00 Shanghai on a holiday: the clock starts Monday 09-28.
    expect(due('2026-09-25T10:00:00+08:00', 1)).toBe('2026-09-28T15:59:59.999Z'); // end of Mon 09-28
    // 09-28, 09-29, 09-30, [National Day 10-01…10-07], 10-08, 10-09, 10-10 (make-up Sat), 10-12
    expect(due('2026-09-25T10:00:00+08:00', 7)).toBe('2026-10-12T15:59:59.999Z');
  });

  it('the last working day before National Day: same wall time after the holiday', () => {
    expect(due('2026-09-30T16:00:00+08:00', 1)).toBe('2026-10-08T08:00:00.000Z'); // Thu 10-08 16:00
    expect(due('2026-09-30T16:00:00+08:00', 7)).toBe('2026-10-15T08:00:00.000Z');
  });

  it('Thursday before Mid-Autumn: due Monday at the same time', () => {
    expect(due('2026-09-24T16:00:00+08:00', 1)).toBe('2026-09-28T08:00:00.000Z');
  });

  it('a make-up Sunday (调休 2026-09-20) counts as a working day', () => {
    expect(due('2026-09-18T16:00:00+08:00', 1)).toBe('2026-09-20T08:00:00.000Z'); // Fri → Sun 16:00
    // Received on the Saturday in between: the make-up Sunday is day one.
    expect(due('2026-09-19T09:00:00+08:00', 1)).toBe('2026-09-20T15:59:59.999Z');
  });

  it('crosses New Year 2026→2027: the package does not know 2027, overrides do', () => {
    expect(due('2026-12-31T10:00:00+08:00', 1)).toBe('2027-01-01T02:00:00.000Z');
    expect(due('2026-12-31T10:00:00+08:00', 7)).toBe('2027-01-11T02:00:00.000Z');
    const filled = createWorkCalendar([{ date: '2027-01-01', kind: 'off', note: '元旦' }]);
    expect(due('2026-12-31T10:00:00+08:00', 1, SH, filled)).toBe('2027-01-04T02:00:00.000Z');
    // 01-04 … 01-08, 01-11, 01-12
    expect(due('2026-12-31T10:00:00+08:00', 7, SH, filled)).toBe('2027-01-12T02:00:00.000Z');
  });

  it('counts days on the station wall clock: late 30 Sep UTC is National Day in Shanghai', () => {
    const instant = '2026-09-30T17:30:00Z'; // 2026-10-01 01:30 in Shanghai
    expect(due(instant, 1, SH)).toBe('2026-10-08T15:59:59.999Z');
    // The same instant at a station on UTC is still Wednesday, a working day.
    expect(due(instant, 1, 'UTC')).toBe('2026-10-08T17:30:00.000Z');
  });

  it('refuses a zero or fractional allowance', () => {
    expect(() => due('2026-09-30T16:00:00+08:00', 0)).toThrow(RangeError);
    expect(() => due('2026-09-30T16:00:00+08:00', 1.5)).toThrow(RangeError);
  });
});

describe('hour allowance', () => {
  it('24 hours is elapsed time, weekends and holidays included', () => {
    const fri = Date.parse('2026-10-16T18:00:00+08:00');
    expect(new Date(hoursDueMs(fri, 24)).toISOString()).toBe('2026-10-17T10:00:00.000Z'); // Saturday 18:00
    const holiday = Date.parse('2026-10-02T09:00:00+08:00');
    expect(new Date(hoursDueMs(holiday, 24)).toISOString()).toBe('2026-10-03T01:00:00.000Z');
  });
});
