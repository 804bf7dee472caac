import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { resources } from '../../app/i18n/bundles';
import { returnHistoryDescriber } from './history-labels';
import type { StoredReturn } from '../../db/repositories/returns-row';

async function tIn(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: resources[lng] } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const SHA = 'a'.repeat(64);
const row = {
  id: 'R1',
  request: {
    customer: { name: '华东电器', contact: '', phone: '' }, orderNo: 'SO-1', returnType: 'repair', freightPaidBy: 'us',
    lines: { L1: { productNo: 'CD-100', reason: '开裂', qtyShipped: 10, qtyRequested: 2, unitPriceFen: 100, spec: '', batch: '', defect: '', order: 0 }, L0: null },
  },
  approvals: { A1: { id: 'A1', role: 'generalManager', signerName: '王总' } },
  attachments: { [SHA]: { sha256: SHA, name: 'crack.png', type: 'image/png', size: 9, addedAt: '', addedBy: 'x', lineId: 'L1' } },
} as unknown as StoredReturn;

describe('return history labels', () => {
  it('names stored paths as the pages do, in zh-CN', async () => {
    const d = returnHistoryDescriber(await tIn('zh-CN'), row, 'Asia/Shanghai');
    expect(d.field('request.lines.L1.qtyRequested')).toBe('第 1 行 · 退货数量');
    expect(d.field('request.lines.L1.unitPriceFen')).toBe('第 1 行 · 单价(元)');
    expect(d.field('request.lines.L0')).toBe('已删除的产品行');
    expect(d.field('request.customer.name')).toBe('客户名称');
    expect(d.field('approvals.A1.signerName')).toBe('审批（总经理） · 签字人');
    expect(d.field('approvals.A1.signerId')).toBeNull();
    expect(d.field('receipt.lines.L1.isolationTag')).toBe('第 1 行 · 隔离标识');
    expect(d.field('receipt.packageCondition')).toBe('包装状况');
    expect(d.field(`attachments.${SHA}.name`)).toBe('第 1 行 · 照片');
    expect(d.field(`attachments.${SHA}.size`)).toBeNull();
    expect(d.action?.('receivePhoto')).toBe('添加收货照片');
  });

  it('translates values: enums, amounts, flags, disposition actions', async () => {
    const d = returnHistoryDescriber(await tIn('zh-CN'), row, 'Asia/Shanghai');
    expect(d.value?.('receipt.lines.L1.isolationTag', 'pending')).toBe('待处理');
    expect(d.value?.('receipt.packageCondition', 'wet')).toBe('受潮');
    expect(d.value?.('request.lines.L1.unitPriceFen', 25_000)).toBe('¥250.00');
    expect(d.value?.('request.lines.L1.reason', '开裂')).toBeUndefined();
    expect(d.value?.('decision.reason', 'pastWarranty')).toBe('超过质保期');
    expect(d.value?.('approvals.A1.role', 'generalManager')).toBe('总经理');
    expect(d.value?.('decision.at', '2026-03-02T01:30:00.000Z')).toBe('2026年3月2日 09:30');
    expect(d.value?.('disposition.lines.L1.actions', [{ kind: 'scrap', qty: 6 }, { kind: 'returnToCustomer', qty: 2 }])).toBe('报废 6；退回客户 2');
  });

  it('has every label in English too', async () => {
    const d = returnHistoryDescriber(await tIn('en'), row, 'Asia/Shanghai');
    expect(d.field('request.lines.L1.qtyRequested')).toBe('Line 1 · Qty to return');
    expect(d.field('approvals.A1.meaning')).toBe('Approval (General manager) · Decision');
    expect(d.value?.('receipt.lines.L1.isolationTag', 'isolated')).toBe('Isolated');
    expect(d.action?.('judge')).toBe('QA judgement');
    // No path the pages write falls back to its raw form or to a missing key.
    for (const path of ['request.orderNo', 'receipt.outcome', 'receipt.receivedAt', 'judgement.lines.L1.conformingQty', 'disposition.decidedBy', 'decision.kind', 'approvals.A1.contentHash']) {
      const label = d.field(path) ?? '';
      expect(label, path).not.toMatch(/returns\.|\w+\.\w+/);
    }
  });
});
