import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildReturnSlipDocx, pngBytes } from './return-slip';
import { buildRefusalLetterDocx } from './refusal-letter';
import { slipModel } from './return-slip-parts';
import { approval, receipt, requestWorth } from '../domain/returns/test-fixtures';

const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function documentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no document.xml');
  return strFromU8(xml).replace(/<[^>]+>/g, '');
}

describe('return slip', () => {
  const c = {
    request: requestWorth(250_000),
    submittedAt: '2026-03-02T01:00:00Z',
    decision: { kind: 'accept' as const, note: '' },
    approvals: [
      approval({ contentHash: 'a'.repeat(64), signatureImage: TINY_PNG }),
      approval({ id: 'A2', role: 'generalManager', signerName: '王总', signerId: 'P-GM', contentHash: 'a'.repeat(64) }),
      approval({ id: 'A3', signerName: '作废人', contentHash: 'b'.repeat(64), voided: { at: '2026-03-02T10:00:00+08:00', reason: 'approval.voidedContentChanged' } }),
    ],
    receipt: receipt([{ lineId: 'L1', countedQty: 1, location: 'A-01', isolationTag: 'isolated' }]),
  };
  const model = slipModel(c, { number: 'RT-QA1-2026-0001', createdAt: '2026-03-02T01:00:00Z', company: '示例电器厂', timeZone: 'Asia/Shanghai' });

  it('models figures, capitals and live approvals only', () => {
    expect(model.totalFigures).toBe('¥2,500.00');
    expect(model.totalCapitals).toBe('人民币贰仟伍佰元整');
    expect(model.approvals.map((a) => a.name)).toEqual(['李经理', '王总']);
    expect(model.approvals[0]?.at).toBe('2026-03-02 09:30 (Asia/Shanghai)');
    expect(model.lines[0]?.received).toBe('1');
  });

  it('shows requested and settled amounts side by side: 95 of 100 received settle for 95', async () => {
    const base = requestWorth(2_500);
    const request = { ...base, lines: [{ ...base.lines[0]!, qtyRequested: 100 }] };
    const m = slipModel({ ...c, request, receipt: receipt([{ lineId: 'L1', countedQty: 95, location: 'A-01', isolationTag: 'isolated' }]) },
      { number: 'RT-QA1-2026-0003', createdAt: '2026-03-02T01:00:00Z', company: '示例电器厂', timeZone: 'Asia/Shanghai' });
    expect([m.requestedFigures, m.totalFigures, m.totalCapitals, m.provisional]).toEqual(['¥2,500.00', '¥2,375.00', '人民币贰仟叁佰柒拾伍元整', false]);
    expect([m.lines[0]?.requestedAmount, m.lines[0]?.settledAmount]).toEqual(['2,500.00', '2,375.00']);
    const text = documentXml(await buildReturnSlipDocx(m));
    for (const s of ['申请金额(元)', '结算金额(元)', '申请合计：¥2,500.00', '结算合计：¥2,375.00', '人民币贰仟叁佰柒拾伍元整']) expect(text).toContain(s);
  });

  it('builds a Word file with the same content', async () => {
    const text = documentXml(await buildReturnSlipDocx(model));
    for (const s of ['退货单', 'RT-QA1-2026-0001', '人民币贰仟伍佰元整', '李经理', '王总', '仓库签字/日期', '华东电器有限公司']) expect(text).toContain(s);
    expect(text).not.toContain('作废人');
  });

  it('decodes only PNG data URLs', () => {
    expect(pngBytes(TINY_PNG)?.[1]).toBe(0x50);
    expect(pngBytes('data:image/jpeg;base64,AAAA')).toBeUndefined();
  });

  it('builds a refusal letter naming the reason', async () => {
    const bytes = await buildRefusalLetterDocx({
      company: '示例电器厂', number: 'RT-QA1-2026-0002', customer: '华东电器有限公司', contact: '王工', orderNo: 'SO-1',
      products: ['CD-100 × 10'], reason: 'pastShelfLife', note: '标签显示 2025-12-31 到期', date: '2026-03-02',
    });
    const text = documentXml(bytes);
    expect(text).toContain('产品已超过保质期');
    expect(text).toContain('2026年03月02日');
  });
});
