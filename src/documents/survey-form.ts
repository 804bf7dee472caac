/**
 * The satisfaction survey (顾客满意度调查表) as a Word form to send to the
 * customer: the case it concerns, one row per survey item with a box per score
 * (5 very satisfied … 1 very unsatisfied), room for comments and for the
 * customer's signature and date. The answers are entered back on the case.
 */
import type { DocLang } from './doc-format';
import { formatDate } from './doc-format';
import { buildDocument, fieldsTable, gridTable, heading, para, signatureCells, title, toBytes, type DocCompany } from './docx-parts';

export interface SurveyFormInput {
  lang: DocLang;
  company: DocCompany;
  form: { formNo: string; revision: string };
  complaint: { number: string; customer: string; product: string; receivedOn: string; symptom: string };
  /** The items in the document's language, in the order of settings. */
  items: readonly string[];
}

const L = {
  'zh-CN': {
    title: '顾客满意度调查表', intro: '感谢您对我们处理此次投诉的配合。请在每一项对应的方框内打“√”，并将本表签字后交回。',
    number: '投诉编号', customer: '客户', product: '产品', received: '投诉日期', symptom: '问题描述', scores: '满意度评价',
    item: '项目', levels: ['非常满意 5', '满意 4', '一般 3', '不满意 2', '非常不满意 1'], comments: '意见与建议', respondent: '答复人（签字）',
  },
  en: {
    title: 'Customer satisfaction survey', intro: 'Thank you for your help with this complaint. Please tick one box per line, sign the form and return it to us.',
    number: 'Complaint no.', customer: 'Customer', product: 'Product', received: 'Complaint date', symptom: 'Problem', scores: 'Your rating',
    item: 'Item', levels: ['Very satisfied 5', 'Satisfied 4', 'Neutral 3', 'Unsatisfied 2', 'Very unsatisfied 1'], comments: 'Comments and suggestions', respondent: 'Answered by (signature)',
  },
} as const;

export function surveyFormFileName(number: string, lang: DocLang): string {
  return `${L[lang].title}-${number}.docx`.replace(/\s+/g, '_');
}

export async function buildSurveyForm(input: SurveyFormInput): Promise<Uint8Array> {
  const T = L[input.lang];
  const c = input.complaint;
  const children = [
    title(T.title),
    para(T.intro, { after: 160 }),
    fieldsTable([[T.number, c.number], [T.received, formatDate(c.receivedOn, input.lang)], [T.customer, c.customer], [T.product, c.product], [T.symptom, c.symptom, 'wide']]),
    heading(T.scores),
    gridTable([T.item, ...T.levels], input.items.map((item) => [item, '□', '□', '□', '□', '□']), { align: ['left', 'center', 'center', 'center', 'center', 'center'] }),
    para('', { after: 120 }),
    fieldsTable([[T.comments, '\n\n\n\n\n', 'wide']]),
    para('', { after: 120 }),
    signatureCells([{ label: T.respondent }], input.lang, 1),
  ];
  return toBytes(buildDocument({ lang: input.lang, company: input.company, form: input.form, title: T.title, number: c.number }, children));
}
