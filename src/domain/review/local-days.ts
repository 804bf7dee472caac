/**
 * The local date of many instants of a known span of days: the first instant
 * of each day is found once, an instant's date is a binary search among them
 * (localDate costs a zone lookup and a Date per instant, and a review asks it
 * for every row).
 */
import { addDays, daysBetween } from '../calendar/dates';
import { localDate, startOfLocalDay } from '../calendar/zone';

/** `localDate` for instants; those outside `first`…`last` ask localDate itself. */
export function localDays(first: string, last: string, zone: string): (instantMs: number) => string {
  const dates: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i <= daysBetween(first, last) + 1; i++) {
    dates.push(addDays(first, i));
    starts.push(startOfLocalDay(addDays(first, i), zone));
  }
  return (instantMs) => {
    const i = spanAt(starts, instantMs);
    return i < 0 ? localDate(instantMs, zone) : (dates[i] as string);
  };
}

/**
 * The index of the span [starts[i], starts[i + 1]) that holds `at`, from the
 * spans' ascending first instants and the last one's end; -1 outside them all.
 */
export function spanAt(starts: readonly number[], at: number): number {
  if (!(at >= (starts[0] as number) && at < (starts[starts.length - 1] as number))) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}
