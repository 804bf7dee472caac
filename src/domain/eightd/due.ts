/**
 * Action due dates on the plant's working-day calendar (statutory calendar
 * with make-up workdays, plus the plant's overrides). The editor offers
 * "+N working days from today" and warns when a typed date is not a working
 * day. It warns rather than moving the date: a date agreed with the customer,
 * or a weekend sorting shift, is sometimes meant; the engineer decides with one
 * click, and what they typed is never changed behind their back.
 */
import { isValidDate } from '../calendar/dates';
import type { DayKind, WorkCalendar } from '../calendar/work-calendar';

/** The quick picks the action editor offers. */
export const DUE_WORKDAY_PICKS = [1, 2, 3, 5, 7, 10, 15, 20] as const;

/** The n-th working day after `today` (n ≥ 1): the due date of "+n working days". */
export function dueInWorkdays(calendar: WorkCalendar, today: string, n: number): string {
  return calendar.addWorkdays(today, n);
}

export interface NonWorkdayDue {
  /** Why the day is off: weekend, statutory holiday or a plant override. */
  kind: Exclude<DayKind, 'weekday' | 'makeUpWorkday' | 'overrideWorkday'>;
  /** The first working day after it, offered as the correction. */
  nextWorkday: string;
}

/** null when `due` is empty, not a date (the schema reports that) or a working day. */
export function nonWorkdayDue(calendar: WorkCalendar, due: string): NonWorkdayDue | null {
  if (!isValidDate(due) || calendar.isWorkday(due)) return null;
  return { kind: calendar.dayKind(due) as NonWorkdayDue['kind'], nextWorkday: calendar.addWorkdays(due, 0) };
}
