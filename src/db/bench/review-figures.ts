/**
 * Figures for `npm run bench`: the review of one month and of one year on the
 * bench's 100,000 complaints (the read of the period plus the months its trend
 * and repeats look back on, then the pure figures), and the tracking table's
 * first 10,000 rows written to .xlsx; an old tracking sheet of 10,000 rows
 * imported (read, mapped, checked, written in one transaction) into an empty
 * database. Runs in the browser on the app's database.
 */
import type { AppDB } from '../app-db';
import { loadAllRows, type TableRow } from '../queries/complaint-table';
import { loadReviewRows } from '../queries/review-rows';
import { importTrackingRows } from '../repositories/tracking-import';
import type { Station } from '../repositories/station';
import type { Actor } from '../repositories/write-record';
import type { Cell } from '../../domain/masterdata/sheet';
import { findHeaderRow, proposeMapping, readTrackingRows } from '../../domain/review/tracking-import';
import { createWorkCalendar } from '../../domain/calendar/work-calendar';
import { computeReview } from '../../domain/review/compute';
import { periodBounds, type ReviewPeriod } from '../../domain/review/period';
import { DEFAULT_SURVEY_ITEMS } from '../../domain/workflow/survey';
import { buildTrackingXlsx, wallTimeDate, type SheetCell, type SheetColumn } from '../../documents/tracking-sheet';

const ZONE = 'Asia/Shanghai';

/** A review's time: the read (rows of the period and its lookback), then the pure figures. */
async function reviewMs(db: AppDB, period: ReviewPeriod): Promise<{ total: number; read: number; compute: number }> {
  const b = periodBounds(period, ZONE);
  if (!b.ok) throw new Error(b.code);
  const t0 = performance.now();
  const rows = await loadReviewRows(db, b.value, ZONE);
  const t1 = performance.now();
  const figures = computeReview(rows, b.value, {}, { zone: ZONE, now: new Date().toISOString(), calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
  const t2 = performance.now();
  // Read the figures so the work cannot be skipped; a small BENCH_ROWS may leave the month empty.
  if (!(figures.counts.received >= 0)) return { total: Number.NaN, read: Number.NaN, compute: Number.NaN };
  return { total: t2 - t0, read: t1 - t0, compute: t2 - t1 };
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
  return {
    'review.month_ms': month.total, 'review.year_ms': year.total, 'excel.export_10k_ms': exportMs,
    'review.month_read_ms': month.read, 'review.month_compute_ms': month.compute, 'review.year_read_ms': year.read, 'review.year_compute_ms': year.compute,
  };
}

/** The headers of the sheets plants keep today (proposeMapping maps each). */
const OLD_SHEET: SheetColumn[] = [
  { key: 'ref', header: '客户投诉编号', kind: 'text' }, { key: 'customer', header: '客户名称', kind: 'text' }, { key: 'product', header: '产品名称', kind: 'text' },
  { key: 'batch', header: '批号', kind: 'text' }, { key: 'date', header: '投诉日期', kind: 'datetime' }, { key: 'symptom', header: '问题描述', kind: 'text' },
  { key: 'result', header: '处理结果', kind: 'text' }, { key: 'qty', header: '数量', kind: 'number' },
];

/**
 * `excel.import_10k_ms`: 10,000 distinct rows of an old tracking sheet, from the
 * .xlsx bytes to the complaints written (the sheet is made before the clock
 * starts). `db` must be empty and `actor` allowed complaint.edit; `readSheet`
 * is the import page's reader (features/masterdata/excel).
 */
export async function measureTrackingImport(db: AppDB, station: Station, actor: Actor, readSheet: (b: ArrayBuffer) => Promise<Cell[][]>, n = 10_000): Promise<Record<string, number>> {
  const day0 = Date.parse('2025-01-01T00:00:00Z');
  const rows: SheetCell[][] = Array.from({ length: n }, (_, i) => [
    `OLD-${i + 1}`, `客户${i % 300}`, `产品${i % 120}`, `B${2500 + (i % 97)}`, new Date(day0 + (i % 600) * 86_400_000), `外观不良，第 ${i + 1} 件`, '已退货', 1 + (i % 20),
  ]);
  const bytes = await buildTrackingXlsx('客户抱怨处理跟踪表', OLD_SHEET, rows);
  const t0 = performance.now();
  const table = await readSheet(bytes.slice().buffer);
  const t1 = performance.now();
  const headerRow = findHeaderRow(table);
  const read = readTrackingRows(table, headerRow, proposeMapping(table[headerRow] ?? []), { now: new Date(), zone: ZONE, receivedBy: actor.name });
  const valid = read.filter((r) => r.errors.length === 0 && r.input && r.key);
  const t2 = performance.now();
  const outcome = await importTrackingRows(db, station, actor, valid.map((r) => ({ row: r.row, input: r.input!, key: r.key! })));
  const t3 = performance.now();
  // A sheet that imports less than every row would time the wrong work.
  if (outcome.imported !== n) throw new Error(`bench: imported ${outcome.imported} of ${n} rows (${read.length - valid.length} invalid, ${outcome.skipped.length} skipped)`);
  // The split says which step to look at: the .xlsx read, the mapping and checks, the one write transaction.
  return { 'excel.import_10k_ms': t3 - t0, 'excel.import_10k_read_ms': t1 - t0, 'excel.import_10k_map_ms': t2 - t1, 'excel.import_10k_write_ms': t3 - t2 };
}
