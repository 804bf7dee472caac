/**
 * The monthly review report (月度客诉分析报告) as a Word file, A4, built from
 * the same figures as the review page (domain/review) with the shared blocks:
 * company header, key figures, on-time rates, Pareto charts (images) and tables,
 * the 12-month trend chart and table, top customers and
 * products, cost of quality, overdue / unsatisfied / repeat cases,
 * accountability, the meeting's actions and signature cells for its participants.
 */
import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import type { ReviewFigures } from '../domain/review/compute';
import type { PeriodDates } from '../domain/review/period';
import type { ParetoBar } from '../domain/review/stats';
import { formatDate, formatDateTime, type DocLang } from './doc-format';
import { buildDocument, fieldsTable, gridTable, heading, para, signatureCells, TEXT_WIDTH, title, toBytes, type DocCompany, type Pair } from './docx-parts';
import { common } from './labels-common';
import { reviewLabels } from './labels-review';

export interface ReviewReportInput {
  lang: DocLang;
  company: DocCompany;
  form: { formNo: string; revision: string };
  period: PeriodDates;
  /** YYYY-MM-DD the report was made. */
  preparedOn: string;
  timeZone: string;
  figures: ReviewFigures;
  /** Names in the document's language for the stored keys. */
  names: { category: (k: string) => string; department: (k: string) => string };
  /** The actions agreed in the meeting and its participants, one a line. */
  actions: string;
  participants: string;
  /** The charts as drawn on the page (domain/review/chart-svg); a chart left out is left out of the report. */
  charts?: Partial<Record<ChartKey, ChartImage>>;
}

export type ChartKey = 'paretoCategory' | 'paretoDefect' | 'trend';

/**
 * One chart: its SVG (what Word 2016+, WPS and LibreOffice show) and a PNG of it
 * for older readers. Without `png` (Node has no canvas) a 1 × 1 white PNG stands in.
 */
export interface ChartImage { svg: string; png?: Uint8Array; width: number; height: number }

const WHITE_PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
const MAX_SVG_CHARS = 2_000_000;

/** The chart scaled to the text width of A4 portrait, then its caption, kept with it. */
function figure(image: ChartImage | undefined, caption: string): Paragraph[] {
  if (!image || image.svg.length > MAX_SVG_CHARS || !/^\s*<svg[\s>]/.test(image.svg)) return [];
  const maxW = Math.floor((TEXT_WIDTH / 1440) * 96);
  const scale = Math.min(1, maxW / image.width);
  const transformation = { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
  const fallback = image.png ?? Uint8Array.from(atob(WHITE_PIXEL), (c) => c.charCodeAt(0));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: 'svg', data: new TextEncoder().encode(image.svg), transformation, fallback: { type: 'png', data: fallback }, altText: { name: caption, description: caption, title: caption } })],
    }),
    para(caption, { align: 'center', pt: 9, after: 120 }),
  ];
}

const pct = (r: number | undefined) => (r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
const yuan = (fen: number) => (fen / 100).toFixed(2);
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 100);

export function reviewReportFileName(period: PeriodDates, lang: DocLang): string {
  const span = period.from.slice(0, 7) === period.to.slice(0, 7) ? period.from.slice(0, 7) : `${period.from}_${period.to}`;
  return `${reviewLabels(lang).title}-${span}.docx`.replace(/\s+/g, '_');
}

export async function buildReviewReport(input: ReviewReportInput): Promise<Uint8Array> {
  const { lang, figures: f } = input;
  const L = reviewLabels(lang);
  const C = common(lang);
  const d = (s: string) => formatDate(s, lang);
  const none = (rows: readonly unknown[]) => (rows.length === 0 ? [para(L.none)] : []);
  const paretoRows = (bars: readonly ParetoBar[], name: (k: string) => string) => bars.map((b) => [name(b.key), String(b.count), pct(b.share), pct(b.cumulative)]);
  const paretoHead = [L.col.item, L.col.count, L.col.share, L.col.cumulative];
  const right = ['left', 'right', 'right', 'right'] as const;
  const keyPairs: Pair[] = [
    ...(Object.keys(L.counts) as (keyof typeof L.counts)[]).map((k): Pair => [L.counts[k], String(f.counts[k])]),
    ...(Object.keys(L.days) as (keyof typeof L.days)[]).map((k): Pair => [L.days[k], f.daysToClose[k] === undefined ? '—' : String(f.daysToClose[k])]),
    [L.costTotal, yuan(f.cost.totalFen)],
  ];
  const costKinds = ['returnedFen', 'claimsPaidFen', 'replacementFen', 'freightFen', 'scrapFen', 'reworkFen'] as const;
  const participants = lines(input.participants);
  const children: FileChild[] = [
    title(L.title),
    para(`${L.period}：${d(input.period.from)} – ${d(input.period.to)}  ${L.generated}：${d(input.preparedOn)}`, { align: 'center', after: 160 }),
    heading(L.keyFigures),
    fieldsTable(keyPairs),
    heading(L.onTime),
    gridTable([L.col.milestone, L.col.completed, L.col.onTime, L.col.lateOpen, L.col.rate], f.onTime.map((o) => [L.kinds[o.kind] ?? o.kind, String(o.completed), String(o.onTime), String(o.lateOpen), pct(o.rate)]), { align: ['left', 'right', 'right', 'right', 'right'] }),
    heading(L.paretoCategory),
    ...none(f.paretoCategory),
    ...(f.paretoCategory.length ? figure(input.charts?.paretoCategory, L.figure.paretoCategory) : []),
    ...(f.paretoCategory.length ? [gridTable(paretoHead, paretoRows(f.paretoCategory, input.names.category), { align: right })] : []),
    heading(L.paretoDefect),
    ...none(f.paretoDefect),
    ...(f.paretoDefect.length ? figure(input.charts?.paretoDefect, L.figure.paretoDefect) : []),
    ...(f.paretoDefect.length ? [gridTable(paretoHead, paretoRows(f.paretoDefect.slice(0, 15), (k) => k), { align: right })] : []),
    heading(L.top),
    gridTable([L.col.customer, L.col.count], f.byCustomer.slice(0, 10).map((c) => [c.label, String(c.count)]), { align: ['left', 'right'] }),
    para(''),
    gridTable([L.col.product, L.col.count], f.byProduct.slice(0, 10).map((c) => [c.label, String(c.count)]), { align: ['left', 'right'] }),
    heading(L.cost),
    gridTable([L.col.item, L.col.amount], [...costKinds.map((k) => [L.costKinds[k] ?? k, yuan(f.cost.totals[k])]), [L.col.total, yuan(f.cost.totalFen)]], { align: ['left', 'right'] }),
    heading(L.overdue),
    ...none(f.overdueCases),
    ...(f.overdueCases.length ? [gridTable([L.col.number, L.col.customer, L.col.kind, L.col.due], f.overdueCases.map((c) => [c.number, c.customer, L.kinds[c.kind] ?? c.kind, formatDateTime(c.due, lang, input.timeZone)]))] : []),
    heading(L.unsatisfied),
    ...none(f.satisfaction.unsatisfied),
    ...(f.satisfaction.unsatisfied.length ? [gridTable([L.col.number, L.col.customer, L.col.overall, L.col.reopened], f.satisfaction.unsatisfied.map((c) => [c.number, c.customer, String(c.overall), c.reopened ? L.yes : L.no]))] : []),
    heading(L.repeats),
    ...none(f.repeats),
    ...(f.repeats.length ? [gridTable([L.col.number, L.col.customer, L.col.product, L.col.defect, L.col.previous], f.repeats.map((r) => [r.number, r.customer, r.product, r.defect, r.previousNumber]))] : []),
    heading(L.accountability),
    ...none(f.accountability.byDepartment),
    ...(f.accountability.byDepartment.length
      ? [gridTable([L.col.department, L.col.count, L.col.points, L.col.amount], f.accountability.byDepartment.map((a) => [input.names.department(a.key), String(a.cases), String(a.points), yuan(a.amountFen)]), { align: right })]
      : []),
    heading(L.trend),
    ...figure(input.charts?.trend, L.figure.trend),
    gridTable([L.month, L.received, L.closedCount, L.costYuan], f.trend.map((m) => [m.month, String(m.received), String(m.closed), yuan(m.costFen)]), { align: right }),
    heading(L.actions),
    ...(lines(input.actions).length ? lines(input.actions).map((l, i) => para(`${i + 1}. ${l}`)) : [para(L.none)]),
    heading(L.participants),
    signatureCells((participants.length ? participants : ['', '', '']).map((p) => ({ label: p || L.participant })), lang),
    para(C.seal, { align: 'right', before: 200 }),
  ];
  const doc = buildDocument({ lang, company: input.company, form: input.form, title: L.title, number: `${d(input.period.from)} – ${d(input.period.to)}` }, children);
  return toBytes(doc);
}
