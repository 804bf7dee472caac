/**
 * The printed return slip (退货单) as plain data: what the print preview and the Word
 * builder both lay out, so the paper and the file never disagree. Printed text is
 * Chinese whatever the UI language: the slip is a document for the plant's files.
 */
import { chineseCapitals, formatYuan } from '../domain/money';
import {
  receivedQty,
  refundTotalFen,
  settlement,
  type ApprovalRecord,
  type DispositionKind,
  type RefusalReason,
  type ReturnCase,
} from '../domain/returns';

export const ZH = {
  returnType: { defectiveInUse: '使用不良', bulkReturn: '批量退货', repair: '返修', wrongShipment: '错发' },
  freight: { customer: '客户承担', us: '我方承担', carrier: '承运方承担' },
  role: {
    marketingManager: '市场部经理', generalManager: '总经理', qaEngineer: '质量工程师', customerService: '客服',
    warehouseClerk: '仓库管理员', qaManager: '质量经理', admin: '管理员',
  } as Record<string, string>,
  meaning: { approved: '批准', rejected: '不批准' },
  disposition: { rework: '返工', repair: '返修', scrap: '报废', replace: '补货', refund: '退款', concession: '让步接收', returnToCustomer: '退回客户' } satisfies Record<DispositionKind, string>,
  refusal: {
    pastShelfLife: '产品已超过保质期',
    pastWarranty: '产品已超过质保期',
    notOurProduct: '经核实该产品非我公司产品',
    conformsToContract: '经检验产品符合合同及技术要求',
    other: '其他原因',
  } satisfies Record<RefusalReason, string>,
  packageCondition: { intact: '完好', damaged: '破损', wet: '受潮', opened: '已拆封' } as Record<string, string>,
  isolation: { isolated: '隔离', pending: '待处理' } as Record<string, string>,
  /** Blank lines for wet-ink signatures, in the order the slip passes through the plant. */
  wetInk: ['申请人', '审核人', '仓库', '质检', '批准人'],
} as const;

export interface SlipLine {
  productNo: string;
  spec: string;
  batch: string;
  reason: string;
  requested: number;
  received: string;
  conforming: string;
  nonconforming: string;
  unitPrice: string;
  /** What the customer asked for (quantity × price + compensation). */
  requestedAmount: string;
  /** What the return settles for: what was received (nothing when refused). */
  settledAmount: string;
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

export interface SlipModel {
  number: string;
  company: string;
  date: string;
  customer: string;
  contact: string;
  orderNo: string;
  deliveryNoteNo: string;
  returnType: string;
  freight: string;
  lines: SlipLine[];
  /** The requested total, shown beside the settled one. */
  requestedFigures: string;
  /** The settled total, in figures and in capitals: what the slip bills. */
  totalFigures: string;
  totalCapitals: string;
  /** Said when the goods are not counted yet: the settled figures may change. */
  provisional: boolean;
  refund: string;
  approvals: SlipApproval[];
  receipt: string;
}

function localTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Live signatures only: a voided approval is history, not an approval of this slip. */
function liveApprovals(approvals: readonly ApprovalRecord[]): ApprovalRecord[] {
  return approvals.filter((a) => !a.voided);
}

export function slipModel(c: ReturnCase, meta: { number: string; createdAt: string; company: string; timeZone: string }): SlipModel {
  const settled = settlement(c);
  const judged = new Map((c.judgement?.lines ?? []).map((l) => [l.lineId, l]));
  const disposed = new Map((c.disposition?.lines ?? []).map((l) => [l.lineId, l.actions]));
  const tz = meta.timeZone;
  const r = c.receipt;
  return {
    number: meta.number,
    company: meta.company,
    date: localTime(meta.createdAt, tz).slice(0, 10),
    customer: c.request.customer.name,
    contact: [c.request.customer.contact, c.request.customer.phone].filter(Boolean).join(' '),
    orderNo: c.request.orderNo,
    deliveryNoteNo: c.request.deliveryNoteNo ?? '',
    returnType: ZH.returnType[c.request.returnType],
    freight: ZH.freight[c.request.freightPaidBy],
    lines: c.request.lines.map((line, i) => {
      const j = judged.get(line.id);
      const actions = disposed.get(line.id) ?? [];
      return {
        productNo: line.productNo,
        spec: line.spec,
        batch: line.batch,
        reason: line.reason,
        requested: line.qtyRequested,
        received: r ? String(receivedQty(r, line.id)) : '',
        conforming: j ? String(j.conformingQty) : '',
        nonconforming: j ? String(j.nonconformingQty) : '',
        unitPrice: formatYuan(line.unitPriceFen),
        requestedAmount: formatYuan(settled.lines[i]?.requestedFen ?? 0),
        settledAmount: formatYuan(settled.lines[i]?.settledFen ?? 0),
        disposition: actions.map((a) => `${ZH.disposition[a.kind]}${a.qty}${a.replaceShipDate ? `（${a.replaceShipDate}）` : ''}${a.refundFen !== undefined ? `（¥${formatYuan(a.refundFen)}）` : ''}`).join('、'),
      };
    }),
    requestedFigures: `¥${formatYuan(settled.requestedFen)}`,
    totalFigures: `¥${formatYuan(settled.settledFen)}`,
    totalCapitals: `人民币${chineseCapitals(settled.settledFen)}`,
    provisional: !settled.final,
    refund: c.disposition && refundTotalFen(c.disposition) > 0 ? `¥${formatYuan(refundTotalFen(c.disposition))}` : '',
    approvals: liveApprovals(c.approvals).map((a) => ({
      role: ZH.role[a.role] ?? a.role,
      name: a.signerName,
      at: `${localTime(a.at, a.timeZone)} (${a.timeZone})`,
      meaning: ZH.meaning[a.meaning],
      comment: a.comment,
      signatureImage: a.signatureImage,
    })),
    receipt: r ? `${localTime(r.receivedAt, tz)} ${r.receivedBy}，包装${ZH.packageCondition[r.packageCondition] ?? ''}` : '',
  };
}

export const SLIP_HEADERS = ['产品编号', '规格', '批号', '退货原因', '申请数', '实收数', '合格数', '不合格数', '单价(元)', '申请金额(元)', '结算金额(元)', '处置'];

export function slipRow(l: SlipLine): string[] {
  return [l.productNo, l.spec, l.batch, l.reason, String(l.requested), l.received, l.conforming, l.nonconforming, l.unitPrice, l.requestedAmount, l.settledAmount, l.disposition];
}

/** The totals line: requested and settled side by side, the settled total in capitals. */
export function slipTotalLine(m: SlipModel): string {
  const settled = `结算合计：${m.totalFigures}${m.provisional ? '（待收货确认）' : ''}`;
  return `申请合计：${m.requestedFigures}\u3000${settled}\u3000大写：${m.totalCapitals}${m.refund ? `\u3000退款合计：${m.refund}` : ''}`;
}
