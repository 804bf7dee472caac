/**
 * The tracking table as a file: an .xlsx (exceljs, loaded with import() when a
 * file is written) and a CSV. Cells arrive typed: instants already turned into
 * the station's wall time (wallTimeDate), so Excel shows and sorts real dates;
 * numbers stay numbers. The header row is frozen and carries an auto-filter;
 * column widths follow the longest value, counting a CJK character as two.
 */
export type SheetKind = 'text' | 'datetime' | 'number';

export interface SheetColumn {
  key: string;
  header: string;
  kind: SheetKind;
}

export type SheetCell = string | number | Date | null;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** One formatter per zone: making one costs more than formatting with it, and an export formats 20,000 instants. */
const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    wallFormats.set(zone, format);
  }
  return format;
}

/** A Date whose UTC fields are the wall time of `iso` in `zone` (Excel dates carry no zone). */
export function wallTimeDate(iso: string, zone: string): Date | null {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return null;
  const parts = Object.fromEntries(wallFormat(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
}

/** Display width of a text in Excel character units: CJK and full-width forms count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export function columnWidths(columns: readonly SheetColumn[], rows: readonly SheetCell[][]): number[] {
  return columns.map((col, i) => {
    let w = textWidth(col.header);
    if (col.kind === 'datetime') w = Math.max(w, 16);
    for (const row of rows) {
      const v = row[i];
      if (typeof v === 'string') w = Math.max(w, textWidth(v.split('\n')[0] ?? ''));
      else if (typeof v === 'number') w = Math.max(w, String(v).length);
      if (w >= MAX_WIDTH) break;
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

async function loadExcel() {
  const mod = await import('exceljs');
  // The browser build is CommonJS: its namespace is under default.
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** Rows added per step before yielding, so a progress bar can move on 10,000 rows. */
const STEP = 1000;

export async function buildTrackingXlsx(
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: readonly SheetCell[][],
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(columns, rows);
  sheet.columns = columns.map((c, i) => ({
    key: c.key,
    width: widths[i],
    ...(c.kind === 'datetime' && { style: { numFmt: DATETIME_FORMAT } }),
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  for (let start = 0; start < rows.length; start += STEP) {
    sheet.addRows(rows.slice(start, start + STEP).map((r) => r.map((v) => v ?? null)));
    onProgress?.(Math.min(rows.length, start + STEP), rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvField(v: SheetCell, kind: SheetKind): string {
  if (v === null) return '';
  let s: string;
  if (v instanceof Date) s = kind === 'datetime' ? v.toISOString().slice(0, 16).replace('T', ' ') : v.toISOString();
  else s = String(v);
  // A leading =, +, - or @ would run as a formula when the file is opened (CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a BOM (Excel opens UTF-8 Chinese correctly only with it) and CRLF lines. */
export function buildTrackingCsv(columns: readonly SheetColumn[], rows: readonly SheetCell[][]): string {
  const lines = [columns.map((c) => csvField(c.header, 'text')).join(',')];
  for (const row of rows) lines.push(columns.map((c, i) => csvField(row[i] ?? null, c.kind)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
