import { describe, expect, it } from 'vitest';
import { CUSTOMER_COLUMNS, PRODUCT_COLUMNS, readCustomerSheet, readProductSheet, sheetOf, type Cell } from './sheet';
import { emptyProductInput } from './product';

const HEAD: Cell[] = ['产品代码', '产品名称', '保质期(天)', '质保期(月)', '本公司产品', '标准单价(元)', '关键特性'];

describe('product sheet', () => {
  it('reads rows into inputs, with defaults for absent columns', () => {
    const r = readProductSheet([HEAD, ['p-001', '液压泵', 365, '12', '是', 12.5, '外径:9.9~10.1 mm'], [null, '', null, null, null, null, null], ['P-002', '齿轮泵', null, null, '否', null, null]]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rows.map((x) => x.row)).toEqual([2, 4]);
    expect(r.rows[0]?.input).toMatchObject({ code: 'P-001', shelfLifeDays: 365, warrantyMonths: 12, ourProduct: true, unitPriceFen: 1250, active: true });
    expect(r.rows[0]?.input.characteristics[0]).toMatchObject({ name: '外径', lower: 9.9, upper: 10.1, unit: 'mm' });
    expect(r.rows[1]?.input).toMatchObject({ code: 'P-002', ourProduct: false, shelfLifeDays: null });
  });

  it('accepts English headers', () => {
    const r = readProductSheet([['Code', 'Name'], ['P-1', 'Pump']]);
    expect(r.ok).toBe(true);
  });

  it('reports a missing required header and reads no row', () => {
    const r = readProductSheet([['产品名称'], ['液压泵']]);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, column: '产品代码', code: 'masterdata.sheet.missingHeader' }] });
  });

  it('reports wrong types, rule violations and duplicates per row', () => {
    const r = readProductSheet([
      HEAD,
      ['P-001', '液压泵', 'abc', null, '也许', null, null],
      ['P-002', '齿轮泵', -1, 601, null, 1.234, null],
      ['P-003', '', null, null, null, null, '外径 10'],
      ['P-004', '叶片泵', null, null, null, null, null],
      ['p-004', '叶片泵', null, null, null, null, null],
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { row: 2, column: '保质期(天)', code: 'masterdata.sheet.wrongType', params: { expected: 'integer' } },
      { row: 2, column: '本公司产品', code: 'masterdata.sheet.wrongType', params: { expected: 'yesNo' } },
      { row: 3, column: '保质期(天)', code: 'validation.nonNegative' },
      { row: 3, column: '质保期(月)', code: 'validation.warrantyMax' },
      { row: 3, column: '标准单价(元)', code: 'masterdata.sheet.wrongType', params: { expected: 'amount' } },
      { row: 4, column: '产品名称', code: 'validation.required' },
      { row: 4, column: '关键特性', code: 'masterdata.sheet.wrongType', params: { expected: 'characteristics' } },
      { row: 6, column: '产品代码', code: 'masterdata.sheet.duplicateInFile', params: { value: 'P-004', first: '5' } },
    ]);
    const rules = readProductSheet([HEAD, ['P-002', '齿轮泵', -1, 601, null, null, null]]);
    expect(rules.ok ? [] : rules.errors.map((e) => `${e.column} ${e.code}`)).toEqual(['保质期(天) validation.nonNegative', '质保期(月) validation.warrantyMax']);
  });

  it('reads back what it exports', () => {
    const input = { ...emptyProductInput(), code: 'P-9', name: '泵', unitPriceFen: 1999, characteristics: [{ id: 'x', name: '长度', unit: 'mm', lower: 1, upper: 2, order: 0 }] };
    const r = readProductSheet(sheetOf(PRODUCT_COLUMNS, [input]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect({ ...r.rows[0]?.input, characteristics: [] }).toEqual({ ...input, characteristics: [] });
    expect(r.rows[0]?.input.characteristics[0]).toMatchObject({ name: '长度', lower: 1, upper: 2 });
  });
});

describe('customer sheet', () => {
  it('reads contacts and reports a bad phone with its row', () => {
    const r = readCustomerSheet([
      CUSTOMER_COLUMNS.map((c) => c.header),
      ['C01', '华东精密', '华东', '是', '机械', '', '张三/采购/13800138000/', '李销售', '', ''],
      ['C02', '苏州精工', '', '', '', '', '李四//123/', '', '', ''],
    ]);
    expect(r.ok ? [] : r.errors).toEqual([{ row: 3, column: '联系人', code: 'validation.phone' }]);
  });
});
