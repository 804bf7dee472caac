/**
 * Word exports of a return. The docx builders are loaded on demand so the docx
 * library stays out of the main bundle.
 */
import { getPlatform } from '../../platform';
import { toCase, type StoredReturn } from '../../db/repositories/returns-row';
import { slipModel } from '../../documents/return-slip-parts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function slipModelOf(row: StoredReturn, company: string, timeZone: string) {
  return slipModel(toCase(row), { number: row.number, createdAt: row.createdAt, company, timeZone });
}

export async function downloadSlipDocx(row: StoredReturn, company: string, timeZone: string): Promise<void> {
  const { buildReturnSlipDocx } = await import('../../documents/return-slip');
  const bytes = await buildReturnSlipDocx(slipModelOf(row, company, timeZone));
  await getPlatform().saveFile(`退货单-${row.number}.docx`, bytes, DOCX_MIME);
}

export async function downloadRefusalLetter(row: StoredReturn, company: string): Promise<void> {
  if (row.decision?.kind !== 'refuse') return;
  const { buildRefusalLetterDocx } = await import('../../documents/refusal-letter');
  const c = toCase(row);
  const bytes = await buildRefusalLetterDocx({
    company,
    number: row.number,
    customer: c.request.customer.name,
    contact: c.request.customer.contact,
    orderNo: c.request.orderNo,
    products: c.request.lines.map((l) => `${l.productNo}${l.batch ? `（批号 ${l.batch}）` : ''} × ${l.qtyRequested}`),
    reason: row.decision.reason,
    note: row.decision.note,
    date: row.decision.at.slice(0, 10),
  });
  await getPlatform().saveFile(`拒赔函-${row.number}.docx`, bytes, DOCX_MIME);
}
