/**
 * The tracking table's rows as typed sheet cells, in the columns the user
 * shows (the linked-returns cell, a live list, is left out): the same labels
 * and names as the grid, dates as wall-time Dates, a numeric 序号 first.
 */
import type { TFunction } from 'i18next';
import type { TableRow } from '../../db/queries/complaint-table';
import { wallTimeDate, type SheetCell, type SheetColumn } from '../../documents/tracking-sheet';

type T = TFunction;

export interface ExportContext {
  t: T;
  zone: string;
  departmentName: ReadonlyMap<string, string>;
  personName: ReadonlyMap<string, string>;
}

const EXPORTABLE = ['number', 'receivedAt', 'customer', 'product', 'batch', 'symptom', 'category', 'grade', 'status', 'nextDue', 'department', 'owner'] as const;
type ExportKey = (typeof EXPORTABLE)[number];

function cell(key: ExportKey, r: TableRow, c: ExportContext): SheetCell {
  switch (key) {
    case 'number': return r.number;
    case 'receivedAt': return wallTimeDate(r.receivedAt, c.zone);
    case 'customer': return r.customer;
    case 'product': return r.product;
    case 'batch': return r.batch;
    case 'symptom': return r.symptom;
    case 'category': return r.category ? c.t(`workflow.categories.${r.category}`, { defaultValue: r.category }) : '';
    case 'grade': return r.grade ? c.t(`workflow.grades.${r.grade}`, { defaultValue: r.grade }) : '';
    case 'status': return c.t(`status.${r.status}`, { defaultValue: r.status });
    case 'nextDue': return r.nextDueAt ? wallTimeDate(r.nextDueAt, c.zone) : null;
    case 'department': return c.departmentName.get(r.department ?? '') ?? '';
    case 'owner': return c.personName.get(r.ownerId ?? '') ?? '';
  }
}

export function trackingSheet(rows: readonly TableRow[], shownKeys: readonly string[], c: ExportContext): { columns: SheetColumn[]; cells: SheetCell[][] } {
  const keys = EXPORTABLE.filter((k) => shownKeys.includes(k));
  const columns: SheetColumn[] = [
    { key: 'seq', header: c.t('trackingExport.seq'), kind: 'number' },
    ...keys.map((k): SheetColumn => ({ key: k, header: c.t(`tracking.col.${k}`), kind: k === 'receivedAt' || k === 'nextDue' ? 'datetime' : 'text' })),
  ];
  const cells = rows.map((r, i) => [i + 1, ...keys.map((k) => cell(k, r, c))]);
  return { columns, cells };
}
