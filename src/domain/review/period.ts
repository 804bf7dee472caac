/**
 * The period a review covers: a month, a quarter, a year or a range of local
 * dates, turned into the inclusive instants of the station's zone. A range
 * whose end is before its start is refused with a code the UI translates.
 */
import { addDays, isValidDate } from '../calendar/dates';
import { endOfLocalDay, startOfLocalDay } from '../calendar/zone';

export type ReviewPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'range'] as const;

export type PeriodCode = 'review.err.endBeforeStart' | 'review.err.invalidDate' | 'review.err.invalidPeriod' | 'review.err.rangeTooLong';

export interface PeriodDates {
  /** First and last local day, inclusive. */
  from: string;
  to: string;
}

export interface PeriodBounds extends PeriodDates {
  /** First and last instant of the period in the zone (ISO, UTC), inclusive. */
  fromInstant: string;
  toInstant: string;
}

export type PeriodResult = { ok: true; value: PeriodBounds } | { ok: false; code: PeriodCode };

const pad = (n: number) => String(n).padStart(2, '0');

export function monthStart(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-01`;
}

/** Last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): string {
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  return addDays(next, -1);
}

/** The month key 'YYYY-MM' that is `delta` months from `key`. */
export function shiftMonth(key: string, delta: number): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7)) - 1 + delta;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12 + 1;
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

const validYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100;

/** Ranges longer than this are refused: a review reads every row of its period. */
const MAX_RANGE_DAYS = 3 * 366;

export function periodDates(p: ReviewPeriod): { ok: true; value: PeriodDates } | { ok: false; code: PeriodCode } {
  switch (p.kind) {
    case 'month':
      if (!validYear(p.year) || !Number.isInteger(p.month) || p.month < 1 || p.month > 12) return { ok: false, code: 'review.err.invalidPeriod' };
      return { ok: true, value: { from: monthStart(p.year, p.month), to: monthEnd(p.year, p.month) } };
    case 'quarter':
      if (!validYear(p.year) || !Number.isInteger(p.quarter) || p.quarter < 1 || p.quarter > 4) return { ok: false, code: 'review.err.invalidPeriod' };
      return { ok: true, value: { from: monthStart(p.year, p.quarter * 3 - 2), to: monthEnd(p.year, p.quarter * 3) } };
    case 'year':
      if (!validYear(p.year)) return { ok: false, code: 'review.err.invalidPeriod' };
      return { ok: true, value: { from: monthStart(p.year, 1), to: monthEnd(p.year, 12) } };
    case 'range': {
      if (!isValidDate(p.from) || !isValidDate(p.to)) return { ok: false, code: 'review.err.invalidDate' };
      if (p.to < p.from) return { ok: false, code: 'review.err.endBeforeStart' };
      if (p.to > addDays(p.from, MAX_RANGE_DAYS)) return { ok: false, code: 'review.err.rangeTooLong' };
      return { ok: true, value: { from: p.from, to: p.to } };
    }
  }
}

export function periodBounds(p: ReviewPeriod, zone: string): PeriodResult {
  const d = periodDates(p);
  if (!d.ok) return d;
  return {
    ok: true,
    value: {
      ...d.value,
      fromInstant: new Date(startOfLocalDay(d.value.from, zone)).toISOString(),
      toInstant: new Date(endOfLocalDay(d.value.to, zone)).toISOString(),
    },
  };
}

/** The 12 month keys ending with the month of `to` (the trend's axis). */
export function trendMonths(to: string): string[] {
  const last = to.slice(0, 7);
  return Array.from({ length: 12 }, (_, i) => shiftMonth(last, i - 11));
}

/**
 * The local day the review must read from: the trend needs 12 months, a
 * repeat needs the 6 months before the period's first complaint.
 */
export function readFrom(b: PeriodDates): string {
  const trendStart = `${trendMonths(b.to)[0]}-01`;
  const repeatStart = `${shiftMonth(b.from.slice(0, 7), -6)}${b.from.slice(7)}`;
  const clampedRepeat = isValidDate(repeatStart) ? repeatStart : `${shiftMonth(b.from.slice(0, 7), -6)}-28`;
  return trendStart < clampedRepeat ? trendStart : clampedRepeat;
}
