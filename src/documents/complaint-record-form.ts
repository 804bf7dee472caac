/**
 * The complaint record form (产品质量投诉记录表) as a Word file: every field of the
 * procedure's form, from receipt to closing, with evidence photos and signature
 * cells. Filled from the saved complaint and, where they exist, its 8D and follow-up.
 */
import type { FileChild } from 'docx';
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { listOf } from '../domain/eightd/keyed';
import type { EightD } from '../domain/eightd/schema';
import { formatDate, formatDateTime, formatDay, type DocLang } from './doc-format';
import { buildDocument, fieldsTable, fileNamePart, heading, para, photoGrid, signatureCells, title, toBytes, type DocCompany } from './docx-parts';
import type { DocFormSettings } from './eightd-report';
import { common } from './labels-common';
import { recordLabels } from './labels-record';

export interface RecordFormInput {
  lang?: DocLang;
  complaint: Complaint;
  company: DocCompany;
  form?: DocFormSettings;
  timeZone?: string;
  evidence: Record<string, Uint8Array>;
  report?: EightD;
  /** The latest follow-up (回访), if any. */
  followUp?: { at: string; satisfaction: number; comment: string; by: string };
  /** YYYY-MM-DD the case was closed, if it was. */
  closedOn?: string;
}

export function recordFormFileName(number: string, customer: string, day: string): string {
  return `投诉记录表-${fileNamePart(number)}-${fileNamePart(customer)}-${day.replace(/-/g, '')}.docx`;
}

interface AssessmentLike { genuineness?: string; severity?: string; category?: string; grade?: string; at?: string; by?: string }

export async function buildComplaintRecordForm(input: RecordFormInput): Promise<Uint8Array> {
  const lang = input.lang ?? 'zh-CN';
  const R = recordLabels(lang);
  const C = common(lang);
  const c = input.complaint;
  const tz = input.timeZone;
  const d = (s: string) => formatDate(s, lang);
  const num = (n: number | null) => (n === null ? '' : String(n));
  const yn = (b: boolean) => (b ? C.yes : C.no);
  const a = (c.assessment ?? undefined) as AssessmentLike | undefined;
  const r = input.report;
  const causes = r ? listOf(r.d4.causes).filter((x) => x.kind === 'occurrence').map((x) => x.description) : [];
  const actions = r ? listOf(r.actions).filter((x) => (x.discipline === 'd3' || x.discipline === 'd5') && x.status !== 'cancelled').map((x) => x.title) : [];
  const f = input.followUp;
  const evidence = Object.values(c.attachments).filter((x): x is AttachmentRef => x !== null);
  const images = evidence.filter((x) => x.type.startsWith('image/'));
  const others = evidence.filter((x) => !x.type.startsWith('image/'));
  const form = input.form ?? { formNo: '', revision: '', prefix: '' };
  const number = `${form.prefix}${c.number}`;
  const children: FileChild[] = [
    title(R.title),
    heading(R.intake),
    fieldsTable([[R.number, number], [R.channel, R.channels[c.channel] ?? c.channel], [R.receivedAt, formatDateTime(c.receivedAt, lang, tz)], [R.receivedBy, c.receivedBy]]),
    heading(R.customerInfo),
    fieldsTable([
      [R.customerName, c.customer.name], [R.customerCompany, c.customer.company], [R.contactPerson, c.customer.contactPerson], [R.phone, c.customer.phone],
      [R.email, c.customer.email], [R.customerType, R.customerTypes[c.customer.type] ?? c.customer.type], [R.address, c.customer.address, 'wide'],
    ]),
    heading(R.productInfo),
    fieldsTable([
      [R.productName, c.product.name], [R.model, c.product.model], [R.batch, c.product.batchNo], [R.serialNo, c.product.serialNo],
      [R.orderNo, c.product.orderNo], [R.orderQty, num(c.product.orderQty)], [R.shippedQty, num(c.product.shippedQty)], [R.shipDate, d(c.product.shipDate)],
      [R.purchaseDate, d(c.product.purchaseDate)], [R.purchaseChannel, c.product.purchaseChannel ? (R.purchaseChannels[c.product.purchaseChannel] ?? '') : ''],
      [R.proof, yn(c.product.hasProofOfPurchase)],
    ]),
    heading(R.details),
    fieldsTable([
      [R.occurredOn, d(c.details.occurredOn)], [R.location, c.details.location], [R.environment, c.details.environment], [R.affectedQty, num(c.details.affectedQty)],
      [R.recurring, yn(c.details.recurring)], [R.symptom, c.details.symptom, 'wide'], [R.customerActions, c.details.customerActions, 'wide'],
      [R.demand, c.demand.kinds.map((k) => R.demandKinds[k] ?? k).join(R.list), 'wide'], [R.demandNote, c.demand.note, 'wide'],
    ]),
    heading(R.handling),
    fieldsTable([
      [R.assessment, a ? [a.genuineness && R.genuineness[a.genuineness], a.severity && R.severities[a.severity], a.category && R.categories[a.category], a.grade && R.grades[a.grade]].filter(Boolean).join(R.list) : '', 'wide'],
      [R.causeJudgement, causes.join('\n'), 'wide'],
      [R.handlingOpinion, actions.join('\n'), 'wide'],
      [R.department, typeof c.department === 'string' ? (R.departments[c.department] ?? c.department) : ''], [R.closedOn, d(input.closedOn ?? r?.d8.closedOn ?? '')],
      [R.result, r?.d6.verificationData ?? '', 'wide'],
      [R.followUp, f ? `${formatDay(f.at, lang, tz)} ${f.by}，${R.satisfaction(f.satisfaction)}${f.comment ? `：${f.comment}` : ''}`.replace(/，/g, lang === 'en' ? ', ' : '，').replace(/：/g, lang === 'en' ? ': ' : '：') : '', 'wide'],
    ]),
    heading(R.evidence),
  ];
  if (evidence.length === 0) children.push(para(C.none));
  if (images.length) children.push(...photoGrid(images.map((x, i) => ({ bytes: input.evidence[x.sha256], caption: `${C.photo(i + 1)}${x.caption ? `  ${x.caption}` : ''}` })), lang));
  others.forEach((x, i) => children.push(para(`${images.length + i + 1}. ${x.name}`)));
  children.push(
    heading(R.signatures),
    signatureCells([
      { label: R.receiver, name: c.receivedBy, date: formatDay(c.receivedAt, lang, tz) },
      { label: R.reviewer },
      { label: R.approver },
    ], lang),
  );
  return toBytes(buildDocument({ lang, company: input.company, form, title: R.title, number }, children));
}
