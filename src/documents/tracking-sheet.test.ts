import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildTrackingCsv, buildTrackingXlsx, columnWidths, textWidth, wallTimeDate, type SheetColumn } from './tracking-sheet';

const columns: SheetColumn[] = [
  { key: 'seq', header: '序号', kind: 'number' },
  { key: 'number', header: '编号', kind: 'text' },
  { key: 'receivedAt', header: '接收时间', kind: 'datetime' },
  { key: 'customer', header: '客户', kind: 'text' },
];

const rows = [
  [1, 'QA1-2026-0001', wallTimeDate('2026-09-01T01:30:00Z', 'Asia/Shanghai'), '华东精密机械有限公司'],
  [2, 'QA1-2026-0002', wallTimeDate('2026-09-30T16:30:00Z', 'Asia/Shanghai'), '=HYPERLINK("x")'],
];

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('tracking table as .xlsx', () => {
  it('writes Chinese headers, real numbers and dates, a frozen header row and an auto-filter', async () => {
    const progress: number[] = [];
    const ws = await open(await buildTrackingXlsx('客户抱怨处理跟踪表', columns, rows, (done) => progress.push(done)));
    expect(ws.name).toBe('客户抱怨处理跟踪表');
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '编号', '接收时间', '客户']);
    expect(ws.getCell('A2').value).toBe(1);
    expect(typeof ws.getCell('A3').value).toBe('number');
    const received = ws.getCell('C2').value;
    expect(received).toBeInstanceOf(Date);
    // The Shanghai wall time, not the UTC one: 01:30Z is 09:30 local.
    expect((received as Date).toISOString()).toBe('2026-09-01T09:30:00.000Z');
    expect((ws.getCell('C3').value as Date).toISOString()).toBe('2026-10-01T00:30:00.000Z');
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('D3').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('D3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(4).width).toBe(textWidth('华东精密机械有限公司') + 2);
    expect(progress).toEqual([2]);
  });

  it('fits widths to the longest value, CJK counting double, within bounds', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('客户')).toBe(4);
    expect(columnWidths(columns, [[1, 'x', null, 'y'.repeat(200)]])).toEqual([6, 6, 18, 60]);
  });
});

describe('tracking table as CSV', () => {
  it('has a BOM, quotes what needs it and defuses formulas', () => {
    const csv = buildTrackingCsv(columns, [[1, 'a,b', wallTimeDate('2026-09-01T01:30:00Z', 'Asia/Shanghai'), '=1+1'], [2, 'say "hi"', null, '-5']]);
    expect(csv.startsWith('\uFEFF序号,编号,接收时间,客户\r\n')).toBe(true);
    expect(csv).toContain('1,"a,b",2026-09-01 09:30,\'=1+1\r\n');
    expect(csv).toContain('2,"say ""hi""",,\'-5\r\n');
  });

  it('gives each zone its own wall time, whichever zone was formatted first', () => {
    const at = '2026-09-30T16:30:00Z';
    expect(wallTimeDate(at, 'Asia/Shanghai')?.toISOString()).toBe('2026-10-01T00:30:00.000Z');
    expect(wallTimeDate(at, 'Europe/Berlin')?.toISOString()).toBe('2026-09-30T18:30:00.000Z');
    expect(wallTimeDate(at, 'Asia/Shanghai')?.toISOString()).toBe('2026-10-01T00:30:00.000Z');
    expect(wallTimeDate('', 'Asia/Shanghai')).toBeNull();
  });
});
