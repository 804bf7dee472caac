/**
 * How a due instant is computed from a start instant (the receipt, or a
 * reopen). The rule plants use for "within N working days":
 *
 * - Received on a working day at local time T: due at the same wall-clock time
 *   T on the N-th working day after the receipt day. Friday 16:00 with a
 *   one-day allowance is due Monday 16:00 (or the make-up Sunday 16:00, or the
 *   first day after a holiday).
 * - Received on a day off (weekend, holiday, plant shutdown): the clock starts
 *   at the beginning of the next working day, so the N working days are that
 *   day and the N − 1 following; due at the end (23:59:59.999 local) of the
 *   last. Saturday receipt with a one-day allowance is due Monday end of day.
 * - Office hours are not modelled: a receipt at 23:00 on a working day is due
 *   at 23:00. Plants count days, not hours, and the case is acknowledged the
 *   next morning in either reading.
 *
 * Hour allowances (containment) are plain elapsed time and ignore the calendar:
 * stopping shipments cannot wait for Monday.
 *
 * Everything is computed on the station's wall clock (its IANA zone), because
 * "which day" depends on it: 2026-09-30 17:30 UTC is already National Day in
 * Shanghai.
 */
import type { WorkCalendar } from '../calendar/work-calendar';
import { endOfLocalDay, zonedDateTime, zonedToInstant } from '../calendar/zone';

export function workdayDueMs(startMs: number, workdays: number, zone: string, calendar: WorkCalendar): number {
  if (!Number.isInteger(workdays) || workdays < 1) throw new RangeError(`working days must be ≥ 1: ${workdays}`);
  const local = zonedDateTime(startMs, zone);
  if (calendar.isWorkday(local.date)) {
    return zonedToInstant(calendar.addWorkdays(local.date, workdays), local, zone);
  }
  const firstWorkday = calendar.addWorkdays(local.date, 0);
  return endOfLocalDay(calendar.addWorkdays(firstWorkday, workdays - 1), zone);
}

export function hoursDueMs(startMs: number, hours: number): number {
  return startMs + hours * 3_600_000;
}
