/**
 * The spreadsheet layout of products and customers, and reading it back: one
 * header row, one row per record. Reading never writes: it returns either the
 * inputs or the errors of every row (row number as the spreadsheet shows it,
 * column by its header), so an import is all or nothing. Cells arrive as plain
 * values (string, number, boolean, Date, null); the Excel library is not known here.
 */
import type { z } from 'zod';
import { customerInputSchema, emptyCustomerInput, formatContacts, parseContacts, type CustomerInput } from './customer';
import { emptyProductInput, formatCharacteristics, parseCharacteristics, productInputSchema, type ProductInput } from './product';
import { normaliseCode } from './fields';

export type Cell = string | number | boolean | Date | null;
type Kind = 'text' | 'int' | 'bool' | 'money' | 'characteristics' | 'contacts';

export interface SheetColumn {
  key: string;
  /** The header written on export; the first of `aliases` too. */
  header: string;
  aliases: readonly string[];
  kind: Kind;
  required?: boolean;
}

const col = (key: string, header: string, english: string, kind: Kind, required = false): SheetColumn => ({ key, header, aliases: [header, english, key], kind, required });

export const PRODUCT_COLUMNS: readonly SheetColumn[] = [
  col('code', '产品代码', 'Code', 'text', true),
  col('name', '产品名称', 'Name', 'text', true),
  col('spec', '规格型号', 'Specification', 'text'),
  col('drawingNo', '图号', 'Drawing no.', 'text'),
  col('drawingRev', '图纸版本', 'Drawing revision', 'text'),
  col('unit', '单位', 'Unit', 'text'),
  col('shelfLifeDays', '保质期(天)', 'Shelf life (days)', 'int'),
  col('warrantyMonths', '质保期(月)', 'Warranty (months)', 'int'),
  col('ourProduct', '本公司产品', 'Our product', 'bool'),
  col('unitPriceFen', '标准单价(元)', 'Unit price (CNY)', 'money'),
  col('productionLine', '生产线', 'Production line', 'text'),
  col('characteristics', '关键特性', 'Key characteristics', 'characteristics'),
  col('active', '启用', 'Active', 'bool'),
];

export const CUSTOMER_COLUMNS: readonly SheetColumn[] = [
  col('code', '客户代码', 'Code', 'text', true),
  col('name', '客户名称', 'Name', 'text', true),
  col('shortName', '简称', 'Short name', 'text'),
  col('keyAccount', '重点客户', 'Key account', 'bool'),
  col('industry', '行业', 'Industry', 'text'),
  col('address', '地址', 'Address', 'text'),
  col('contacts', '联系人', 'Contacts', 'contacts'),
  col('salesOwner', '销售负责人', 'Sales owner', 'text'),
  col('complaintNumberFormat', '客户投诉编号格式', 'Customer complaint no. format', 'text'),
  col('active', '启用', 'Active', 'bool'),
];

export interface SheetError {
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  column: string;
  /** An i18n key: `masterdata.sheet.*` or `validation.*`. */
  code: string;
  params?: Record<string, string>;
}

export type SheetResult<T> = { ok: true; rows: { row: number; input: T }[] } | { ok: false; errors: SheetError[] };

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '×', '']);

type Converted = { ok: true; value: unknown } | { ok: false; expected: string };

function convert(kind: Kind, cell: Cell, fallback: unknown, idFor: (i: number) => string): Converted {
  const empty = cell === null || (typeof cell === 'string' && cell.trim() === '');
  switch (kind) {
    case 'text':
      if (empty) return { ok: true, value: '' };
      if (cell instanceof Date) return { ok: false, expected: 'text' };
      return { ok: true, value: String(cell).trim() };
    case 'int': {
      if (empty) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^-?\d+$/.test(cell.trim()) ? Number(cell) : NaN;
      return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, expected: 'integer' };
    }
    case 'money': {
      if (empty) return { ok: true, value: null };
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\d+(\.\d{1,2})?$/.test(cell.trim()) ? Number(cell) : NaN;
      // Yuan in the sheet, fen stored; more than two decimals is not a price.
      if (!Number.isFinite(n) || Math.abs(Math.round(n * 100) - n * 100) > 1e-6) return { ok: false, expected: 'amount' };
      return { ok: true, value: Math.round(n * 100) };
    }
    case 'bool': {
      if (empty) return { ok: true, value: fallback };
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const word = String(cell).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, expected: 'yesNo' };
    }
    case 'characteristics': {
      if (empty) return { ok: true, value: [] };
      const list = typeof cell === 'string' ? parseCharacteristics(cell, idFor) : undefined;
      return list ? { ok: true, value: list } : { ok: false, expected: 'characteristics' };
    }
    case 'contacts':
      if (empty) return { ok: true, value: [] };
      return typeof cell === 'string' ? { ok: true, value: parseContacts(cell, idFor) } : { ok: false, expected: 'contacts' };
  }
}

function headerKey(text: Cell): string {
  return typeof text === 'string' ? text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/（/g, '(').replace(/）/g, ')') : '';
}

function readSheet<T extends { code: string }>(
  columns: readonly SheetColumn[],
  schema: z.ZodType<T>,
  empty: () => T,
  table: [Cell[], ...Cell[][]] | Cell[][],
): SheetResult<T> {
  const [headerRow = [], ...body] = table;
  const at = new Map<string, number>();
  const errors: SheetError[] = [];
  for (const c of columns) {
    const index = headerRow.findIndex((h) => c.aliases.some((a) => headerKey(h) === headerKey(a)));
    if (index >= 0) at.set(c.key, index);
    else if (c.required) errors.push({ row: 1, column: c.header, code: 'masterdata.sheet.missingHeader' });
  }
  if (errors.length) return { ok: false, errors };

  const rows: { row: number; input: T }[] = [];
  const firstRowOf = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    const defaults = empty() as Record<string, unknown>;
    const input: Record<string, unknown> = { ...defaults };
    // A cell of the wrong type keeps its default, so the row's other cells are still checked and reported.
    const mistyped = new Set<string>();
    for (const c of columns) {
      const index = at.get(c.key);
      if (index === undefined) continue;
      const got = convert(c.kind, cells[index] ?? null, defaults[c.key], (n) => `r${row}-${n}`);
      if (got.ok) input[c.key] = got.value;
      else {
        mistyped.add(c.key);
        errors.push({ row, column: c.header, code: 'masterdata.sheet.wrongType', params: { expected: got.expected } });
      }
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (mistyped.has(key)) continue;
        const column = columns.find((c) => c.key === key)?.header ?? key;
        errors.push({ row, column, code: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' });
      }
    }
    if (!parsed.success || mistyped.size > 0) return;
    const code = normaliseCode(parsed.data.code);
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      errors.push({ row, column: columns[0]?.header ?? 'code', code: 'masterdata.sheet.duplicateInFile', params: { value: code, first: String(first) } });
      return;
    }
    firstRowOf.set(code, row);
    rows.push({ row, input: parsed.data });
  });
  const order = new Map(columns.map((c, i) => [c.header, i]));
  errors.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  if (errors.length) return { ok: false, errors };
  return { ok: true, rows };
}

export function readProductSheet(table: Cell[][]): SheetResult<ProductInput> {
  return readSheet(PRODUCT_COLUMNS, productInputSchema as unknown as z.ZodType<ProductInput>, emptyProductInput, table);
}

export function readCustomerSheet(table: Cell[][]): SheetResult<CustomerInput> {
  return readSheet(CUSTOMER_COLUMNS, customerInputSchema as unknown as z.ZodType<CustomerInput>, emptyCustomerInput, table);
}

function cellOf(kind: Kind, value: unknown): Cell {
  if (kind === 'bool') return value ? '是' : '否';
  if (kind === 'money') return typeof value === 'number' ? value / 100 : null;
  if (kind === 'characteristics') return formatCharacteristics(value as ProductInput['characteristics']);
  if (kind === 'contacts') return formatContacts(value as CustomerInput['contacts']);
  return value === null || value === undefined ? null : (value as string | number);
}

/** Header row and one row per record: what the export writes and the import reads back. */
export function sheetOf(columns: readonly SheetColumn[], inputs: readonly Record<string, unknown>[]): Cell[][] {
  return [columns.map((c) => c.header), ...inputs.map((input) => columns.map((c) => cellOf(c.kind, input[c.key])))];
}
