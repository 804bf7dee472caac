/**
 * Readable history for a return. The audit log records stored paths
 * ("request.lines.01J….qtyRequested", "approvals.01J….signerName"); this names
 * them as the pages do ("第 1 行 · 退货数量", "审批（总经理）· 签字人") and
 * translates enum values, amounts and flags. Ids are resolved against the
 * current row: a line removed since is named as removed.
 */
import type { TFunction } from 'i18next';
import { formatYuan } from '../../domain/money';
import type { DispositionAction } from '../../domain/returns';
import { toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { formatLocalDateTime } from '../../ui/format';
import type { HistoryDescriber } from '../complaints/HistoryList';

const LINE_FIELDS: Record<string, string> = {
  productNo: 'returns.line.productNo', spec: 'returns.line.spec', batch: 'returns.line.batch', productionDate: 'returns.line.productionDate',
  shipDate: 'returns.line.shipDate', shelfLifeEnd: 'returns.line.shelfLifeEnd', defect: 'returns.line.defect', reason: 'returns.line.reason',
  qtyShipped: 'returns.line.qtyShipped', qtyRequested: 'returns.line.qtyRequested', unitPriceFen: 'returns.line.unitPrice',
  claimAmountFen: 'returns.line.claimAmount', overShippedConfirmed: 'returns.line.overShippedConfirmed', order: 'returns.history.order',
  // per-line receipt, judgement and disposition
  countedQty: 'returns.receipt.counted', location: 'returns.receipt.location', isolationTag: 'returns.receipt.isolationTag',
  inspectedQty: 'returns.judgement.inspected', conformingQty: 'returns.judgement.conforming', nonconformingQty: 'returns.judgement.nonconforming',
  defectFound: 'returns.judgement.defectFound', responsibility: 'returns.judgement.responsibility', eightDRequired: 'returns.judgement.eightD',
  actions: 'returns.disposition.kind',
};

const FIELDS: Record<string, string> = {
  'request.customer.name': 'returns.form.customerName', 'request.customer.contact': 'returns.form.contact', 'request.customer.phone': 'returns.form.phone',
  'request.orderNo': 'returns.form.orderNo', 'request.deliveryNoteNo': 'returns.form.deliveryNoteNo', 'request.trackingNo': 'returns.form.trackingNo',
  'request.returnType': 'returns.form.returnType', 'request.freightPaidBy': 'returns.form.freightPaidBy',
  complaintId: 'returns.detail.complaint', number: 'returns.list.number', submittedAt: 'returns.history.submittedAt',
  'decision.kind': 'returns.history.decisionKind', 'decision.reason': 'returns.claim.reason', 'decision.note': 'returns.claim.note',
  'decision.at': 'returns.history.decidedAt', 'decision.by': 'returns.history.decidedBy',
  'receipt.receivedAt': 'returns.history.receivedAt', 'receipt.receivedBy': 'returns.receipt.receivedBy',
  'receipt.packageCondition': 'returns.receipt.packageCondition', 'receipt.outcome': 'returns.receipt.outcome',
  'receipt.overReceiptConfirmed': 'returns.receipt.confirmOver', 'receipt.note': 'returns.history.note',
  'judgement.judgedAt': 'returns.history.judgedAt', 'judgement.judgedBy': 'returns.history.judgedBy',
  'disposition.decidedAt': 'returns.history.decidedAt', 'disposition.decidedBy': 'returns.history.decidedBy',
};

const APPROVAL_FIELDS: Record<string, string> = {
  role: 'returns.approval.role', signerName: 'returns.approval.signer', at: 'returns.approval.at', meaning: 'returns.approval.meaning',
  comment: 'returns.approval.comment', signatureImage: 'returns.approval.signature', contentHash: 'returns.history.contentHash',
  timeZone: 'returns.history.timeZone', voided: 'returns.approval.voided',
};

/** Value translations by the last path segment: the enum's own label list. */
const ENUMS: Record<string, string> = {
  returnType: 'returns.returnTypes', freightPaidBy: 'returns.freight', reason: 'returns.refusalReasons', packageCondition: 'returns.packageConditions',
  outcome: 'returns.outcomes', isolationTag: 'returns.isolation', responsibility: 'returns.responsibilities', meaning: 'returns.approval.meanings',
  role: 'settings.roles',
};

/** `timeZone`: the station's, in which instants are shown (as everywhere else in the app). */
export function returnHistoryDescriber(t: TFunction, row: StoredReturn, timeZone: string, language = 'zh-CN'): HistoryDescriber {
  const lineNo = new Map(toRequest(row).lines.map((l, i) => [l.id, i + 1]));
  const lineName = (id: string) => {
    const n = lineNo.get(id);
    return n === undefined ? t('returns.history.removedLine') : t('returns.line.title', { n });
  };
  const photoName = (sha: string) => {
    const lineId = row.attachments?.[sha]?.lineId;
    return lineId ? `${lineName(lineId)} · ${t('returns.photos.line')}` : t('returns.photos.delivery');
  };
  const enumText = (list: string, v: unknown) => (typeof v === 'string' ? t(`${list}.${v}`, { defaultValue: v }) : undefined);

  return {
    field(path) {
      const direct = FIELDS[path];
      if (direct) return t(direct);
      const [head, second, id, field, ...rest] = path.split('.');
      if ((head === 'request' || head === 'receipt' || head === 'judgement' || head === 'disposition') && second === 'lines' && id) {
        if (field === undefined) return lineName(id);
        const key = LINE_FIELDS[field];
        return key ? `${lineName(id)} · ${t(key)}` : lineName(id);
      }
      if (head === 'approvals' && second) {
        const role = row.approvals[second]?.role;
        const who = role ? t('returns.history.approvalBy', { role: t(`settings.roles.${role}`) }) : t('returns.approval.title');
        // The id, the signer's person id, the hash and the zone repeat what the name and the entry already say.
        if (id === 'id' || id === 'signerId' || id === 'contentHash' || id === 'timeZone' || rest.length > 0) return null;
        if (id === undefined) return who;
        const key = APPROVAL_FIELDS[id];
        return key && field === undefined ? `${who} · ${t(key)}` : who;
      }
      if (head === 'attachments' && second) {
        // One photo writes seven leaves; its file name stands for all of them.
        return id === undefined || id === 'name' ? photoName(second) : null;
      }
      return t('history.fields.other');
    },
    value(path, v) {
      if (v === null || v === undefined || v === '') return undefined;
      const parts = path.split('.');
      const last = parts[parts.length - 1] ?? '';
      if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
      if (last.endsWith('Fen') && typeof v === 'number') return `¥${formatYuan(v)}`;
      if ((last === 'at' || last.endsWith('At')) && typeof v === 'string') return formatLocalDateTime(v, timeZone, language) || v;
      if (path === 'decision.kind') return t(v === 'refuse' ? 'returns.claim.refuse' : 'returns.claim.accept');
      if (last === 'signatureImage') return t('returns.history.signatureDrawn');
      if (last === 'actions' && Array.isArray(v)) {
        return (v as DispositionAction[]).map((a) => `${t(`returns.dispositions.${a.kind}`)} ${a.qty}`).join('；');
      }
      if (parts[0] === 'attachments' && typeof v === 'object' && 'name' in v) return String(v.name);
      if (parts[0] === 'request' && parts.length === 3 && typeof v === 'object' && 'productNo' in v) return String(v.productNo);
      if (last === 'voided' && typeof v === 'object' && 'reason' in v) return String(v.reason);
      // A line's reason is free text; only the claim decision's reason is a refusal code.
      if (last === 'reason' && parts[0] !== 'decision') return undefined;
      const list = ENUMS[last];
      return list ? enumText(list, v) : undefined;
    },
    action: (action) => t(`returns.history.actions.${action}`, { defaultValue: t(`history.${action}`, { defaultValue: action }) }),
  };
}
