/**
 * The Chinese statutory calendar (法定节假日 and 调休 make-up workdays) from the
 * chinese-days package.
 *
 * We read the package's data file rather than call isWorkday()/getDayDetail():
 * those parse 'YYYY-MM-DD' as UTC midnight and then read it with local-time
 * getters, so on a machine west of UTC they answer for the previous day. The
 * data file is plain date keys, independent of the machine's zone.
 *
 * The package knows the years the State Council has published (2004–2026 in
 * 1.5.7). For a later year it knows nothing, and every weekday would count as
 * a working day: `hasStatutoryYear` lets the UI warn and ask for overrides.
 */
import { z } from 'zod';
import data from 'chinese-days/dist/chinese-days.json';
import { weekdayOf } from './dates';

const dataSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
  inLieuDays: z.record(z.string(), z.string()),
});

const statutory = dataSchema.parse(data);

/** Years for which the package has the published holiday schedule. */
export const STATUTORY_YEARS: readonly number[] = [
  ...new Set(Object.keys(statutory.holidays).map((d) => Number(d.slice(0, 4)))),
].sort((a, b) => a - b);

export type StatutoryDayKind = 'weekday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface StatutoryDay {
  kind: StatutoryDayKind;
  /** The package's holiday name, e.g. "National Day,国庆节,3" (not for display as is). */
  holiday?: string;
}

export function hasStatutoryYear(year: number): boolean {
  return STATUTORY_YEARS.includes(year);
}

export function statutoryDay(date: string): StatutoryDay {
  const weekday = weekdayOf(date);
  const weekend = weekday === 0 || weekday === 6;
  const makeUp = statutory.workdays[date];
  // The package's `workdays` are exactly the weekend days worked in lieu (调休).
  if (makeUp !== undefined) return { kind: 'makeUpWorkday', holiday: makeUp };
  const holiday = statutory.holidays[date];
  if (holiday !== undefined) return { kind: 'holiday', holiday };
  return { kind: weekend ? 'weekend' : 'weekday' };
}

export function isStatutoryWorkday(date: string): boolean {
  const { kind } = statutoryDay(date);
  return kind === 'weekday' || kind === 'makeUpWorkday';
}

