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
  const end = starts[starts.length - 1] as number;
  return (instantMs) => {
    if (!(instantMs >= (starts[0] as number) && instantMs < end)) return localDate(instantMs, zone);
    let lo = 0;
    let hi = starts.length - 1;
    // The last day whose first instant is not after instantMs.
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= instantMs) lo = mid;
      else hi = mid;
    }
    return dates[lo] as string;
  };
}
