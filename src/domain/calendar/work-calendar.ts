/**
 * The working-day calendar deadlines are counted on: the Chinese statutory
 * calendar with its make-up workdays, overridden per station.
 */
import { addDays, daysBetween, isValidDate, weekdayOf, yearOf } from './dates';
import type { HolidayNotice } from './notice';
import type { CalendarOverride } from './overrides';
import { hasStatutoryYear, statutoryDay } from './statutory';

export type DayKind =
  | 'weekday'
  | 'weekend'
  | 'holiday'
  | 'makeUpWorkday'
  | 'overrideWorkday'
  | 'overrideOff';

export interface WorkCalendar {
  isWorkday(date: string): boolean;
  /** Why a day is or is not worked, for the calendar view. */
  dayKind(date: string): DayKind;
  /**
   * The n-th working day after `date` (n ≥ 1). With n = 0: `date` itself when
   * it is a working day, else the next working day.
   */
  addWorkdays(date: string, n: number): string;
  /** Working days in (from, to]: 0 when to ≤ from. For on-time statistics. */
  workdaysBetween(from: string, to: string): number;
  /**
   * Whether chinese-days has the year's published schedule. When it does not,
   * only overrides distinguish holidays from weekdays: the UI should warn.
   */
  hasStatutoryYear(year: number): boolean;
  /** Number of overrides in a year, to show next to that warning. */
  overridesInYear(year: number): number;
}

/**
 * A year with no statutory data and no override would go on for ever only if
 * overrides switched off more than this many days in a row; that is a
 * configuration error, not a calendar.
 */
const MAX_CONSECUTIVE_OFF_DAYS = 366;

function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
}

/**
 * Later entries for the same date win; the settings schema refuses duplicates
 * anyway. An imported State Council notice (notice.ts) replaces chinese-days
 * for its year; the station's overrides win over both.
 */
export function createWorkCalendar(overrides: readonly CalendarOverride[] = [], notices: readonly HolidayNotice[] = []): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.kind] as const));
  const noticeYears = new Set(notices.map((n) => n.year));
  const noticeDays = new Map<string, 'holiday' | 'makeUpWorkday'>();
  for (const n of notices) {
    for (const d of n.holidays) noticeDays.set(d.date, 'holiday');
    for (const d of n.workdays) noticeDays.set(d.date, 'makeUpWorkday');
  }

  function dayKind(date: string): DayKind {
    assertDate(date);
    const override = byDate.get(date);
    if (override === 'workday') return 'overrideWorkday';
    if (override === 'off') return 'overrideOff';
    const fromNotice = noticeDays.get(date);
    if (fromNotice) return fromNotice;
    if (noticeYears.has(yearOf(date))) {
      const weekday = weekdayOf(date);
      return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
    }
    return statutoryDay(date).kind;
  }

  function isWorkday(date: string): boolean {
    const kind = dayKind(date);
    return kind === 'weekday' || kind === 'makeUpWorkday' || kind === 'overrideWorkday';
  }

  function nextWorkdayAfter(date: string): string {
    let d = date;
    for (let i = 0; i < MAX_CONSECUTIVE_OFF_DAYS; i++) {
      d = addDays(d, 1);
      if (isWorkday(d)) return d;
    }
    throw new RangeError(`no working day within ${MAX_CONSECUTIVE_OFF_DAYS} days after ${date}`);
  }

  function addWorkdays(date: string, n: number): string {
    assertDate(date);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
    let d = n === 0 && isWorkday(date) ? date : nextWorkdayAfter(date);
    for (let i = 1; i < n; i++) d = nextWorkdayAfter(d);
    return d;
  }

  function workdaysBetween(from: string, to: string): number {
    const span = daysBetween(from, to);
    let count = 0;
    for (let i = 1; i <= span; i++) if (isWorkday(addDays(from, i))) count++;
    return count;
  }

  return {
    isWorkday,
    dayKind,
    addWorkdays,
    workdaysBetween,
    hasStatutoryYear: (year) => noticeYears.has(year) || hasStatutoryYear(year),
    overridesInYear: (year) => [...byDate.keys()].filter((d) => yearOf(d) === year).length,
  };
}
