/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through UTC epoch
 * days because a date string has no zone: using local Date getters would make
 * the result depend on the machine's time zone.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
/** Dates already judged: the calendar asks about the same few thousand days again and again. */
const judged = new Map<string, boolean>();

export function isValidDate(value: string): boolean {
  const known = judged.get(value);
  if (known !== undefined) return known;
  const valid = judgeDate(value);
  if (judged.size >= 50_000) judged.clear();
  judged.set(value, valid);
  return valid;
}

function judgeDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toEpochDay(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday.
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
