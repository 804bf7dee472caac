import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_SURVEY_ITEMS } from '../workflow/survey';
import { computeReview, type ReviewOptions } from './compute';
import { periodBounds, readFrom, trendMonths, type PeriodBounds } from './period';
import { FIXTURE_NOW, REVIEW_FIXTURE } from './review-fixture';

const ZONE = 'Asia/Shanghai';
const options: ReviewOptions = { zone: ZONE, now: FIXTURE_NOW, calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS };

function september(): PeriodBounds {
  const r = periodBounds({ kind: 'month', year: 2026, month: 9 }, ZONE);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

describe('review period', () => {
  it('turns a month into the local first and last instants', () => {
    expect(september()).toEqual({ from: '2026-09-01', to: '2026-09-30', fromInstant: '2026-08-31T16:00:00.000Z', toInstant: '2026-09-30T15:59:59.999Z' });
  });
  it('knows quarters, years and leap Februaries', () => {
    const q = periodBounds({ kind: 'quarter', year: 2026, quarter: 3 }, ZONE);
    expect(q.ok && [q.value.from, q.value.to]).toEqual(['2026-07-01', '2026-09-30']);
    const y = periodBounds({ kind: 'year', year: 2026 }, ZONE);
    expect(y.ok && [y.value.from, y.value.to]).toEqual(['2026-01-01', '2026-12-31']);
    const f = periodBounds({ kind: 'month', year: 2024, month: 2 }, ZONE);
    expect(f.ok && f.value.to).toBe('2024-02-29');
  });
  it('refuses a range whose end is before its start, and bad dates', () => {
    expect(periodBounds({ kind: 'range', from: '2026-09-10', to: '2026-09-09' }, ZONE)).toEqual({ ok: false, code: 'review.err.endBeforeStart' });
    expect(periodBounds({ kind: 'range', from: '2026-02-30', to: '2026-03-09' }, ZONE)).toEqual({ ok: false, code: 'review.err.invalidDate' });
    expect(periodBounds({ kind: 'month', year: 2026, month: 13 }, ZONE)).toEqual({ ok: false, code: 'review.err.invalidPeriod' });
    expect(periodBounds({ kind: 'range', from: '2026-09-09', to: '2026-09-09' }, ZONE).ok).toBe(true);
  });
  it('reads back 12 months for the trend and 6 for repeats', () => {
    expect(trendMonths('2026-09-30')).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect(readFrom({ from: '2026-09-01', to: '2026-09-30' })).toBe('2025-10-01');
    expect(readFrom({ from: '2024-01-01', to: '2026-12-31' })).toBe('2023-07-01');
  });
});

describe('computeReview on the September fixture', () => {
  const f = computeReview(REVIEW_FIXTURE, september(), {}, options);

  it('counts the cohort received in the local month, edges included', () => {
    expect(f.counts).toEqual({ received: 24, closed: 5, rejected: 1, open: 18, overdue: 3, closedInPeriod: 5, reopened: 2 });
  });

  it('rates each milestone on time against its current due', () => {
    expect(f.onTime.map(({ kind, completed, onTime, lateOpen }) => [kind, completed, onTime, lateOpen])).toEqual([
      ['acknowledge', 4, 3, 1],
      ['containment', 2, 1, 0],
      ['reply', 4, 4, 2],
      ['close', 0, 0, 0],
    ]);
    expect(f.onTime.map((o) => o.rate)).toEqual([0.6, 0.5, 4 / 6, undefined]);
  });

  it('measures days to close in calendar and working days across the holidays', () => {
    expect(f.daysToClose).toEqual({ closed: 5, meanDays: 7.9, medianDays: 9, meanWorkdays: 4.6, medianWorkdays: 2 });
  });

  it('lists the overdue cases, most overdue first', () => {
    expect(f.overdueCases.map((c) => [c.id, c.kind])).toEqual([['c11', 'acknowledge'], ['c12', 'reply'], ['c10', 'reply']]);
  });

  it('builds the Pareto of categories and defects', () => {
    expect(f.paretoCategory.map((b) => [b.key, b.count])).toEqual([
      ['quality_manufacturing', 8], ['quality_material', 5], ['delivery', 4], ['service', 3], ['documents', 2], ['', 1], ['transport', 1],
    ]);
    expect(f.paretoCategory[1]?.cumulative).toBeCloseTo(13 / 24, 10);
    expect(f.paretoCategory.at(-1)?.cumulative).toBe(1);
    expect(f.paretoDefect.map((b) => [b.key, b.count, b.cumulative])).toEqual([['划伤', 4, 4 / 7], ['裂纹', 2, 6 / 7], ['漏液', 1, 1]]);
  });

  it('distributes by customer, product, department, channel and grade', () => {
    expect(f.byCustomer.map((c) => [c.label, c.count])).toEqual([['丙公司', 15], ['甲公司', 6], ['乙公司', 3]]);
    expect(f.byProduct.map((c) => [c.key, c.count])).toEqual([['p3', 15], ['p1', 5], ['p2', 4]]);
    expect(f.byDepartment.map((c) => [c.key, c.count])).toEqual([['dq', 13], ['dm', 10], ['', 1]]);
    expect(f.byChannel.map((c) => [c.key, c.count])).toEqual([['hotline', 18], ['email', 5], ['salesRep', 1]]);
    expect(f.byGrade.map((c) => [c.key, c.count])).toEqual([['general', 20], ['serious', 2], ['', 1], ['urgent', 1]]);
  });

  it('draws a 12-month trend from the rows before the period', () => {
    const months = Object.fromEntries(f.trend.map((t) => [t.month, [t.received, t.closed, t.costFen]]));
    expect(f.trend).toHaveLength(12);
    expect(months['2026-02']).toEqual([1, 0, 0]);
    expect(months['2026-07']).toEqual([1, 0, 99_999]);
    expect(months['2026-08']).toEqual([3, 0, 0]);
    expect(months['2026-09']).toEqual([24, 5, 207_000]);
    expect(months['2025-10']).toEqual([0, 0, 0]);
  });

  it('finds repeats within six months, not older ones nor other products', () => {
    expect(f.repeats.map((r) => [r.id, r.previousNumber])).toEqual([
      ['c02', 'QA1-2026-0001'], ['c03', 'QA1-2026-0013'], ['c07', 'QA1-2026-0002'], ['c13', 'QA1-2026-0026'],
    ]);
  });

  it('adds up the cost of quality by kind, month and customer', () => {
    expect(f.cost.totals).toEqual({ claimsPaidFen: 100_000, replacementFen: 30_000, freightFen: 5_000, scrapFen: 12_000, reworkFen: 2_000, returnedFen: 58_000 });
    expect(f.cost.totalFen).toBe(207_000);
    expect(f.cost.byMonth).toEqual([{ month: '2026-09', totalFen: 207_000 }]);
    expect(f.cost.byCustomer.map((c) => [c.key, c.totalFen])).toEqual([['cA', 157_000], ['cB', 42_000], ['cC', 8_000]]);
  });

  it('averages the survey items and lists the unsatisfied cases with their reopen', () => {
    expect(f.satisfaction.answered).toBe(6);
    expect(Object.fromEntries(f.satisfaction.items.map((i) => [i.item, [i.answered, i.mean]]))).toEqual({
      productQuality: [4, 3.5], delivery: [2, 4], responseSpeed: [2, 4.5], handlingResult: [2, 4.5], serviceAttitude: [2, 5], overall: [6, 3.17],
    });
    expect(f.satisfaction.distribution).toEqual([1, 1, 1, 2, 1]);
    expect(f.satisfaction.unsatisfied.map((u) => [u.id, u.overall, u.reopened])).toEqual([['c05', 2, true], ['c10', 3, true], ['c14', 1, false]]);
  });

  it('sums accountability per department and person', () => {
    expect(f.accountability.byDepartment).toEqual([{ key: 'dq', cases: 3, points: 3, amountFen: 70_000 }, { key: 'dm', cases: 1, points: 3, amountFen: 0 }]);
    expect(f.accountability.byPerson).toEqual([
      { key: '张三', department: 'dq', cases: 2, points: 3, amountFen: 20_000 },
      { key: '李四', department: 'dq', cases: 1, points: 0, amountFen: 50_000 },
    ]);
  });

  it('applies the filters to the cohort and the trend', () => {
    const a = computeReview(REVIEW_FIXTURE, september(), { customerKey: 'cA' }, options);
    expect(a.counts.received).toBe(6);
    expect(a.trend.find((t) => t.month === '2026-02')?.received).toBe(1);
    const m = computeReview(REVIEW_FIXTURE, september(), { category: 'quality_material', grade: 'serious' }, options);
    expect(m.counts.received).toBe(1);
    expect(computeReview(REVIEW_FIXTURE, september(), { department: 'dm' }, options).counts.received).toBe(10);
  });

  it('moves the edge cases with the period', () => {
    const r = periodBounds({ kind: 'range', from: '2026-08-31', to: '2026-10-01' }, ZONE);
    if (!r.ok) throw new Error(r.code);
    expect(computeReview(REVIEW_FIXTURE, r.value, {}, options).counts.received).toBe(26);
  });
});
