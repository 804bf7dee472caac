/**
 * The printed return slip (退货单) as plain data: what the print view and the Word
 * builder both lay out, so the paper and the file never disagree. Text is in the
 * document's language; times are wall-clock dates without zone names.
 */
import { chineseCapitals, formatYuan } from '../domain/money';
import { receivedQty, refundTotalFen, requestTotals, settlement, type ApprovalRecord, type ReturnCase } from '../domain/returns';
import { formatDate, formatDateTime, formatDay, type DocLang } from './doc-format';
import { returnsLabels } from './labels-returns';

export interface SlipLine {
  seq: string;
  product: string;
  spec: string;
  unit: string;
  batch: string;
  defect: string;
  requested: string;
  received: string;
  conforming: string;
  nonconforming: string;
  responsibility: string;
  unitPrice: string;
  amount: string;
  disposition: string;
}

export interface SlipApproval {
  role: string;
  name: string;
  at: string;
  meaning: string;
  comment: string;
  signatureImage?: string;
}

export interface SlipSigner { name: string; date: string; signatureImage?: string }

export interface SlipModel {
  lang: DocLang;
  number: string;
  company: string;
  date: string;
  customer: string;
  contact: string;
  orderNo: string;
  deliveryNoteNo: string;
  trackingNo: string;
  returnType: string;
  freight: string;
  lines: SlipLine[];
  /** What the customer asked for; the totals below are what the return settles for (what was received). */
  requestedFigures: string;
  totalFigures: string;
  totalCapitals: string;
  /** Nothing received yet: the settled amount is the requested one until the warehouse counts. */
  provisional: boolean;
  refund: string;
  approvals: SlipApproval[];
  receipt: string;
  /** Who signs where on the paper, as far as the record knows them. */
  signers: { applicant?: SlipSigner; warehouse?: SlipSigner; qa?: SlipSigner; approver?: SlipSigner };
}

/** Live signatures only: a voided approval is history, not an approval of this slip. */
function liveApprovals(approvals: readonly ApprovalRecord[]): ApprovalRecord[] {
  return approvals.filter((a) => !a.voided);
}

export interface SlipMeta { number: string; createdAt: string; createdBy?: string; company: string; timeZone: string; lang?: DocLang }

export function slipModel(c: ReturnCase, meta: SlipMeta): SlipModel {
  const lang = meta.lang ?? 'zh-CN';
  const L = returnsLabels(lang);
  const totals = requestTotals(c.request);
  const settled = settlement(c);
  const judged = new Map((c.judgement?.lines ?? []).map((l) => [l.lineId, l]));
  const disposed = new Map((c.disposition?.lines ?? []).map((l) => [l.lineId, l.actions]));
  const tz = meta.timeZone;
  const r = c.receipt;
  const d = (s: string | undefined) => formatDate(s ?? '', lang);
  const live = liveApprovals(c.approvals);
  const approver = live.filter((a) => a.meaning === 'approved').at(-1);
  return {
    lang,
    number: meta.number,
    company: meta.company,
    date: formatDay(meta.createdAt, lang, tz),
    customer: c.request.customer.name,
    contact: [c.request.customer.contact, c.request.customer.phone].filter(Boolean).join(' '),
    orderNo: c.request.orderNo,
    deliveryNoteNo: c.request.deliveryNoteNo ?? '',
    trackingNo: c.request.trackingNo ?? '',
    returnType: L.returnType[c.request.returnType] ?? '',
    freight: L.freight[c.request.freightPaidBy] ?? '',
    lines: c.request.lines.map((line, i) => {
      const j = judged.get(line.id);
      const actions = disposed.get(line.id) ?? [];
      return {
        seq: String(i + 1),
        product: [line.productNo, line.productName, line.spec].filter(Boolean).join('\n'),
        spec: line.spec,
        unit: line.unit ?? '',
        batch: [line.batch, line.productionDate && `${L.made} ${d(line.productionDate)}`, line.shipDate && `${L.shipped} ${d(line.shipDate)}`].filter(Boolean).join('\n'),
        defect: [line.defect, line.reason].filter(Boolean).join('\n'),
        requested: String(line.qtyRequested),
        received: r ? String(receivedQty(r, line.id)) : '',
        conforming: j ? String(j.conformingQty) : '',
        nonconforming: j ? String(j.nonconformingQty) : '',
        responsibility: j?.responsibility ? (L.responsibility[j.responsibility] ?? '') : '',
        unitPrice: formatYuan(line.unitPriceFen),
        amount: formatYuan(totals.lines[i]?.amountFen ?? 0),
        // The date or amount on its own line, so the column needs only the width of one of them.
        disposition: actions.map((a) => [`${L.disposition[a.kind]} ${a.qty}`, a.replaceShipDate && d(a.replaceShipDate), a.refundFen !== undefined && `¥${formatYuan(a.refundFen)}`].filter(Boolean).join('\n')).join('\n'),
      };
    }),
    requestedFigures: `¥${formatYuan(totals.totalFen)}`,
    totalFigures: `¥${formatYuan(settled.settledFen)}`,
    totalCapitals: `${L.capitalsPrefix}${chineseCapitals(settled.settledFen)}`,
    provisional: !settled.final,
    refund: c.disposition && refundTotalFen(c.disposition) > 0 ? `¥${formatYuan(refundTotalFen(c.disposition))}` : '',
    approvals: live.map((a) => ({
      role: L.role[a.role] ?? a.role,
      name: a.signerName,
      at: formatDateTime(a.at, lang, a.timeZone),
      meaning: L.meaning[a.meaning] ?? a.meaning,
      comment: a.comment,
      signatureImage: a.signatureImage,
    })),
    receipt: r ? L.receiptLine(formatDateTime(r.receivedAt, lang, tz), r.receivedBy, L.packageCondition[r.packageCondition] ?? '') : '',
    signers: {
      applicant: meta.createdBy ? { name: meta.createdBy, date: formatDay(meta.createdAt, lang, tz) } : undefined,
      warehouse: r ? { name: r.receivedBy, date: formatDay(r.receivedAt, lang, tz) } : undefined,
      qa: c.judgement ? { name: c.judgement.judgedBy, date: formatDay(c.judgement.judgedAt, lang, tz) } : undefined,
      approver: approver ? { name: approver.signerName, date: formatDay(approver.at, lang, approver.timeZone), signatureImage: approver.signatureImage } : undefined,
    },
  };
}

export function slipHeaders(lang: DocLang): string[] {
  const C = returnsLabels(lang).cols;
  return [C.seq, C.product, C.unit, C.batch, C.defect, C.requested, C.received, C.conforming, C.nonconforming, C.responsibility, C.unitPrice, C.amount, C.disposition];
}

/** Column alignment: numbers and amounts right-aligned. */
export const SLIP_ALIGN = ['center', 'left', 'center', 'left', 'left', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'left'] as const;

export function slipRow(l: SlipLine): string[] {
  return [l.seq, l.product, l.unit, l.batch, l.defect, l.requested, l.received, l.conforming, l.nonconforming, l.responsibility, l.unitPrice, l.amount, l.disposition];
}
