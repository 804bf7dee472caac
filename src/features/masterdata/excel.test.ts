import { describe, expect, it } from 'vitest';
import { readFirstSheet, writeSheet, NotAWorkbookError } from './excel';
import { PRODUCT_COLUMNS, readProductSheet, sheetOf } from '../../domain/masterdata/sheet';
import { emptyProductInput } from '../../domain/masterdata/product';

describe('xlsx files', () => {
  it('writes a product list and reads it back through the sheet reader', async () => {
    const inputs = [
      { ...emptyProductInput(), code: 'P-001', name: '液压泵', shelfLifeDays: 365, unitPriceFen: 12050 },
      { ...emptyProductInput(), code: 'P-002', name: '齿轮泵', ourProduct: false },
    ];
    const bytes = await writeSheet('产品档案', sheetOf(PRODUCT_COLUMNS, inputs));
    const table = await readFirstSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const r = readProductSheet(table);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rows.map((x) => x.input)).toEqual(inputs);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readFirstSheet(new TextEncoder().encode('code,name\n').buffer as ArrayBuffer)).rejects.toBeInstanceOf(NotAWorkbookError);
  });
});
