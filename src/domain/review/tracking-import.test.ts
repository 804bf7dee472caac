import { describe, expect, it } from 'vitest';
import type { Cell } from '../masterdata/sheet';
import { findHeaderRow, keysOfComplaint, proposeMapping, readDate, readTrackingRows } from './tracking-import';

const NOW = new Date('2026-12-02T00:00:00Z');
const opts = { now: NOW, zone: 'Asia/Shanghai', receivedBy: '导入' };

/** A sheet as plants keep it: a merged title row, headers, a blank row, a text date, a duplicate, bad rows. */
const SHEET: Cell[][] = [
  ['2026 年客户抱怨处理跟踪表', null, null, null, null, null, null],
  ['序号', '投诉日期', '客户名称', '产品名称', '批号', '问题描述', '处理结果'],
  [1, new Date(Date.UTC(2026, 8, 3)), '华东精密', '液压泵', 'B1', '漏油', '换货'],
  [null, null, null, null, null, null, null],
  [2, '2026年9月5日', '南方机电', '阀门', 'B2', '划伤', ''],
  [3, 46271, '华东精密', '液压泵', 'B3', '异响', '返工'],
  [4, '2026/9/3', '华东精密', '液压泵', 'B1', '漏油（重复）', ''],
  [5, '九月三日', '北方重工', '泵', 'B4', '漏油', ''],
  [6, '2026-09-07', '', '泵', 'B5', '', ''],
];

describe('reading an old tracking sheet', () => {
  it('finds the header under a title row and proposes the mapping from the header names', () => {
    const h = findHeaderRow(SHEET);
    expect(h).toBe(1);
    expect(proposeMapping(SHEET[h]!)).toEqual({ receivedOn: 1, customerName: 2, productName: 3, batchNo: 4, symptom: 5, result: 6 });
  });

  it('reads dates as Excel writes them and as people type them', () => {
    expect(readDate(new Date(Date.UTC(2026, 8, 3)))).toBe('2026-09-03');
    expect(readDate('2026年9月5日')).toBe('2026-09-05');
    expect(readDate('2026/9/3')).toBe('2026-09-03');
    expect(readDate(46271)).toBe('2026-09-06');
    expect(readDate('2026-02-30')).toBeUndefined();
    expect(readDate('九月三日')).toBeUndefined();
  });

  it('gives each row its input or its errors; blank rows are skipped, duplicates in the file named', () => {
    const rows = readTrackingRows(SHEET, 1, proposeMapping(SHEET[1]!), opts);
    expect(rows.map((r) => [r.row, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual([
      [3, []], [5, []], [6, []],
      [7, [':import.err.duplicateInFile|3']],
      [8, ['receivedOn:import.err.date']],
      [9, ['customerName:import.err.required', 'symptom:import.err.required']],
    ]);
    const first = rows[0]!.input!;
    expect(first.receivedAt).toBe('2026-09-03T04:00:00.000Z');
    expect(first.customer.name).toBe('华东精密');
    expect(first.demand.note).toBe('处理结果：换货');
    expect(keysOfComplaint(first, '2026-09-03')).toEqual([rows[0]!.key]);
  });

  it('matches on the customer\'s own complaint number when the sheet has one', () => {
    const sheet: Cell[][] = [['客诉编号', '投诉日期', '客户', '产品', '问题描述'], ['HD-7', '2026-09-01', '华东精密', '泵', '漏油'], ['HD-7', '2026-09-02', '华东精密', '泵', '漏油']];
    const rows = readTrackingRows(sheet, 0, proposeMapping(sheet[0]!), opts);
    expect(rows[1]?.errors[0]?.code).toBe('import.err.duplicateInFile|2');
    expect(keysOfComplaint(rows[0]!.input!, '2026-09-01')).toContain(rows[0]!.key);
  });
});
