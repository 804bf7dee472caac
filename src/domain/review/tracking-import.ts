/**
 * Reading an old Excel tracking sheet (the 客户抱怨处理跟踪表 plants keep today)
 * into complaint inputs: find the header row (titles and merged cells above it
 * are skipped), propose which column holds which field from its header, then
 * read every row into either a valid input or its errors. Pure: the cells come
 * as plain values, nothing is written here. The duplicate key matches the
 * customer's own complaint number when the sheet has one, else the date,
 * customer, product and batch, so importing the same sheet twice adds nothing.
 */
import { isValidDate } from '../calendar/dates';
import { zonedToInstant } from '../calendar/zone';
import { complaintInputSchema, emptyComplaintInput, type ComplaintInput } from '../complaint/schema';
import type { Cell } from '../masterdata/sheet';

export const IMPORT_FIELDS = ['customerName', 'productName', 'model', 'batchNo', 'receivedOn', 'symptom', 'result', 'customerRef', 'contactPerson', 'phone', 'affectedQty'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['customerName', 'productName', 'receivedOn', 'symptom'];

/** Header names plants use, most specific first. */
const ALIASES: Record<ImportField, readonly string[]> = {
  customerName: ['客户名称', '客户', '顾客名称', '顾客', 'customer'],
  productName: ['产品名称', '产品', '品名', 'product'],
  model: ['型号', '规格型号', '规格', 'model'],
  batchNo: ['批号', '生产批号', '批次', 'batch'],
  receivedOn: ['投诉日期', '接收日期', '接收时间', '日期', '反馈日期', 'date'],
  symptom: ['问题描述', '投诉内容', '质量问题', '不良描述', 'problem'],
  result: ['处理结果', '处理措施', '处理情况', 'result'],
  customerRef: ['客户投诉编号', '客诉编号', '客户编号', 'ref'],
  contactPerson: ['联系人', 'contact'],
  phone: ['联系电话', '电话', 'phone'],
  affectedQty: ['数量', '不良数量', '投诉数量', 'qty'],
};

export const MAX_IMPORT_ROWS = 200_000;
/** Above this the UI asks before reading on. */
export const WARN_IMPORT_ROWS = 20_000;

export type Mapping = Partial<Record<ImportField, number>>;

const norm = (v: Cell): string => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v)).replace(/\s+/g, '').toLowerCase();

function fieldOf(header: Cell): ImportField | undefined {
  const h = norm(header);
  if (!h) return undefined;
  for (const f of IMPORT_FIELDS) if (ALIASES[f].some((a) => h === a.toLowerCase())) return f;
  for (const f of IMPORT_FIELDS) if (ALIASES[f].some((a) => a.length > 1 && h.includes(a.toLowerCase()))) return f;
  return undefined;
}

/** The first of the top rows naming at least two known fields (a title row or merged cells above are skipped). */
export function findHeaderRow(table: readonly Cell[][]): number {
  for (let r = 0; r < Math.min(10, table.length); r++) {
    const known = new Set((table[r] ?? []).map(fieldOf).filter(Boolean));
    if (known.size >= 2) return r;
  }
  return 0;
}

export function proposeMapping(headers: readonly Cell[]): Mapping {
  const out: Mapping = {};
  headers.forEach((h, i) => {
    const f = fieldOf(h);
    if (f && out[f] === undefined) out[f] = i;
  });
  return out;
}

/** A date cell: a real date, an Excel serial number, or text as 2026-09-01, 2026/9/1, 2026.9.1, 2026年9月1日. */
export function readDate(v: Cell): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20_000 && v < 80_000) return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(v);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

export interface ImportedRow {
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
  input?: ComplaintInput;
  key?: string;
  errors: { field: ImportField | ''; code: string }[];
}

export interface ReadOptions {
  now: Date;
  zone: string;
  receivedBy: string;
}

/** Duplicate key of a complaint: the customer's own number when known, else date + customer + product + batch. */
export function duplicateKey(c: { customer: string; customerRef?: string; date: string; product: string; batch: string }): string {
  const n = (s: string) => s.trim().toLowerCase();
  return c.customerRef?.trim() ? `ref|${n(c.customer)}|${n(c.customerRef)}` : `day|${c.date}|${n(c.customer)}|${n(c.product)}|${n(c.batch)}`;
}

const REF_NOTE = /客户投诉编号[:：]\s*(\S+)/;

/** The keys an existing complaint answers to (its note may carry the customer's number from an earlier import). */
export function keysOfComplaint(c: ComplaintInput, localDay: string): string[] {
  const base = { customer: c.customer.name, date: localDay, product: c.product.name, batch: c.product.batchNo };
  const ref = REF_NOTE.exec(c.demand.note)?.[1];
  return [duplicateKey(base), ...(ref ? [duplicateKey({ ...base, customerRef: ref })] : [])];
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

export function readTrackingRows(table: readonly Cell[][], headerRow: number, mapping: Mapping, o: ReadOptions): ImportedRow[] {
  const out: ImportedRow[] = [];
  const seen = new Map<string, number>();
  const schema = complaintInputSchema(o.now);
  for (let r = headerRow + 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    const get = (f: ImportField) => (mapping[f] === undefined ? undefined : cells[mapping[f] as number]);
    if (IMPORT_FIELDS.every((f) => text(get(f)) === '')) continue; // a blank row
    const errors: ImportedRow['errors'] = [];
    for (const f of REQUIRED_FIELDS) if (text(get(f)) === '') errors.push({ field: f, code: 'import.err.required' });
    const day = readDate(get('receivedOn') ?? null);
    if (text(get('receivedOn')) !== '' && !day) errors.push({ field: 'receivedOn', code: 'import.err.date' });
    const qtyCell = get('affectedQty');
    const qty = text(qtyCell) === '' ? null : Number(text(qtyCell));
    if (qty !== null && (!Number.isInteger(qty) || qty < 0)) errors.push({ field: 'affectedQty', code: 'import.err.number' });
    if (errors.length) {
      out.push({ row: r + 1, errors });
      continue;
    }
    const input = emptyComplaintInput(new Date(zonedToInstant(day as string, { hour: 12, minute: 0, second: 0, millisecond: 0 }, o.zone)).toISOString(), o.receivedBy);
    input.channel = 'other';
    input.customer.name = text(get('customerName')).slice(0, 100);
    input.customer.type = 'other';
    input.customer.contactPerson = text(get('contactPerson')).slice(0, 100);
    input.customer.phone = text(get('phone'));
    input.product.name = text(get('productName')).slice(0, 200);
    input.product.model = text(get('model')).slice(0, 200);
    input.product.batchNo = text(get('batchNo')).slice(0, 100);
    input.details.symptom = text(get('symptom'));
    input.details.affectedQty = qty;
    input.demand.kinds = ['other'];
    const ref = text(get('customerRef'));
    const result = text(get('result'));
    input.demand.note = [ref && `客户投诉编号：${ref}`, result && `处理结果：${result}`].filter(Boolean).join('\n');
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      out.push({ row: r + 1, errors: parsed.error.issues.map((i) => ({ field: fieldFor(i.path.map(String)), code: /^[a-z]+\.[A-Za-z.]+$/.test(i.message) ? i.message : 'validation.invalid' })) });
      continue;
    }
    const key = duplicateKey({ customer: input.customer.name, customerRef: ref, date: day as string, product: input.product.name, batch: input.product.batchNo });
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({ row: r + 1, errors: [{ field: '', code: `import.err.duplicateInFile|${first}` }] });
      continue;
    }
    seen.set(key, r + 1);
    out.push({ row: r + 1, input: parsed.data, key, errors: [] });
  }
  return out;
}

function fieldFor(path: string[]): ImportField | '' {
  const p = path.join('.');
  if (p === 'customer.name') return 'customerName';
  if (p === 'customer.phone') return 'phone';
  if (p === 'product.name') return 'productName';
  if (p === 'product.batchNo') return 'batchNo';
  if (p === 'details.symptom') return 'symptom';
  if (p === 'receivedAt') return 'receivedOn';
  return '';
}
