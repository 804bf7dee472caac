/**
 * The monthly review's figures from plain rows (row.ts): counts, on-time
 * rates, days to close, Pareto, distributions, the 12-month trend, repeats,
 * cost of quality, satisfaction and accountability. Pure: the caller passes
 * the rows of the period plus the 12 months (and 6 for repeats) before its
 * end, the zone, the calendar and `now`.
 *
 * Definitions (the same ones the tracking table shows):
 * - the cohort is the complaints received in the period (local days of the zone);
 *   received/closed/rejected/open count the cohort by its status now;
 * - closedInPeriod counts complaints of any age closed inside the period;
 * - overdue: an open case with a deadline neither completed nor ended whose
 *   current due is before `now`;
 * - on time per milestone: completed deadlines met against their current due,
 *   over completed + overdue-open; ended (restarted, not required) ones do not count;
 * - days to close: closed cohort cases, calendar days (receipt → last close) and
 *   working days on the calendar between their local dates;
 * - repeat: same customer, product and defect as an earlier complaint received
 *   within the 6 months before.
 */
import { COST_KINDS, type CostKind } from '../complaint/quality-cost';
import type { WorkCalendar } from '../calendar/work-calendar';
import { parseInstant, startOfLocalDay } from '../calendar/zone';
import { addDays, daysBetween, isValidDate } from '../calendar/dates';
import { DEADLINE_KINDS, type DeadlineKind } from '../workflow/deadlines';
import { localDays, spanAt } from './local-days';
import { readFrom, shiftMonth, trendMonths, type PeriodBounds } from './period';
import { matchesFilter, type ReviewFilter, type ReviewRow } from './row';
import { countBy, mean, median, pareto, rate, round, type Counted, type ParetoBar } from './stats';

export interface ReviewOptions {
  zone: string;
  now: string;
  calendar: WorkCalendar;
  /** Overall score from which a customer counts as satisfied (follow-up.ts SATISFIED_FROM). */
  satisfiedFrom: number;
  /** Survey items in the order of settings. */
  surveyItems: readonly string[];
}

export interface OnTimeFigure {
  kind: DeadlineKind;
  completed: number;
  onTime: number;
  /** Open deadlines already past due: late, though not completed yet. */
  lateOpen: number;
  /** onTime / (completed + lateOpen), undefined when none. */
  rate: number | undefined;
}

export interface CaseRef {
  id: string;
  number: string;
  customer: string;
  product: string;
}

export interface ReviewFigures {
  counts: { received: number; closed: number; rejected: number; open: number; overdue: number; closedInPeriod: number; reopened: number };
  onTime: OnTimeFigure[];
  daysToClose: { closed: number; meanDays?: number; medianDays?: number; meanWorkdays?: number; medianWorkdays?: number };
  paretoCategory: ParetoBar[];
  paretoDefect: ParetoBar[];
  byCustomer: Counted[];
  byProduct: Counted[];
  byDepartment: Counted[];
  byChannel: Counted[];
  byGrade: Counted[];
  trend: { month: string; received: number; closed: number; costFen: number }[];
  repeats: (CaseRef & { defect: string; previousNumber: string })[];
  cost: {
    totals: Record<CostKind | 'returnedFen', number>;
    totalFen: number;
    byMonth: { month: string; totalFen: number }[];
    byCustomer: { key: string; label: string; totalFen: number }[];
  };
  satisfaction: {
    answered: number;
    items: { item: string; answered: number; mean?: number }[];
    /** Cases per overall score 1–5 (index 0 = score 1). */
    distribution: number[];
    unsatisfied: (CaseRef & { overall: number; reopened: boolean })[];
  };
  accountability: {
    byDepartment: { key: string; cases: number; points: number; amountFen: number }[];
    byPerson: { key: string; department: string; cases: number; points: number; amountFen: number }[];
  };
  overdueCases: (CaseRef & { kind: DeadlineKind; due: string })[];
}

const ref = (r: ReviewRow): CaseRef => ({ id: r.id, number: r.number, customer: r.customer, product: r.product });
const isFinal = (status: string) => status === 'closed' || status === 'rejected';
/** Two decimal digits of `s` at `i`, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * parseInstant, with a shortcut for the shape toISOString writes (every
 * stored instant): a review parses tens of thousands, and the general check
 * is a regular expression. The shortcut reads the digits itself (Date.parse
 * was half of a month's figures). Date.UTC rolls a 30 February over as Date.parse
 * does; a field out of its range, a year before 100 and any other shape go
 * through parseInstant.
 */
export function ms(iso: string): number {
  if (iso.length !== 24 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':' || iso[19] !== '.' || iso[23] !== 'Z') return parseInstant(iso);
  const c1 = twoDigits(iso, 0);
  const c2 = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  const second = twoDigits(iso, 17);
  const milli = twoDigits(iso, 20);
  const last = iso.charCodeAt(22) - 48;
  // Date.UTC reads the years 0–99 as 1900–1999.
  if (c1 < 1 || c2 < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0 || last < 0 || last > 9) {
    return parseInstant(iso);
  }
  return Date.UTC(c1 * 100 + c2, month - 1, day, hour, minute, second, milli * 10 + last);
}

/** The local date of an instant (localDays: localDate, faster over the review's days). */
type DateOf = (instantMs: number) => string;

function monthOf(iso: string, dateOf: DateOf): string {
  return dateOf(ms(iso)).slice(0, 7);
}

/** The first instant of the local day six months before the local date `d` (the 31st clamps to the month's end). */
function sixMonthsBefore(d: string, zone: string): number {
  const month = shiftMonth(d.slice(0, 7), -6);
  let day = Number(d.slice(8, 10));
  let date = `${month}-${String(day).padStart(2, '0')}`;
  while (!isValidDate(date) && day > 28) date = `${month}-${String(--day).padStart(2, '0')}`;
  return startOfLocalDay(date, zone);
}

function costOf(r: ReviewRow): number {
  return COST_KINDS.reduce((s, k) => s + (r.costs?.[k] ?? 0), 0) + r.returnedFen;
}

/** The earliest overdue open deadline of an open case, if any. */
function overdueDeadline(r: ReviewRow, nowMs: number): { kind: DeadlineKind; due: string } | undefined {
  if (isFinal(r.status)) return undefined;
  return r.deadlines
    .filter((d) => d.completedAt === undefined && !d.ended && ms(d.due) < nowMs)
    .sort((a, b) => ms(a.due) - ms(b.due))
    .map((d) => ({ kind: d.kind, due: d.due }))[0];
}

function onTimeFigures(cohort: readonly ReviewRow[], nowMs: number): OnTimeFigure[] {
  return DEADLINE_KINDS.map((kind) => {
    let completed = 0;
    let onTime = 0;
    let lateOpen = 0;
    for (const r of cohort) {
      for (const d of r.deadlines) {
        if (d.kind !== kind) continue;
        if (d.completedAt !== undefined) {
          completed++;
          if (ms(d.completedAt) <= ms(d.due)) onTime++;
        } else if (!d.ended && !isFinal(r.status) && ms(d.due) < nowMs) lateOpen++;
      }
    }
    return { kind, completed, onTime, lateOpen, rate: rate(onTime, completed + lateOpen) };
  });
}

/** Longest span of days counted once up front; a longer one (bad data) asks the calendar pair by pair. */
const MAX_COUNTED_DAYS = 4_000;

/**
 * calendar.workdaysBetween for many pairs: the working days of every date
 * from the earliest to the latest are counted once, a pair is a difference.
 */
function workdayCounter(pairs: readonly [string, string][], calendar: WorkCalendar): (from: string, to: string) => number {
  const dates = pairs.flat().sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined || daysBetween(first, last) > MAX_COUNTED_DAYS) return (a, b) => calendar.workdaysBetween(a, b);
  const upTo: number[] = [0];
  for (let i = 1; i <= daysBetween(first, last); i++) upTo.push((upTo[i - 1] as number) + (calendar.isWorkday(addDays(first, i)) ? 1 : 0));
  return (a, b) => (b <= a ? 0 : (upTo[daysBetween(first, b)] as number) - (upTo[daysBetween(first, a)] as number));
}

function daysToClose(cohort: readonly ReviewRow[], dateOf: DateOf, o: ReviewOptions): ReviewFigures['daysToClose'] {
  const closed = cohort.filter((r) => r.status === 'closed' && r.closedAt !== undefined);
  const days = closed.map((r) => (ms(r.closedAt as string) - ms(r.receivedAt)) / 86_400_000);
  const pairs = closed.map((r): [string, string] => [dateOf(ms(r.receivedAt)), dateOf(ms(r.closedAt as string))]);
  const workdays = workdayCounter(pairs, o.calendar);
  const work = pairs.map(([a, b]) => workdays(a, b));
  const r1 = (n: number | undefined) => (n === undefined ? undefined : round(n, 1));
  return { closed: closed.length, meanDays: r1(mean(days)), medianDays: r1(median(days)), meanWorkdays: r1(mean(work)), medianWorkdays: r1(median(work)) };
}

/** The index of the month whose [start, next start) holds `at`, from the months' first instants (and the end's); -1 outside. */
const monthAt = spanAt;

/** The 12-month trend in one pass over the rows, each instant placed among the months' first instants. */
function trendOf(all: readonly ReviewRow[], months: readonly string[], zone: string): ReviewFigures['trend'] {
  const trend = months.map((month) => ({ month, received: 0, closed: 0, costFen: 0 }));
  const starts = [...months, shiftMonth(months[months.length - 1] as string, 1)].map((m) => startOfLocalDay(`${m}-01`, zone));
  for (const r of all) {
    const received = trend[monthAt(starts, ms(r.receivedAt))];
    if (received) {
      received.received++;
      received.costFen += costOf(r);
    }
    if (r.status !== 'closed' || r.closedAt === undefined) continue;
    const closed = trend[monthAt(starts, ms(r.closedAt))];
    if (closed) closed.closed++;
  }
  return trend;
}

interface Received {
  at: number;
  row: ReviewRow;
}

/**
 * The latest of `list` (ascending by `at`, ties in the rows' order) received
 * before `r` and not before `since`; of several at that instant, the first.
 */
function latestBefore(list: readonly Received[], r: ReviewRow, at: number, since: number): ReviewRow | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Received).at < at) lo = mid + 1;
    else hi = mid;
  }
  let top = lo - 1;
  while (top >= 0) {
    const runAt = (list[top] as Received).at;
    if (runAt < since) return undefined;
    let start = top;
    while (start > 0 && (list[start - 1] as Received).at === runAt) start--;
    for (let k = start; k <= top; k++) if ((list[k] as Received).row.id !== r.id) return (list[k] as Received).row;
    top = start - 1;
  }
  return undefined;
}

function repeats(cohort: readonly ReviewRow[], all: readonly ReviewRow[], dateOf: DateOf, zone: string): ReviewFigures['repeats'] {
  const groups = new Map<string, Received[]>();
  for (const r of all) {
    const at = ms(r.receivedAt);
    if (!r.defect || Number.isNaN(at)) continue;
    const k = `${r.customerKey}\u0000${r.productKey}\u0000${r.defect}`;
    const list = groups.get(k);
    if (list) list.push({ at, row: r });
    else groups.set(k, [{ at, row: r }]);
  }
  // Sorted once; Array.prototype.sort is stable, so equal instants keep the rows' order.
  for (const list of groups.values()) list.sort((a, b) => a.at - b.at);
  const out: ReviewFigures['repeats'] = [];
  const sinceByDate = new Map<string, number>();
  for (const r of cohort) {
    if (!r.defect) continue;
    const date = dateOf(ms(r.receivedAt));
    let since = sinceByDate.get(date);
    if (since === undefined) {
      since = sixMonthsBefore(date, zone);
      sinceByDate.set(date, since);
    }
    const earlier = latestBefore(groups.get(`${r.customerKey}\u0000${r.productKey}\u0000${r.defect}`) ?? [], r, ms(r.receivedAt), since);
    if (earlier) out.push({ ...ref(r), defect: r.defect, previousNumber: earlier.number });
  }
  return out.sort((a, b) => (a.number < b.number ? -1 : 1));
}

function costs(cohort: readonly ReviewRow[], dateOf: DateOf): ReviewFigures['cost'] {
  const totals = Object.fromEntries([...COST_KINDS, 'returnedFen'].map((k) => [k, 0])) as Record<CostKind | 'returnedFen', number>;
  const byMonth = new Map<string, number>();
  const byCustomer = new Map<string, { key: string; label: string; totalFen: number }>();
  for (const r of cohort) {
    for (const k of COST_KINDS) totals[k] += r.costs?.[k] ?? 0;
    totals.returnedFen += r.returnedFen;
    const c = costOf(r);
    if (c === 0) continue;
    const m = monthOf(r.receivedAt, dateOf);
    byMonth.set(m, (byMonth.get(m) ?? 0) + c);
    const e = byCustomer.get(r.customerKey) ?? { key: r.customerKey, label: r.customer, totalFen: 0 };
    e.totalFen += c;
    byCustomer.set(r.customerKey, e);
  }
  return {
    totals,
    totalFen: Object.values(totals).reduce((a, b) => a + b, 0),
    byMonth: [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, totalFen]) => ({ month, totalFen })),
    byCustomer: [...byCustomer.values()].sort((a, b) => b.totalFen - a.totalFen || (a.key < b.key ? -1 : 1)),
  };
}

function satisfaction(cohort: readonly ReviewRow[], o: ReviewOptions): ReviewFigures['satisfaction'] {
  const answered = cohort.filter((r) => r.scores && Object.keys(r.scores).length > 0);
  const items = o.surveyItems.map((item) => {
    const values = answered.flatMap((r) => (r.scores?.[item] === undefined ? [] : [r.scores[item] as number]));
    const m = mean(values);
    return { item, answered: values.length, ...(m !== undefined && { mean: round(m, 2) }) };
  });
  const distribution = [0, 0, 0, 0, 0];
  const unsatisfied: ReviewFigures['satisfaction']['unsatisfied'] = [];
  for (const r of answered) {
    const overall = r.scores?.overall;
    if (overall === undefined || overall < 1 || overall > 5) continue;
    distribution[overall - 1] = (distribution[overall - 1] ?? 0) + 1;
    if (overall < o.satisfiedFrom) unsatisfied.push({ ...ref(r), overall, reopened: r.reopenCount > 0 });
  }
  return { answered: answered.length, items, distribution, unsatisfied };
}

function accountability(cohort: readonly ReviewRow[]): ReviewFigures['accountability'] {
  const dept = new Map<string, ReviewFigures['accountability']['byDepartment'][number]>();
  const person = new Map<string, ReviewFigures['accountability']['byPerson'][number]>();
  for (const r of cohort) {
    const a = r.accountability;
    if (!a) continue;
    const d = dept.get(a.departmentId) ?? { key: a.departmentId, cases: 0, points: 0, amountFen: 0 };
    d.cases++;
    d.points += a.points;
    d.amountFen += a.amountFen;
    dept.set(a.departmentId, d);
    if (!a.personName) continue;
    const pk = `${a.departmentId}\u0000${a.personName}`;
    const p = person.get(pk) ?? { key: a.personName, department: a.departmentId, cases: 0, points: 0, amountFen: 0 };
    p.cases++;
    p.points += a.points;
    p.amountFen += a.amountFen;
    person.set(pk, p);
  }
  const order = <T extends { cases: number; key: string }>(a: T, b: T) => b.cases - a.cases || (a.key < b.key ? -1 : 1);
  return { byDepartment: [...dept.values()].sort(order), byPerson: [...person.values()].sort(order) };
}

export function computeReview(rows: readonly ReviewRow[], bounds: PeriodBounds, filter: ReviewFilter, o: ReviewOptions): ReviewFigures {
  const from = ms(bounds.fromInstant);
  const to = ms(bounds.toInstant);
  const nowMs = ms(o.now);
  const inPeriod = (iso: string | undefined) => {
    if (iso === undefined) return false;
    const at = ms(iso);
    return at >= from && at <= to;
  };
  const all = rows.filter((r) => matchesFilter(r, filter));
  const cohort = all.filter((r) => inPeriod(r.receivedAt));
  const overdueCases = cohort.flatMap((r) => {
    const d = overdueDeadline(r, nowMs);
    return d ? [{ ...ref(r), ...d }] : [];
  }).sort((a, b) => ms(a.due) - ms(b.due));
  const dateOf = localDays(readFrom(bounds), bounds.to, o.zone);
  const trend = trendOf(all, trendMonths(bounds.to), o.zone);
  const named = (key: (r: ReviewRow) => string) => (r: ReviewRow) => key(r) || '';
  return {
    counts: {
      received: cohort.length,
      closed: cohort.filter((r) => r.status === 'closed').length,
      rejected: cohort.filter((r) => r.status === 'rejected').length,
      open: cohort.filter((r) => !isFinal(r.status)).length,
      overdue: overdueCases.length,
      closedInPeriod: all.filter((r) => r.status === 'closed' && inPeriod(r.closedAt)).length,
      reopened: cohort.filter((r) => r.reopenCount > 0).length,
    },
    onTime: onTimeFigures(cohort, nowMs),
    daysToClose: daysToClose(cohort, dateOf, o),
    paretoCategory: pareto(countBy(cohort, named((r) => r.category))),
    paretoDefect: pareto(countBy(cohort.filter((r) => r.defect !== ''), (r) => r.defect)),
    byCustomer: countBy(cohort, (r) => r.customerKey, (r) => r.customer),
    byProduct: countBy(cohort, (r) => r.productKey, (r) => r.product),
    byDepartment: countBy(cohort, named((r) => r.department)),
    byChannel: countBy(cohort, (r) => r.channel),
    byGrade: countBy(cohort, named((r) => r.grade)),
    trend,
    repeats: repeats(cohort, all, dateOf, o.zone),
    cost: costs(cohort, dateOf),
    satisfaction: satisfaction(cohort, o),
    accountability: accountability(cohort),
    overdueCases,
  };
}
