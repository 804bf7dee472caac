/**
 * What the refusal letter (不予退货/索赔通知函) says, paragraph by paragraph, independent
 * of where it is printed: the Word file and the print view are laid out from this model.
 */
import type { RefusalReason } from '../domain/returns';
import { formatDate, type DocLang } from './doc-format';
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

/** One paragraph of the letter: its text and how it sits on the page (sizes in points, spacing in twips). */
export interface LetterBlock {
  text: string;
  align?: 'right';
  /** The two-character first-line indent of Chinese prose. */
  indent?: boolean;
  pt: number;
  before?: number;
  after?: number;
}

export interface RefusalLetterModel { lang: DocLang; title: string; number: string; blocks: LetterBlock[] }

/** `companyName`: the sender as it signs, from Settings › Company (or the visible placeholder). */
export function refusalLetterModel(d: RefusalLetterData, companyName: string, prefix = ''): RefusalLetterModel {
  const lang = d.lang ?? 'zh-CN';
  const R = returnsLabels(lang).refusal;
  const zh = lang === 'zh-CN';
  const prose = (text: string): LetterBlock => ({ text, indent: zh, pt: 12, after: 120 });
  const number = `${prefix}${d.number}`;
  const closing = R.regards.split('\n');
  return {
    lang,
    title: R.title,
    number,
    blocks: [
      { text: `${common(lang).docNo}${zh ? '：' : ' '}${number}`, align: 'right', pt: 10.5, after: 240 },
      { text: R.salutation(d.customer, d.contact), pt: 12, after: 120 },
      prose(R.opening(formatDate(d.claimDate, lang), d.orderNo, number)),
      ...d.products.map((p): LetterBlock => ({ text: `${zh ? '\u3000\u3000' : '    '}· ${p}`, pt: 12 })),
      prose(R.decision(R.reasons[d.reason])),
      ...(d.note ? [prose(R.note(d.note))] : []),
      prose(R.next),
      prose(R.contact(d.contactPerson, d.contactPhone)),
      prose(R.thanks),
      // 此致 indented, 敬礼 flush left on the next line: the closing of a Chinese business letter.
      ...closing.map((text, i): LetterBlock => ({ text, pt: 12, indent: zh && i === 0, after: i === closing.length - 1 ? 480 : 0 })),
      { text: companyName, align: 'right', pt: 12 },
      { text: common(lang).seal, align: 'right', pt: 10.5, before: 360, after: 360 },
      { text: formatDate(d.date, lang), align: 'right', pt: 12 },
    ],
  };
}
