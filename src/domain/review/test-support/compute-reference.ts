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
import { COST_KINDS, type CostKind } from '../../complaint/quality-cost';
import type { WorkCalendar } from '../../calendar/work-calendar';
import { localDate, parseInstant, startOfLocalDay } from '../../calendar/zone';
import { isValidDate } from '../../calendar/dates';
import { DEADLINE_KINDS, type DeadlineKind } from '../../workflow/deadlines';
import { shiftMonth, trendMonths, type PeriodBounds } from '../period';
import { matchesFilter, type ReviewFilter, type ReviewRow } from '../row';
import { countBy, mean, median, pareto, rate, round, type Counted, type ParetoBar } from '../stats';

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
const ms = (iso: string) => parseInstant(iso);

function monthOf(iso: string, zone: string): string {
  return localDate(ms(iso), zone).slice(0, 7);
}

/** The first instant of the local day six months before `iso`'s local date (the 31st clamps to the month's end). */
function sixMonthsBefore(iso: string, zone: string): number {
  const d = localDate(ms(iso), zone);
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

function daysToClose(cohort: readonly ReviewRow[], o: ReviewOptions): ReviewFigures['daysToClose'] {
  const closed = cohort.filter((r) => r.status === 'closed' && r.closedAt !== undefined);
  const days = closed.map((r) => (ms(r.closedAt as string) - ms(r.receivedAt)) / 86_400_000);
  const work = closed.map((r) => o.calendar.workdaysBetween(localDate(ms(r.receivedAt), o.zone), localDate(ms(r.closedAt as string), o.zone)));
  const r1 = (n: number | undefined) => (n === undefined ? undefined : round(n, 1));
  return { closed: closed.length, meanDays: r1(mean(days)), medianDays: r1(median(days)), meanWorkdays: r1(mean(work)), medianWorkdays: r1(median(work)) };
}

function repeats(cohort: readonly ReviewRow[], all: readonly ReviewRow[], zone: string): ReviewFigures['repeats'] {
  const groups = new Map<string, ReviewRow[]>();
  for (const r of all) {
    if (!r.defect) continue;
    const k = `${r.customerKey}\u0000${r.productKey}\u0000${r.defect}`;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const out: ReviewFigures['repeats'] = [];
  for (const r of cohort) {
    if (!r.defect) continue;
    const since = sixMonthsBefore(r.receivedAt, zone);
    const at = ms(r.receivedAt);
    const earlier = (groups.get(`${r.customerKey}\u0000${r.productKey}\u0000${r.defect}`) ?? [])
      .filter((p) => p.id !== r.id && ms(p.receivedAt) < at && ms(p.receivedAt) >= since)
      .sort((a, b) => ms(b.receivedAt) - ms(a.receivedAt))[0];
    if (earlier) out.push({ ...ref(r), defect: r.defect, previousNumber: earlier.number });
  }
  return out.sort((a, b) => (a.number < b.number ? -1 : 1));
}

function costs(cohort: readonly ReviewRow[], zone: string): ReviewFigures['cost'] {
  const totals = Object.fromEntries([...COST_KINDS, 'returnedFen'].map((k) => [k, 0])) as Record<CostKind | 'returnedFen', number>;
  const byMonth = new Map<string, number>();
  const byCustomer = new Map<string, { key: string; label: string; totalFen: number }>();
  for (const r of cohort) {
    for (const k of COST_KINDS) totals[k] += r.costs?.[k] ?? 0;
    totals.returnedFen += r.returnedFen;
    const c = costOf(r);
    if (c === 0) continue;
    const m = monthOf(r.receivedAt, zone);
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
  const inPeriod = (iso: string | undefined) => iso !== undefined && ms(iso) >= from && ms(iso) <= to;
  const all = rows.filter((r) => matchesFilter(r, filter));
  const cohort = all.filter((r) => inPeriod(r.receivedAt));
  const overdueCases = cohort.flatMap((r) => {
    const d = overdueDeadline(r, nowMs);
    return d ? [{ ...ref(r), ...d }] : [];
  }).sort((a, b) => ms(a.due) - ms(b.due));
  const months = trendMonths(bounds.to);
  const trend = months.map((month) => ({
    month,
    received: all.filter((r) => monthOf(r.receivedAt, o.zone) === month).length,
    closed: all.filter((r) => r.status === 'closed' && r.closedAt !== undefined && monthOf(r.closedAt, o.zone) === month).length,
    costFen: all.filter((r) => monthOf(r.receivedAt, o.zone) === month).reduce((s, r) => s + costOf(r), 0),
  }));
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
    daysToClose: daysToClose(cohort, o),
    paretoCategory: pareto(countBy(cohort, named((r) => r.category))),
    paretoDefect: pareto(countBy(cohort.filter((r) => r.defect !== ''), (r) => r.defect)),
    byCustomer: countBy(cohort, (r) => r.customerKey, (r) => r.customer),
    byProduct: countBy(cohort, (r) => r.productKey, (r) => r.product),
    byDepartment: countBy(cohort, named((r) => r.department)),
    byChannel: countBy(cohort, (r) => r.channel),
    byGrade: countBy(cohort, named((r) => r.grade)),
    trend,
    repeats: repeats(cohort, all, o.zone),
    cost: costs(cohort, o.zone),
    satisfaction: satisfaction(cohort, o),
    accountability: accountability(cohort),
    overdueCases,
  };
}
