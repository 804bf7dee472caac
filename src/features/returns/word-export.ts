/**
 * Word exports of a return: the slip and the refusal letter, in the user's language,
 * with the company from Settings › Company. The docx builders are loaded on demand
 * so the docx library stays out of the main bundle.
 */
import { getDb } from '../../db/db';
import { loadDocumentCompany } from '../../db/repositories/config';
import { toCase, type StoredReturn } from '../../db/repositories/returns-row';
import { localDate } from '../../domain/calendar/zone';
import type { DocLang } from '../../documents/doc-format';
import type { RefusalLetterData } from '../../documents/refusal-letter-model';
import { slipModel } from '../../documents/return-slip-parts';
import { getPlatform } from '../../platform';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function slipModelOf(row: StoredReturn, company: string, timeZone: string, lang: DocLang = 'zh-CN') {
  return slipModel(toCase(row), { number: row.number, createdAt: row.createdAt, createdBy: row.createdBy, company, timeZone, lang });
}

async function company() {
  const [{ company, logo }, { docCompanyOf }] = await Promise.all([loadDocumentCompany(getDb()), import('../../documents/docx-parts')]);
  return { company, doc: docCompanyOf(company, logo) };
}

export async function downloadSlipDocx(row: StoredReturn, timeZone: string, lang: DocLang): Promise<void> {
  const [{ buildReturnSlipDocx }, c] = await Promise.all([import('../../documents/return-slip'), company()]);
  const bytes = await buildReturnSlipDocx(slipModelOf(row, c.company.name, timeZone, lang), c.doc, c.company.forms.returnSlip);
  await getPlatform().saveFile(`${lang === 'en' ? 'ReturnSlip' : '退货单'}-${row.number}.docx`, bytes, DOCX_MIME);
}

/** The letter's facts for a refused return; `contactPerson`: our person named in it (the person printing it). */
export function refusalLetterData(row: StoredReturn, timeZone: string, lang: DocLang, contactPerson: string, contactPhone: string): RefusalLetterData | null {
  if (row.decision?.kind !== 'refuse') return null;
  const r = toCase(row);
  const batch = lang === 'en' ? 'batch' : '批号';
  return {
    lang,
    number: row.number,
    customer: r.request.customer.name,
    contact: r.request.customer.contact,
    orderNo: r.request.orderNo,
    products: r.request.lines.map((l) => `${[l.productNo, l.productName].filter(Boolean).join(' ')}${l.batch ? `（${batch} ${l.batch}）` : ''} × ${l.qtyRequested}`),
    reason: row.decision.reason,
    note: row.decision.note,
    claimDate: localDate(Date.parse(row.createdAt), timeZone),
    date: localDate(Date.parse(row.decision.at), timeZone),
    contactPerson,
    contactPhone,
  };
}

export async function downloadRefusalLetter(row: StoredReturn, timeZone: string, lang: DocLang, contactPerson: string): Promise<void> {
  const [{ buildRefusalLetterDocx }, c] = await Promise.all([import('../../documents/refusal-letter'), company()]);
  const data = refusalLetterData(row, timeZone, lang, contactPerson, c.company.phone);
  if (!data) return;
  const bytes = await buildRefusalLetterDocx(data, c.doc, c.company.forms.refusalLetter);
  await getPlatform().saveFile(`${lang === 'en' ? 'RefusalLetter' : '拒赔函'}-${row.number}.docx`, bytes, DOCX_MIME);
}
