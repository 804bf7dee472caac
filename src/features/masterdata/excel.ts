/**
 * The .xlsx glue: exceljs is loaded with import() only when a file is read or
 * written. Cells are reduced to plain values here; the layout and the checks
 * are the domain's (domain/masterdata/sheet).
 */
import type { Cell } from '../../domain/masterdata/sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function loadExcel() {
  const mod = await import('exceljs');
  // The browser build is CommonJS: its namespace is under default.
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** A rich-text, formula, hyperlink or error cell as the value a person sees. */
function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

export class NotAWorkbookError extends Error {
  constructor(detail: string) {
    super(`not an xlsx workbook: ${detail}`);
    this.name = 'NotAWorkbookError';
  }
}

/** The first worksheet as rows of plain cells (row 1 first). */
export async function readFirstSheet(bytes: ArrayBuffer): Promise<Cell[][]> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (e) {
    throw new NotAWorkbookError(e instanceof Error ? e.message : String(e));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const width = sheet.columnCount;
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** One worksheet with a bold, frozen header row. */
export async function writeSheet(name: string, table: readonly Cell[][]): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const cells of table) sheet.addRow(cells.map((c) => c ?? ''));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
