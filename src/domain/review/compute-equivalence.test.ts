import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_SURVEY_ITEMS } from '../workflow/survey';
import { computeReview, type ReviewOptions } from './compute';
import { periodBounds, type ReviewPeriod } from './period';
import type { ReviewFilter } from './row';
import { computeReview as quadraticReview } from './test-support/compute-reference';
import { randomReviewRows } from './test-support/random-rows';

const ZONE = 'Asia/Shanghai';
const options: ReviewOptions = { zone: ZONE, now: '2026-11-20T03:00:00.000Z', calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS };
// 4,000 cases over 22 months: every period below has its trend, its repeats and cases closed after it.
const rows = randomReviewRows(4_000, '2025-03-01T00:00:00.000Z', '2026-12-31T00:00:00.000Z');

const PERIODS: ReviewPeriod[] = [
  { kind: 'month', year: 2026, month: 10 },
  { kind: 'month', year: 2026, month: 3 },
  { kind: 'quarter', year: 2026, quarter: 2 },
  { kind: 'year', year: 2026 },
  { kind: 'range', from: '2025-06-15', to: '2026-02-03' },
];
const FILTERS: ReviewFilter[] = [{}, { customerKey: 'cu3' }, { category: 'quality', grade: 'serious' }, { department: 'dm', productKey: 'p2' }];

describe('computeReview in one pass', () => {
  it('gives the figures of the former row-by-month computation for every period and filter', () => {
    for (const period of PERIODS) {
      const b = periodBounds(period, ZONE);
      if (!b.ok) throw new Error(b.code);
      for (const filter of FILTERS) {
        const fast = computeReview(rows, b.value, filter, options);
        expect(fast).toEqual(quadraticReview(rows, b.value, filter, options));
        // The comparison must compare something: the month has cases, repeats and a trend.
        if (period.kind === 'year' && Object.keys(filter).length === 0) {
          expect(fast.counts.received).toBeGreaterThan(1_000);
          expect(fast.repeats.length).toBeGreaterThan(50);
          expect(fast.daysToClose.closed).toBeGreaterThan(100);
        }
      }
    }
  });
});
