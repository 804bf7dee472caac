/**
 * Figures for `npm run bench`: the review of one month and of one year on the
 * bench's 100,000 complaints (the read of the period plus the months its trend
 * and repeats look back on, then the pure figures), and the tracking table's
 * first 10,000 rows written to .xlsx. Runs in the browser on the app's database.
 */
import type { AppDB } from '../app-db';
import { loadAllRows, type TableRow } from '../queries/complaint-table';
import { loadReviewRows } from '../queries/review-rows';
import { createWorkCalendar } from '../../domain/calendar/work-calendar';
import { computeReview } from '../../domain/review/compute';
import { periodBounds, type ReviewPeriod } from '../../domain/review/period';
import { DEFAULT_SURVEY_ITEMS } from '../../domain/workflow/survey';
import { buildTrackingXlsx, wallTimeDate, type SheetCell, type SheetColumn } from '../../documents/tracking-sheet';

const ZONE = 'Asia/Shanghai';

async function reviewMs(db: AppDB, period: ReviewPeriod): Promise<number> {
  const b = periodBounds(period, ZONE);
  if (!b.ok) throw new Error(b.code);
  const t0 = performance.now();
  const rows = await loadReviewRows(db, b.value, ZONE);
  const figures = computeReview(rows, b.value, {}, { zone: ZONE, now: new Date().toISOString(), calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
  const ms = performance.now() - t0;
  // Read the figures so the work cannot be skipped; a small BENCH_ROWS may leave the month empty.
  return figures.counts.received >= 0 ? ms : Number.NaN;
}

const COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', kind: 'number' }, { key: 'number', header: '编号', kind: 'text' }, { key: 'receivedAt', header: '接收时间', kind: 'datetime' },
  { key: 'customer', header: '客户', kind: 'text' }, { key: 'product', header: '产品', kind: 'text' }, { key: 'batch', header: '批号', kind: 'text' },
  { key: 'symptom', header: '问题描述', kind: 'text' }, { key: 'category', header: '类别', kind: 'text' }, { key: 'status', header: '状态', kind: 'text' },
  { key: 'nextDue', header: '下一期限', kind: 'datetime' },
];

const cells = (r: TableRow, i: number): SheetCell[] => [
  i + 1, r.number, wallTimeDate(r.receivedAt, ZONE), r.customer, r.product, r.batch, r.symptom, r.category ?? '', r.status, r.nextDueAt ? wallTimeDate(r.nextDueAt, ZONE) : null,
];

export async function measureReview(db: AppDB): Promise<Record<string, number>> {
  const month = await reviewMs(db, { kind: 'month', year: 2026, month: 10 });
  const year = await reviewMs(db, { kind: 'year', year: 2026 });
  const t0 = performance.now();
  const rows = (await loadAllRows(db, { filter: { receivedFrom: '2026-01-01T00:00:00.000Z' }, sort: 'receivedAt', descending: true })).slice(0, 10_000);
  const bytes = await buildTrackingXlsx('客户抱怨处理跟踪表', COLUMNS, rows.map(cells));
  const exportMs = performance.now() - t0;
  if (bytes.length === 0) throw new Error('bench: the workbook is empty');
  return { 'review.month_ms': month, 'review.year_ms': year, 'excel.export_10k_ms': exportMs };
}
