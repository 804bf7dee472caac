/**
 * The refusal letter (不予退货/索赔通知函) as a polite business letter: addressee,
 * reference to the customer's claim and its date, the reason in plain words,
 * what the customer can do next, our contact, and the company name and date at
 * the bottom right with room for the seal. No internal signature lines.
 */
import type { FileChild } from 'docx';
import type { RefusalReason } from '../domain/returns';
import { formatDate, type DocLang } from './doc-format';
import { buildDocument, companyName, para, title, toBytes, type DocCompany } from './docx-parts';
import type { DocFormSettings } from './eightd-report';
import { common } from './labels-common';
import { returnsLabels } from './labels-returns';

export interface RefusalLetterData {
  lang?: DocLang;
  number: string;
  customer: string;
  contact: string;
  orderNo: string;
  products: string[];
  reason: RefusalReason;
  note: string;
  /** YYYY-MM-DD the customer's claim was made. */
  claimDate: string;
  /** YYYY-MM-DD of the letter (the decision). */
  date: string;
  /** Our person the customer may call. */
  contactPerson: string;
  contactPhone: string;
}

export async function buildRefusalLetterDocx(d: RefusalLetterData, company: DocCompany, form: DocFormSettings = { formNo: '', revision: '', prefix: '' }): Promise<Uint8Array> {
  const lang = d.lang ?? 'zh-CN';
  const R = returnsLabels(lang).refusal;
  const prose = (s: string) => para(s, { indent: lang === 'zh-CN', pt: 12, after: 120 });
  const number = `${form.prefix}${d.number}`;
  const children: FileChild[] = [
    title(R.title),
    para(`${common(lang).docNo}${lang === 'en' ? ' ' : '：'}${number}`, { align: 'right', pt: 10.5, after: 240 }),
    para(R.salutation(d.customer, d.contact), { pt: 12, after: 120 }),
    prose(R.opening(formatDate(d.claimDate, lang), d.orderNo, number)),
    ...d.products.map((p) => para(`${lang === 'zh-CN' ? '\u3000\u3000' : '    '}· ${p}`, { pt: 12 })),
    prose(R.decision(R.reasons[d.reason])),
    ...(d.note ? [prose(R.note(d.note))] : []),
    prose(R.next),
    prose(R.contact(d.contactPerson, d.contactPhone)),
    prose(R.thanks),
    // 此致 indented, 敬礼 flush left on the next line: the closing of a Chinese business letter.
    ...R.regards.split('\n').map((l, i, all) => para(l, { pt: 12, indent: lang === 'zh-CN' && i === 0, after: i === all.length - 1 ? 480 : 0 })),
    para(companyName(company, lang), { align: 'right', pt: 12 }),
    para(common(lang).seal, { align: 'right', pt: 10.5, before: 360, after: 360 }),
    para(formatDate(d.date, lang), { align: 'right', pt: 12 }),
  ];
  return toBytes(buildDocument({ lang, company, form, title: R.title, number }, children));
}
