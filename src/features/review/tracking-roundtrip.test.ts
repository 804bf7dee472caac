/** The tracking table exported to .xlsx and read back by the old-sheet import gives the same complaints. */
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { TableRow } from '../../db/queries/complaint-table';
import { buildTrackingXlsx } from '../../documents/tracking-sheet';
import { findHeaderRow, proposeMapping, readTrackingRows } from '../../domain/review/tracking-import';
import { trackingSheet } from '../complaints/tracking-export';
import { readFirstSheet } from '../masterdata/excel';

const HEADERS: Record<string, string> = {
  'trackingExport.seq': '序号', 'tracking.col.number': '编号', 'tracking.col.receivedAt': '接收时间', 'tracking.col.customer': '客户',
  'tracking.col.product': '产品', 'tracking.col.batch': '批号', 'tracking.col.symptom': '问题描述', 'tracking.col.status': '状态',
};
const t = ((key: string) => HEADERS[key] ?? key) as unknown as TFunction;

const row = (n: number, receivedAt: string, customer: string, product: string, batch: string, symptom: string): TableRow => ({
  id: `c${n}`, number: `QA1-2026-000${n}`, receivedAt, status: 'new', category: '', grade: '', department: '', ownerId: '', nextDueAt: '', channel: 'hotline',
  customer, product, batch, symptom,
});

describe('export → import round trip', () => {
  it('reads back customer, product, batch, problem and the local day of each row', async () => {
    const rows = [row(1, '2026-09-01T01:30:00.000Z', '华东精密', '液压泵', 'B1', '漏油'), row(2, '2026-09-30T16:30:00.000Z', '南方机电', '阀门', 'B2', '划伤，表面')];
    const { columns, cells } = trackingSheet(rows, ['number', 'receivedAt', 'customer', 'product', 'batch', 'symptom', 'status'], { t, zone: 'Asia/Shanghai', departmentName: new Map(), personName: new Map() });
    const bytes = await buildTrackingXlsx('跟踪表', columns, cells);
    const table = await readFirstSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const header = findHeaderRow(table);
    const read = readTrackingRows(table, header, proposeMapping(table[header] ?? []), { now: new Date('2026-12-01T00:00:00Z'), zone: 'Asia/Shanghai', receivedBy: '导入' });
    expect(read.map((r) => r.errors)).toEqual([[], []]);
    expect(read.map((r) => [r.input?.customer.name, r.input?.product.name, r.input?.product.batchNo, r.input?.details.symptom, r.input?.receivedAt.slice(0, 10)])).toEqual([
      ['华东精密', '液压泵', 'B1', '漏油', '2026-09-01'],
      // 16:30Z on 30 Sep is 1 Oct in Shanghai: the local day travels, not the UTC one.
      ['南方机电', '阀门', 'B2', '划伤，表面', '2026-10-01'],
    ]);
  });
});
