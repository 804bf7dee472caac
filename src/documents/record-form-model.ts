/**
 * What the complaint record form (产品质量投诉记录表) says, independent of where it is
 * printed: its sections of label/value pairs, its evidence and its signature cells. The
 * Word file and the print view are both laid out from this one model.
 */
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { listOf } from '../domain/eightd/keyed';
import type { EightD } from '../domain/eightd/schema';
import { formatDate, formatDateTime, formatDay, type DocLang, type Pair } from './doc-format';
import { common } from './labels-common';
import { recordLabels } from './labels-record';

export interface RecordFormFacts {
  lang?: DocLang;
  complaint: Complaint;
  /** The form number prefix from Settings › Company. */
  prefix?: string;
  timeZone?: string;
  report?: EightD;
  /** The latest follow-up (回访), if any. */
  followUp?: { at: string; satisfaction: number; comment: string; by: string };
  /** YYYY-MM-DD the case was closed, if it was. */
  closedOn?: string;
}

export interface RecordFormModel {
  lang: DocLang;
  title: string;
  number: string;
  sections: { heading: string; pairs: Pair[] }[];
  evidenceHeading: string;
  /** Images shown in the photo grid, with the caption the user typed. */
  images: { sha256: string; caption: string }[];
  /** Other evidence, listed by name and numbered after the photos. */
  others: string[];
  signaturesHeading: string;
  signatures: { label: string; name?: string; date?: string }[];
}

interface AssessmentLike { genuineness?: string; severity?: string; category?: string; grade?: string }

export function recordFormModel(input: RecordFormFacts): RecordFormModel {
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
  const [comma, colon] = lang === 'en' ? [', ', ': '] : ['，', '：'];
  const followUp = f ? `${formatDay(f.at, lang, tz)} ${f.by}${comma}${R.satisfaction(f.satisfaction)}${f.comment ? `${colon}${f.comment}` : ''}` : '';
  return {
    lang,
    title: R.title,
    number: `${input.prefix ?? ''}${c.number}`,
    sections: [
      { heading: R.intake, pairs: [[R.number, `${input.prefix ?? ''}${c.number}`], [R.channel, R.channels[c.channel] ?? c.channel], [R.receivedAt, formatDateTime(c.receivedAt, lang, tz)], [R.receivedBy, c.receivedBy]] },
      {
        heading: R.customerInfo,
        pairs: [
          [R.customerName, c.customer.name], [R.customerCompany, c.customer.company], [R.contactPerson, c.customer.contactPerson], [R.phone, c.customer.phone],
          [R.email, c.customer.email], [R.customerType, R.customerTypes[c.customer.type] ?? c.customer.type], [R.address, c.customer.address, 'wide'],
        ],
      },
      {
        heading: R.productInfo,
        pairs: [
          [R.productName, c.product.name], [R.model, c.product.model], [R.batch, c.product.batchNo], [R.serialNo, c.product.serialNo],
          [R.orderNo, c.product.orderNo], [R.orderQty, num(c.product.orderQty)], [R.shippedQty, num(c.product.shippedQty)], [R.shipDate, d(c.product.shipDate)],
          [R.purchaseDate, d(c.product.purchaseDate)], [R.purchaseChannel, c.product.purchaseChannel ? (R.purchaseChannels[c.product.purchaseChannel] ?? '') : ''],
          [R.proof, yn(c.product.hasProofOfPurchase)],
        ],
      },
      {
        heading: R.details,
        pairs: [
          [R.occurredOn, d(c.details.occurredOn)], [R.location, c.details.location], [R.environment, c.details.environment], [R.affectedQty, num(c.details.affectedQty)],
          [R.recurring, yn(c.details.recurring)], [R.symptom, c.details.symptom, 'wide'], [R.customerActions, c.details.customerActions, 'wide'],
          [R.demand, c.demand.kinds.map((k) => R.demandKinds[k] ?? k).join(R.list), 'wide'], [R.demandNote, c.demand.note, 'wide'],
        ],
      },
      {
        heading: R.handling,
        pairs: [
          [R.assessment, a ? [a.genuineness && R.genuineness[a.genuineness], a.severity && R.severities[a.severity], a.category && R.categories[a.category], a.grade && R.grades[a.grade]].filter(Boolean).join(R.list) : '', 'wide'],
          [R.causeJudgement, causes.join('\n'), 'wide'],
          [R.handlingOpinion, actions.join('\n'), 'wide'],
          [R.department, typeof c.department === 'string' ? (R.departments[c.department] ?? c.department) : ''], [R.closedOn, d(input.closedOn ?? r?.d8.closedOn ?? '')],
          [R.result, r?.d6.verificationData ?? '', 'wide'],
          [R.followUp, followUp, 'wide'],
        ],
      },
    ],
    evidenceHeading: R.evidence,
    images: images.map((x, i) => ({ sha256: x.sha256, caption: `${C.photo(i + 1)}${x.caption ? `  ${x.caption}` : ''}` })),
    others: others.map((x, i) => `${images.length + i + 1}. ${x.name}`),
    signaturesHeading: R.signatures,
    signatures: [{ label: R.receiver, name: c.receivedBy, date: formatDay(c.receivedAt, lang, tz) }, { label: R.reviewer }, { label: R.approver }],
  };
}
